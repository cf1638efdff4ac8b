/* Interprocedural: a logging wrapper that masks its argument before logging
 * (log_id(id) { printf("%s", mask(id)); }). Callers handing it PI produce
 * no finding: the data reaching the sink through the wrapper is protected
 * by mask, which is enough for pi-logging.
 * Positives: a sibling wrapper log_raw() that logs without masking (control);
 * a wrapper that masks one argument but logs the other raw.
 * Negatives: log_id(a->id_number), log_id(a->phone); the printf inside log_id. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        char phone[16] PI(phone);
};

char *mask(const char *s) PI_SANITIZER(mask);

void log_id(const char *id)
{
        printf("id=%s\n", mask(id));
}

void log_raw(const char *v)
{
        printf("v=%s\n", v);
}

void log_pair(const char *masked_part, const char *raw_part)
{
        fprintf(stderr, "%s %s\n", mask(masked_part), raw_part);
}

void handle(const struct app *a)
{
        log_id(a->id_number);
        log_id(a->phone);
        log_raw(a->phone); // expect: pi-logging "phone"
        log_pair(a->id_number, "x");
        log_pair("x", a->phone); // expect: pi-logging "phone"
}
