/* A project's own logging API is a log when the opt-in pack
 * rules/extra/logging-api.json is loaded (a sink heuristic, docs/rules.md
 * "Sink heuristics"): a function the program defines whose name says it
 * logs and that takes a printf format (a text pointer before `...` or
 * before a va_list) logs the format and what follows it, whatever its
 * body does with the text. msg_info() below logs the way postfix's does:
 * to syslog, to a log daemon over a socket, and to a file when the daemon
 * is down; a call that hands it PI is one pi-logging finding, not a
 * network and a storage finding too. What it formats into its scratch
 * buffer stays with the logger: the status line sent later from that
 * buffer carries none of it. A logger's leading arguments (a level, a
 * record) are not logged as such. Names that say the text goes elsewhere
 * (send_error) and loggers without a format (log_record) keep their
 * bodies' sinks. Without the pack (CONTRACT 3: where the data goes decides
 * the kind) every logger's body speaks: heur_log_function_default.c. */
// pitrace-args: --rules ../../rules/extra/logging-api.json
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include "pitrace.h"

struct member {
        char *mail PI(email);
        char *nick;
};

static int log_sock = -1;
static int peer_sock = -1;
static FILE *fallback;
static char scratch[512];

void msg_vprintf(int level, const char *fmt, va_list ap)
{
        vsnprintf(scratch, sizeof scratch, fmt, ap);
        syslog(level, "%s", scratch);
        if (log_sock < 0)
                log_sock = socket(AF_INET, SOCK_DGRAM, 0);
        if (send(log_sock, scratch, strlen(scratch), 0) < 0) {
                if (!fallback)
                        fallback = fopen("/srv/mail/maillog", "a");
                fputs(scratch, fallback);
        }
}

void msg_info(const char *fmt, ...)
{
        va_list ap;
        va_start(ap, fmt);
        msg_vprintf(LOG_INFO, fmt, ap);
        va_end(ap);
}

/* the member itself is not logged: only what the format is given */
void logEvent(const struct member *m, const char *fmt, ...)
{
        va_list ap;
        va_start(ap, fmt);
        msg_vprintf(LOG_NOTICE, fmt, ap);
        va_end(ap);
        if (m->nick)
                syslog(LOG_DEBUG, "event");
}

void send_error(int fd, const char *fmt, ...)
{
        char line[256];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(line, sizeof line, fmt, ap);
        va_end(ap);
        send(fd, line, strlen(line), 0);
}

void log_record(const struct member *m)
{
        FILE *f = fopen("/srv/mail/members", "a");
        fprintf(f, "%s\n", m->mail);                    // expect: pi-unencrypted-storage
}

void status_line(void)
{
        if (peer_sock < 0)
                peer_sock = socket(AF_INET, SOCK_STREAM, 0);
        send(peer_sock, scratch, strlen(scratch), 0);
}

void deliver(const struct member *m)
{
        msg_info("delivered to <%s>", m->mail);         // expect: pi-logging
        logEvent(m, "queued for %s", m->nick);
        logEvent(m, "queued for %s", m->mail);          // expect: pi-logging
        send_error(peer_sock, "550 <%s> unknown", m->mail); // expect: pi-cleartext-transmission
        log_record(m);
        status_line();
}
