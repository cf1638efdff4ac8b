/* A call through a pointer whose functions all log the argument, one of
 * them by handing it to the log itself (syslog), is a log dispatch: the
 * message is log output, and what the functions do besides (a log
 * daemon's socket, a fallback file) is the log's other outputs, not
 * separate leaks (docs/engine.md, "Log outputs"). postfix's msg_vprintf
 * hands every msg_info to each registered output: syslog, the postlogd
 * socket, the maillog fallback file; each msg_info of an address was
 * three findings, two of them "sent over the network" and "stored
 * unencrypted". A dispatch where no function logs the argument itself
 * keeps every sink its functions reach (a table of writers below), and
 * so does a table where one handler logs and another only stores
 * (tests/engine/ip_fnptr_dispatch.c), and one whose handlers log through
 * a wrapper before they send. */
// pitrace-args: --no-heuristics
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>
#include "pitrace.h"

struct rcpt {
        char address[64] PI(email);
};

/* ---- a logging facility with three outputs ---- */

typedef void (*output_fn)(int, const char *);

static output_fn outputs[4];
static int noutputs;
static int log_sock = -1;
static int log_file = -1;

static void out_syslog(int level, const char *text)
{
        syslog(level, "%s", text);
}

/* the other outputs report on the log what they could not deliver */
static void out_socket(int level, const char *text)
{
        if (send(log_sock, text, strlen(text), 0) < 0)
                syslog(level, "lost: %s", text);
}

static void out_file(int level, const char *text)
{
        if (write(log_file, text, strlen(text)) < 0)
                fprintf(stderr, "lost: %s\n", text);
}

void log_setup(void)
{
        log_sock = socket(AF_UNIX, SOCK_DGRAM, 0);
        log_file = open("/srv/mail/fallback", O_WRONLY | O_APPEND);
        outputs[noutputs++] = out_syslog;
        outputs[noutputs++] = out_socket;
        outputs[noutputs++] = out_file;
}

static void log_vprintf(int level, const char *fmt, va_list ap)
{
        char buf[256];
        vsnprintf(buf, sizeof buf, fmt, ap);
        for (int i = 0; i < noutputs; i++)
                outputs[i](level, buf);
}

void log_info(const char *fmt, ...)
{
        va_list ap;
        va_start(ap, fmt);
        log_vprintf(LOG_INFO, fmt, ap);
        va_end(ap);
}

void deliver(struct rcpt *r)
{
        log_info("to=<%s>", r->address);        // expect: pi-logging
}

/* ---- a table of write functions: no log among them ---- */

typedef void (*write_fn)(int, const char *, size_t);

static void plain_write(int fd, const char *buf, size_t len)
{
        send(fd, buf, len, 0);
}

static void file_write(int fd, const char *buf, size_t len)
{
        write(fd, buf, len);
}

static write_fn writers[] = { plain_write, file_write };

void relay(struct rcpt *r, int how)
{
        int fd = how ? open("/var/spool/out", O_WRONLY) : socket(AF_INET, SOCK_STREAM, 0);
        writers[how](fd, r->address, strlen(r->address));       // expect: pi-cleartext-transmission, pi-unencrypted-storage
}

/* ---- a function that logs through a wrapper is not a log output ---- */

typedef void (*deliver_fn)(const char *);

static void deliver_net(const char *text)
{
        int s = socket(AF_INET, SOCK_STREAM, 0);
        log_info("sending %s", text);
        send(s, text, strlen(text), 0);
}

static void deliver_local(const char *text)
{
        int fd = open("/var/spool/out", O_WRONLY);
        log_info("storing %s", text);
        write(fd, text, strlen(text));
}

static deliver_fn deliverers[] = { deliver_net, deliver_local };

void hand_off(struct rcpt *r, int how)
{
        deliverers[how](r->address);    // expect: pi-cleartext-transmission, pi-logging, pi-unencrypted-storage
}
