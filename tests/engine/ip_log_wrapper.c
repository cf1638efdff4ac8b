/* Interprocedural: a variadic logging wrapper over vfprintf(stderr, ...).
 * Per CONTRACT §3 the finding stands at each caller's log_info(...) call that
 * hands it PI, never at the vfprintf inside log_info.
 * Positives: two callers passing a tagged field (each its own finding).
 * Negatives: a caller passing non-PI; the vfprintf inside log_info itself. */
// pitrace-args: --no-heuristics
#include <stdarg.h>
#include <stdio.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        char city[32];
};

void log_info(const char *fmt, ...)
{
        va_list ap;
        va_start(ap, fmt);
        vfprintf(stderr, fmt, ap); /* not here: the callers are reported */
        va_end(ap);
}

void on_submit(const struct app *a)
{
        log_info("submitted id=%s", a->id_number); // expect: pi-logging
}

void on_review(const struct app *a)
{
        log_info("reviewing %s in %s", a->id_number, a->city); // expect: pi-logging
}

void on_start(const struct app *a)
{
        log_info("start in %s", a->city);
        log_info("ready");
}
