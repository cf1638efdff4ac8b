/* A pointer printed as an address or a number (%p, %lx, %d), by a library
 * printf or by the program's own printf-style wrapper, shows where the
 * record is, not the PI in it (opensmtpd's `log_trace(..., "%p", s)`,
 * postfix's `msg_info("%lx", (long) context)`), even when the pointer
 * came out of a container that also holds PI and so is not told apart
 * from it (opensmtpd's sessions in a tree keyed by request). What the same format
 * prints with %s is PI. A format that does not account for its arguments
 * is not trusted to tell them apart. */
// pitrace-args: --no-heuristics
#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>
#include "pitrace.h"

struct session {
        char *rcpt;
        int fd;
};

PI(email) const char *next_recipient(void);

static void log_debug(const char *fmt, ...)
{
        va_list ap;
        va_start(ap, fmt);
        vsyslog(LOG_DEBUG, fmt, ap);
        va_end(ap);
}

static void trace_session(const char *what, struct session *s)
{
        log_debug("%s: session %p", what, (void *)s);
        log_debug("%s: context %lx", what, (long)s);
        fprintf(stderr, "%s %p\n", what, (void *)s);
}

static void dump_session(struct session *s)
{
        log_debug("session %p to %s", (void *)s, s->rcpt);
        log_debug("%s", (char *)s, 1);
}

/* a generic container: what comes out is any of what went in */
static void *slots[8];

static void slot_put(int i, void *v)
{
        slots[i] = v;
}

static void *slot_get(int i)
{
        return slots[i];
}

void lka_reply(int req)
{
        slot_put(req, (void *)next_recipient());
        struct session *s = slot_get(req + 1);
        trace_session("lka", s);
}

void smtp_rcpt(struct session *s)
{
        s->rcpt = (char *)next_recipient();
        trace_session("rcpt", s);
        dump_session(s);                                // expect: pi-logging
}
