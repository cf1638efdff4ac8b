/* Interprocedural: variadic helpers that format into new memory and return
 * it (vsnprintf into a local then strdup; vasprintf). PI among the variadic
 * arguments comes back to the caller, which is reported at its sink call.
 * Also asprintf in the caller itself (out-parameter of a library call).
 * Positives: puts(fmt_dup("id=%s", pi)); puts(fmt_alloc("id=%s", pi));
 * puts(q) after asprintf(&q, "%s", pi).
 * Negatives: the same helpers with only non-PI arguments. */
// pitrace-args: --no-heuristics
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        int n;
};

char *fmt_dup(const char *f, ...)
{
        char b[128];
        va_list ap;
        va_start(ap, f);
        vsnprintf(b, sizeof b, f, ap);
        va_end(ap);
        return strdup(b);
}

char *fmt_alloc(const char *f, ...)
{
        char *p = NULL;
        va_list ap;
        va_start(ap, f);
        if (vasprintf(&p, f, ap) < 0)
                p = NULL;
        va_end(ap);
        return p;
}

void handle(const struct app *a)
{
        char *q = NULL;
        puts(fmt_dup("id=%s", a->id_number)); // expect: pi-logging "id_number"
        puts(fmt_dup("n=%d", a->n));
        puts(fmt_alloc("id=%s", a->id_number)); // expect: pi-logging "id_number"
        puts(fmt_alloc("n=%d", a->n));
        if (asprintf(&q, "%s", a->id_number) >= 0)
                puts(q); // expect: pi-logging "id_number"
}
