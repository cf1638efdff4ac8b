/* The program's own standard streams (engine_streams.c). A buffered-I/O
 * layer keeps stdin, stdout and stderr as statically initialized objects
 * whose descriptor is a constant, and its logger writes through a global
 * pointer that every caller of log_init points at one of them. What is
 * logged there is a log (descriptor 2), not storage, however many
 * sockets the same layer writes elsewhere, and a socket's number
 * formatted into a log line does not make the log a socket. Negatives:
 * nothing of a stream written to stdout is storage or network; a socket
 * stream of the same layer stays the network. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>
#include "pitrace.h"

struct person {
        char *phone PI(phone);
        char *email PI(email);
        char *city;
};

struct mstream {
        char buf[256];
        size_t len;
        int fd;
        ssize_t (*write_fn)(int, const void *, size_t);
};

static ssize_t plain_write(int fd, const void *b, size_t n)
{
        return write(fd, b, n);
}

struct mstream mstream_std[] = {
        { { 0 }, 0, 0, plain_write },
        { { 0 }, 0, 1, plain_write },
        { { 0 }, 0, 2, plain_write },
};

#define MSTREAM_OUT (&mstream_std[1])
#define MSTREAM_ERR (&mstream_std[2])

static struct mstream *log_stream;

void log_init(struct mstream *s)
{
        log_stream = s;
}

static void mstream_flush(struct mstream *s)
{
        s->write_fn(s->fd, s->buf, s->len);
        s->len = 0;
}

static void mstream_puts(struct mstream *s, const char *t)
{
        size_t n = strlen(t);
        if (n > sizeof s->buf - s->len)
                n = sizeof s->buf - s->len;
        memcpy(s->buf + s->len, t, n);
        s->len += n;
        mstream_flush(s);
}

struct mstream *mstream_fdopen(int fd)
{
        struct mstream *s = calloc(1, sizeof *s);
        s->fd = fd;
        s->write_fn = plain_write;
        return s;
}

void log_msg(const char *t)
{
        /* what a caller logged stays in the stream's buffer (a global's
         * object), and the next flush here writes it again: a log too */
        mstream_puts(log_stream, t);                    // expect: pi-logging "email"
}

void log_fd(int fd)
{
        char line[32];
        snprintf(line, sizeof line, "fd %d", fd);
        log_msg(line);
}

void serve(const struct person *p)
{
        int sock = socket(AF_INET, SOCK_STREAM, 0);
        struct mstream *net = mstream_fdopen(sock);
        log_fd(sock);
        mstream_puts(net, p->phone);                    // expect: pi-cleartext-transmission "phone"
        log_msg(p->email);                              // expect: pi-logging "email"
        mstream_puts(MSTREAM_OUT, p->phone);            // expect: pi-logging "phone"
        mstream_puts(MSTREAM_ERR, p->city);
}

int main(void)
{
        log_init(MSTREAM_ERR);
        return 0;
}
