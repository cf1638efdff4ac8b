/* Without rules/extra/logging-api.json, a project's logger is followed
 * into its body, and where the text goes decides the kind (CONTRACT 3):
 * msg_info() below writes to syslog, sends to a log daemon's Internet
 * socket and falls back to a file, so a call that hands it PI is a
 * logging, a cleartext-transmission and a storage finding at that call
 * (one of each rule). With the pack loaded it is one pi-logging finding
 * (heur_log_function.c). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include "pitrace.h"

struct member {
        char *mail PI(email);
};

static int log_sock = -1;
static FILE *fallback;

void msg_info(const char *fmt, ...)
{
        char line[512];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(line, sizeof line, fmt, ap);
        va_end(ap);
        syslog(LOG_INFO, "%s", line);
        if (log_sock < 0)
                log_sock = socket(AF_INET, SOCK_DGRAM, 0);
        if (send(log_sock, line, strlen(line), 0) < 0) {
                if (!fallback)
                        fallback = fopen("/srv/mail/maillog", "a");
                fputs(line, fallback);
        }
}

void deliver(const struct member *m)
{
        msg_info("delivered to <%s>", m->mail); // expect: pi-logging pi-cleartext-transmission pi-unencrypted-storage
}
