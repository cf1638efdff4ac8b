/* Interprocedural: functions annotated PI(category) return PI
 * (CONTRACT §2, annotate("pi:...") on a function). Both a prototype-only
 * declaration (no body anywhere) and a defined function whose body returns
 * a non-tagged buffer are sources at their call sites.
 * Positives: logging / storing the return of lookup_phone() (no body) and
 * current_email() (body), also after a copy into a local.
 * Negatives: an unannotated function with no body; an unannotated function
 * with a body returning a literal. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

const char *lookup_phone(int uid) PI(phone);
const char *lookup_label(int uid);

static char email_buf[64];

PI(email) const char *current_email(void)
{
        return email_buf;
}

const char *current_theme(void)
{
        return "dark";
}

void show(int uid, FILE *out)
{
        char copy[32];
        printf("phone %s\n", lookup_phone(uid)); // expect: pi-logging "phone"
        strcpy(copy, lookup_phone(uid));
        puts(copy); // expect: pi-logging "phone"
        fputs(current_email(), stderr); // expect: pi-logging "email"
        printf("label %s\n", lookup_label(uid));
        puts(current_theme());
        FILE *f = fopen("/data/contacts.txt", "w");
        fputs(current_email(), f); // expect: pi-unencrypted-storage "email"
        (void)out;
}
