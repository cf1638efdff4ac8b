/* Interprocedural: a variadic wrapper that vsnprintf's into a local buffer
 * and then logs the buffer. PI in the variadic arguments reaches the log
 * through the buffer; the finding is at each caller's wrapper call.
 * A second wrapper formats into a caller-provided buffer (out-parameter):
 * the caller that logs that buffer is reported at its log call.
 * Positives: log_fmt("...", a->id_number); fmt_into(buf, ...) then puts(buf).
 * Negatives: log_fmt with non-PI; fmt_into(buf, non-PI) then puts(buf). */
// pitrace-args: --no-heuristics
#include <stdarg.h>
#include <stdio.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        int year;
};

void log_fmt(const char *fmt, ...)
{
        char buf[256];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(buf, sizeof buf, fmt, ap);
        va_end(ap);
        fputs(buf, stderr);
}

void fmt_into(char *out, size_t n, const char *fmt, ...)
{
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(out, n, fmt, ap);
        va_end(ap);
}

void handle(const struct app *a)
{
        char buf[64], other[64];

        log_fmt("id=%s", a->id_number); // expect: pi-logging "id_number"
        log_fmt("year=%d", a->year);

        fmt_into(buf, sizeof buf, "id=%s", a->id_number);
        puts(buf); // expect: pi-logging "id_number"
        fmt_into(other, sizeof other, "year=%d", a->year);
        puts(other);
}
