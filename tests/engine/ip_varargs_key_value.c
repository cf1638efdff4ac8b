/* A key-value argument list: `stream_control(s, CTL_WRITE_FN, fn,
 * CTL_PATH, path, CTL_END)` reads a key with va_arg and, under `case
 * KEY:`, the values that follow it (postfix's vstream_control and
 * attr_print). The values read under a key are the arguments after that
 * key at each call, as many as the case reads, not any of the variadic
 * arguments: a reading function passed after CTL_READ_FN is not the
 * stream's writer, and a name passed after CTL_NAME is not its path.
 * A case that another falls into is not taken for one key's. A switch on a conversion character (a
 * format's `%s`) finds no such key at the call and takes every variadic
 * argument, as before. */
// pitrace-args: --no-heuristics
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include "pitrace.h"

#define CTL_END 0
#define CTL_READ_FN 1
#define CTL_WRITE_FN 2
#define CTL_PATH 3
#define CTL_NAME 4

typedef long (*rw_fn)(int, const char *, unsigned long);

struct stream {
        int fd;
        rw_fn read_fn, write_fn;
        const char *path, *name;
};

static long plain_write(int fd, const char *buf, unsigned long len)
{
        return write(fd, buf, len);
}

/* a reader that logs what it read: never a writer */
static long noisy_read(int fd, const char *buf, unsigned long len)
{
        fprintf(stderr, "read %d: %.*s\n", fd, (int)len, buf);
        return (long)len;
}

void stream_control(struct stream *s, int key, ...)
{
        va_list ap;
        for (va_start(ap, key); key != CTL_END; key = va_arg(ap, int)) {
                switch (key) {
                case CTL_READ_FN:
                        s->read_fn = va_arg(ap, rw_fn);
                        break;
                case CTL_WRITE_FN:
                        s->write_fn = va_arg(ap, rw_fn);
                        break;
                case CTL_PATH:
                        s->path = va_arg(ap, const char *);
                        break;
                case CTL_NAME:
                        s->name = va_arg(ap, const char *);
                        break;
                }
        }
        va_end(ap);
}

void stream_write(struct stream *s, const char *text)
{
        s->write_fn(s->fd, text, strlen(text));
}

void send_email(struct stream *s, const char *email PI(email))
{
        s->fd = socket(AF_INET, SOCK_STREAM, 0);
        stream_control(s, CTL_READ_FN, noisy_read, CTL_WRITE_FN, plain_write, CTL_END);
        stream_write(s, email);                         // expect: pi-cleartext-transmission "email"
}

void log_path(struct stream *s, const char *email PI(email))
{
        stream_control(s, CTL_NAME, email, CTL_PATH, "/var/spool/x", CTL_END);
        fprintf(stderr, "path %s\n", s->path);
        fprintf(stderr, "name %s\n", s->name);          // expect: pi-logging "email"
}

/* a key with two values, a name and a value (postfix's attr_print):
 * both are the key's */
#define ATTR_END 0
#define ATTR_STR 1
#define ATTR_NUM 2

void attr_print(int fd, int type, ...)
{
        va_list ap;
        va_start(ap, type);
        for (; type != ATTR_END; type = va_arg(ap, int)) {
                switch (type) {
                case ATTR_STR: {
                        const char *name = va_arg(ap, const char *);
                        const char *value = va_arg(ap, const char *);
                        dprintf(fd, "%s=%s\n", name, value);
                        break;
                }
                case ATTR_NUM: {
                        const char *name = va_arg(ap, const char *);
                        int n = va_arg(ap, int);
                        dprintf(fd, "%s=%d\n", name, n);
                        break;
                }
                }
        }
        va_end(ap);
}

void send_sender(const char *email PI(email))
{
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        attr_print(fd, ATTR_STR, "sender", email, ATTR_END);   // expect: pi-cleartext-transmission "email"
        attr_print(fd, ATTR_NUM, "size", 12, ATTR_END);
}

/* a case the previous one falls into reads the previous key's values
 * too: OPT_LABEL's second value is read under OPT_PATH's label */
#define OPT_END 0
#define OPT_LABEL 5
#define OPT_PATH 6

void stream_options(struct stream *s, int key, ...)
{
        va_list ap;
        for (va_start(ap, key); key != OPT_END; key = va_arg(ap, int)) {
                switch (key) {
                case OPT_LABEL:
                        s->name = va_arg(ap, const char *);
                        /* FALLTHROUGH */
                case OPT_PATH:
                        s->path = va_arg(ap, const char *);
                        break;
                }
        }
        va_end(ap);
}

void label_and_path(struct stream *s, const char *email PI(email))
{
        stream_options(s, OPT_LABEL, "label", email, OPT_PATH, "/tmp/x", OPT_END);
        fprintf(stderr, "%s\n", s->path);               // expect: pi-logging "email"
}

/* a switch on a conversion character: every variadic argument */
static void my_log(const char *fmt, ...)
{
        va_list ap;
        va_start(ap, fmt);
        for (const char *p = fmt; *p; p++) {
                char c = *p;
                switch (c) {
                case 's':
                        fputs(va_arg(ap, const char *), stderr);
                        break;
                case 'd':
                        fprintf(stderr, "%d", va_arg(ap, int));
                        break;
                }
        }
        va_end(ap);
}

void log_email(const char *email PI(email))
{
        my_log("ds", 7, email);                         // expect: pi-logging "email"
}
