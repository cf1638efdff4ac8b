/* A buffered writer copies into its buffer through a cursor and moves
 * the cursor on (`memcpy(bp->ptr, ...); bp->ptr += n;`), then a later
 * call flushes the buffer from its start. Moving the cursor does not take
 * back what was copied: the bytes are still in the buffer, and the flush
 * writes them (postfix's vbuf_write, behind every queue-file record).
 * Negative: a buffer that was only given a constant. */
// pitrace-args: --no-heuristics
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include "pitrace.h"

struct person {
        char *email PI(email);
};

struct wbuf {
        char data[256];
        char *ptr;
        size_t cnt;
        int fd;
};

static void wbuf_init(struct wbuf *bp, int fd)
{
        bp->ptr = bp->data;
        bp->cnt = sizeof bp->data;
        bp->fd = fd;
}

static void wbuf_write(struct wbuf *bp, const void *buf, size_t len)
{
        const char *cp = buf;
        while (len > 0 && bp->cnt > 0) {
                size_t n = len < bp->cnt ? len : bp->cnt;
                memcpy(bp->ptr, cp, n);
                bp->ptr += n;
                bp->cnt -= n;
                cp += n;
                len -= n;
        }
}

static void wbuf_flush(struct wbuf *bp)
{
        write(bp->fd, bp->data, (size_t)(bp->ptr - bp->data));
        bp->ptr = bp->data;
        bp->cnt = sizeof bp->data;
}

void save(const struct person *p)
{
        struct wbuf b;
        wbuf_init(&b, open("/var/spool/people", O_WRONLY));
        wbuf_write(&b, p->email, strlen(p->email));
        wbuf_flush(&b);                                 // expect: pi-unencrypted-storage "email"
}

void save_constant(void)
{
        struct wbuf b;
        wbuf_init(&b, open("/var/spool/people", O_WRONLY));
        wbuf_write(&b, "nobody", 6);
        wbuf_flush(&b);
}
