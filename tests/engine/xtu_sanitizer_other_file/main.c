/* xtu_sanitizer_other_file: sanitizer wrappers from another translation
 * unit protect the data in this one, by kind (CONTRACT §3 table).
 * Positives: masked phone stored in a file (mask does not protect storage);
 * fake_protect()ed phone logged (copying is not protection).
 * Negatives: masked phone logged; encrypted phone stored and logged. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "privacy.h"

struct contact {
        char phone[16] PI(phone);
};

void show(const struct contact *c)
{
        FILE *f = fopen("/data/contacts.csv", "a");
        printf("phone %s\n", display_phone(c->phone));
        fputs(display_phone(c->phone), f); // expect: pi-unencrypted-storage
        fputs(encrypt_field(c->phone), f);
        printf("sealed %s\n", encrypt_field(c->phone));
        printf("copy %s\n", fake_protect(c->phone)); // expect: pi-logging
}
