/* A logging library in the program: msg_info(fmt, ...) formats into a
 * static buffer with vsnprintf and hands the buffer to an output function
 * that writes it to syslog (postfix's msg_info, gammu's smprintf). The
 * finding stands at each msg_info call that passes PI, not at the
 * library's syslog call.
 * Negatives: constant messages, and numbers about the PI. */
// pitrace-args: --no-heuristics
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include "pitrace.h"

static char msgbuf[1024];

static void msg_output(int level, const char *text)
{
        syslog(level, "%s", text);
}

static void msg_vprintf(int level, const char *fmt, va_list ap)
{
        vsnprintf(msgbuf, sizeof msgbuf, fmt, ap);
        msg_output(level, msgbuf);
}

void msg_info(const char *fmt, ...)
{
        va_list ap;
        va_start(ap, fmt);
        msg_vprintf(LOG_INFO, fmt, ap);
        va_end(ap);
}

void msg_warn(const char *fmt, ...)
{
        va_list ap;
        va_start(ap, fmt);
        msg_vprintf(LOG_WARNING, fmt, ap);
        va_end(ap);
}

struct rcpt {
        char *address PI(email);
        const char *queue_id;
};

static void log_status(const struct rcpt *r, const char *status)
{
        msg_info("%s: to=<%s>, status=%s", r->queue_id, r->address, status);   // expect: pi-logging "email"
}

void deliver(const struct rcpt *r)
{
        log_status(r, "sent");
        msg_warn("bad recipient <%s>", r->address);     // expect: pi-logging
        msg_info("%s: delivered", r->queue_id);
        msg_info("recipient length %zu", strlen(r->address));
}
