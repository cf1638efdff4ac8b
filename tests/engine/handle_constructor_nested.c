/* A stream made by the program's own constructors and kept one object
 * deeper: connect_peer() opens a socket, wraps it with stream_fdopen()
 * (which stores the descriptor in the stream it returns) and hands that
 * stream to session_alloc() (which stores the pointer in the session it
 * returns). The session's stream is the socket's, so what is written to
 * it is sent over the network; the same constructors given a file make
 * storage. Before, the pointer session_alloc() stores lost where it
 * points, and the socket's writes were taken for a file's. */
// pitrace-args: --no-heuristics
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "pitrace.h"

struct stream {
        int fd;
        char buf[128];
};

struct session {
        struct stream *stream;
        int replies;
};

struct rcpt {
        char *address PI(email);
};

struct stream *stream_fdopen(int fd)
{
        struct stream *st = calloc(1, sizeof *st);
        st->fd = fd;
        return st;
}

struct session *session_alloc(struct stream *stream)
{
        struct session *s = calloc(1, sizeof *s);
        s->stream = stream;
        return s;
}

static void stream_puts(struct stream *st, const char *text)
{
        write(st->fd, text, strlen(text));
}

struct session *connect_peer(void)
{
        int sock = socket(AF_INET, SOCK_STREAM, 0);
        return session_alloc(stream_fdopen(sock));
}

struct session *open_spool(const char *path)
{
        int fd = open(path, O_WRONLY | O_APPEND);
        return session_alloc(stream_fdopen(fd));
}

void send_rcpt(const struct rcpt *r)
{
        struct session *s = connect_peer();
        stream_puts(s->stream, r->address);     // expect: pi-cleartext-transmission
}

void spool_rcpt(const struct rcpt *r, const char *path)
{
        struct session *s = open_spool(path);
        stream_puts(s->stream, r->address);     // expect: pi-unencrypted-storage
}
