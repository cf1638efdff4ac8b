/* A buffer record embedded in two others under different member names:
 * a string's `vbuf` and a stream's `buf`. The shared buffer code flushes
 * a stream's buffer by getting the stream back with container_of, when a
 * flag says the buffer is a stream's. A string's buffer (`&s->vbuf`) is
 * never a stream's `buf`: the path `vbuf.^buf` names no object, and what
 * is formatted into a string is not written to a file. Negative: the
 * string; positive: the stream. */
// pitrace-args: --no-heuristics
#include <stddef.h>
#include <string.h>
#include <unistd.h>
#include "pitrace.h"

struct person {
        char *phone PI(phone);
};

#define VBUF_STREAM 1

struct vbuf {
        int flags;
        char data[128];
        size_t len;
};

struct vstring {
        struct vbuf vbuf;
};

struct vstream {
        int fd;
        struct vbuf buf;
};

static void vbuf_puts(struct vbuf *bp, const char *t)
{
        size_t n = strlen(t);
        if (n > sizeof bp->data - bp->len)
                n = sizeof bp->data - bp->len;
        memcpy(bp->data + bp->len, t, n);
        bp->len += n;
        if (bp->flags & VBUF_STREAM) {
                struct vstream *s = (struct vstream *)((char *)bp - offsetof(struct vstream, buf));
                write(s->fd, bp->data, bp->len);
                bp->len = 0;
        }
}

void format(struct vstring *s, const struct person *p)
{
        vbuf_puts(&s->vbuf, p->phone);
}

void save(struct vstream *s, const struct person *p)
{
        vbuf_puts(&s->buf, p->phone);   // expect: pi-unencrypted-storage "phone"
}
