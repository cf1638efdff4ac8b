/* Interprocedural: a project function that calls a PI_SANITIZER(mask)
 * function and returns its result protects the data in every caller.
 * Masking protects against pi-logging but not against
 * pi-unencrypted-storage (CONTRACT §3 table: storage needs encrypt or
 * anonymize), so storing the masked value is still reported.
 * Positives: fputs of the masked id to a data file (storage); printf of the
 * raw id next to it (control).
 * Negatives: printf / fprintf(stderr) of safe_id(a) and of a local holding it;
 * puts of a two-level wrapper (display_id -> safe_id -> mask_id). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
};

char *mask_id(const char *id) PI_SANITIZER(mask);

const char *safe_id(const struct app *a)
{
        char *m = mask_id(a->id_number);
        return m;
}

const char *display_id(const struct app *a)
{
        return safe_id(a);
}

void show(const struct app *a)
{
        printf("id %s\n", safe_id(a));
        const char *s = safe_id(a);
        fprintf(stderr, "id=%s\n", s);
        puts(display_id(a));
        printf("raw %s\n", a->id_number); // expect: pi-logging

        FILE *f = fopen("/data/ids.txt", "w");
        fputs(safe_id(a), f); // expect: pi-unencrypted-storage
}
