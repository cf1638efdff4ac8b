/* Interprocedural: a chain of wrappers log_info -> log_write -> vfprintf, and
 * a three-deep chain audit -> audit_v -> emit_v -> vfprintf(stdout).
 * CONTRACT §3: the finding stands at the first call on the way down in the
 * highest function, i.e. at the outermost wrapper call in the caller that
 * hands over PI - not at log_write's call or at vfprintf.
 * Positives: log_info(... id ...), audit(... phone ...).
 * Negatives: the inner calls (log_write, emit_v, vfprintf) and callers that
 * pass only non-PI through the same chain. */
// pitrace-args: --no-heuristics
#include <stdarg.h>
#include <stdio.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        char phone[16] PI(phone);
        int status;
};

static void log_write(int level, const char *fmt, va_list ap)
{
        if (level > 0)
                vfprintf(stderr, fmt, ap);
}

void log_info(const char *fmt, ...)
{
        va_list ap;
        va_start(ap, fmt);
        log_write(1, fmt, ap);
        va_end(ap);
}

static void emit_v(const char *fmt, va_list ap)
{
        vfprintf(stdout, fmt, ap);
}

static void audit_v(const char *fmt, va_list ap)
{
        emit_v(fmt, ap);
}

void audit(const char *fmt, ...)
{
        va_list ap;
        va_start(ap, fmt);
        audit_v(fmt, ap);
        va_end(ap);
}

void handle(const struct app *a)
{
        log_info("id=%s", a->id_number); // expect: pi-logging "id_number"
        audit("phone=%s", a->phone); // expect: pi-logging "phone"
        log_info("status=%d", a->status);
        audit("done");
}
