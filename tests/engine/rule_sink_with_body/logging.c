/* A sink in the user's own rule file applies to a function the program
 * defines, and stands instead of the sinks its body reaches, as a
 * pi-sink annotation does (docs/rules.md, "Sinks"). log_info() below
 * logs the way postfix's msg_info does: to syslog, to a log daemon over a
 * socket, and to a file when the daemon is down. Declared a log, a call
 * that hands it PI is one pi-logging finding, not a network and a
 * storage finding as well. record_note(), which the rule file does not
 * name, keeps its body's sinks. A sink with a condition does not stand
 * for the body's: where it holds both speak, where it fails the body
 * alone does (emit() logs or files by its first argument).
 * And a function the program defines under a name a built-in pack models
 * (hiredis's redisCommand, storage) is analysed by its body: here it
 * only logs. */
// pitrace-args: --rules rules.json --no-heuristics
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>

#define PI(c) __attribute__((annotate("pi:" c)))

struct member {
        char *email PI("email");
        char *nick;
};

static int log_sock = -1;
static FILE *log_file;

void log_info(const char *fmt, ...)
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
                if (!log_file)
                        log_file = fopen("/srv/app/fallback", "a");
                fputs(line, log_file);
        }
}

void record_note(const char *text)
{
        FILE *f = fopen("/srv/app/notes", "a");
        fputs(text, f);
}

enum emit_to { EMIT_LOG, EMIT_FILE };

void emit(enum emit_to to, const char *fmt, ...)
{
        char line[512];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(line, sizeof line, fmt, ap);
        va_end(ap);
        FILE *f = fopen(to == EMIT_LOG ? "/srv/app/log" : "/srv/app/archive", "a");
        fputs(line, f);
}

void *redisCommand(void *ctx, const char *fmt, ...)
{
        (void)ctx;
        fprintf(stderr, "%s\n", fmt);
        return NULL;
}

void joined(struct member *m)
{
        log_info("joined: %s", m->email);               // expect: pi-logging "email"
        log_info("nick: %s", m->nick);
        record_note(m->email);                          // expect: pi-unencrypted-storage
        redisCommand(NULL, m->email);                   // expect: pi-logging
        emit(EMIT_LOG, "%s", m->email);                 // expect: pi-logging pi-unencrypted-storage
        emit(EMIT_FILE, "%s", m->email);                // expect: pi-unencrypted-storage
}
