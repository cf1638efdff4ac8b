/* Function pointers of an embedded record are told apart by the record
 * that embeds it. postfix's VSTRING (a string in memory) and VSTREAM (a
 * buffered file) both embed a VBUF whose put_ready the library calls when
 * the buffer is full: a VSTRING's grows the buffer, a VSTREAM's writes it
 * to the file. Formatting PI into a VSTRING that is then logged is one
 * leak, to the log; it is not also stored by the VSTREAM's write. The
 * VSTREAM's put_ready is set through a helper's parameter
 * (vstream_buf_init(&s->buf)) and by a static initializer nested in
 * another, as postfix does; both count for VSTREAM only.
 * Negatives: the log call is not storage; formatting into a VSTRING
 * that nobody writes out is nothing. */
// pitrace-args: --no-heuristics
#include <stdlib.h>
#include <syslog.h>
#include <unistd.h>
#include "pitrace.h"

typedef struct VBUF VBUF;
struct VBUF {
        unsigned char *data;
        unsigned char *ptr;
        long cnt;
        int (*put_ready)(VBUF *);
        int (*space)(VBUF *, long);
};
typedef struct { VBUF vbuf; } VSTRING;
typedef struct { VBUF buf; int fd; } VSTREAM;

static int vstring_buf_put_ready(VBUF *bp)
{
        bp->data = realloc(bp->data, 200);
        return 0;
}

static int vstring_buf_space(VBUF *bp, long n)
{
        bp->data = realloc(bp->data, (size_t)n);
        return 0;
}

static int vstream_buf_put_ready(VBUF *bp)
{
        VSTREAM *s = (VSTREAM *)bp;
        return (int)write(s->fd, bp->data, (size_t)(bp->ptr - bp->data));
}

static int vstream_buf_space(VBUF *bp, long n)
{
        (void)n;
        return vstream_buf_put_ready(bp);
}

VSTREAM vstream_fstd[] = {
        { { 0, 0, 0, vstream_buf_put_ready, vstream_buf_space }, 2 },
};

VSTRING *vstring_alloc(void)
{
        VSTRING *v = malloc(sizeof *v);
        v->vbuf.data = malloc(100);
        v->vbuf.ptr = v->vbuf.data;
        v->vbuf.put_ready = vstring_buf_put_ready;
        v->vbuf.space = vstring_buf_space;
        return v;
}

static void vstream_buf_init(VBUF *bp, int writable)
{
        bp->data = malloc(100);
        bp->ptr = bp->data;
        bp->put_ready = writable ? vstream_buf_put_ready : 0;
        bp->space = vstream_buf_space;
}

VSTREAM *vstream_fdopen(int fd)
{
        VSTREAM *s = malloc(sizeof *s);
        s->fd = fd;
        vstream_buf_init(&s->buf, 1);
        return s;
}

static int vbuf_put(VBUF *bp, int ch)
{
        if (bp->cnt <= 0 && bp->put_ready(bp))
                return -1;
        *bp->ptr++ = (unsigned char)ch;
        return ch;
}

void vbuf_print(VBUF *bp, const char *s)
{
        bp->space(bp, 64);
        while (*s)
                vbuf_put(bp, *s++);
}

void vstring_strcat(VSTRING *vp, const char *s)
{
        vbuf_print(&vp->vbuf, s);
}

void vstream_fputs(const char *s, VSTREAM *fp)
{
        vbuf_print(&fp->buf, s);
}

static VSTRING *msg_buffer;

void msg_info(const char *text)
{
        if (!msg_buffer)
                msg_buffer = vstring_alloc();
        vstring_strcat(msg_buffer, text);
        syslog(LOG_INFO, "%s", (char *)msg_buffer->vbuf.data);
}

struct envelope {
        char *sender PI(email);
};

void log_sender(const struct envelope *env)
{
        msg_info(env->sender);                          // expect: pi-logging
}

void queue_sender(VSTREAM *queue_file, const struct envelope *env)
{
        vstream_fputs(env->sender, queue_file);         // expect: pi-unencrypted-storage
}

void scratch_sender(const struct envelope *env)
{
        VSTRING *tmp = vstring_alloc();
        vstring_strcat(tmp, env->sender);
}
