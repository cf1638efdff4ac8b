/* A container decides among the functions its embedded record's pointer
 * field may hold, also over functions that flowed in with the pointer.
 * Here a VSTRING and a VSTREAM embed their VBUF under the same name, and
 * handlers are registered with the object they write to. The engine
 * keeps one entry for all of handlers[]' contexts, so in fold_handler
 * the VSTRING may seem to be the stream, its put_ready the stream's
 * writer. But a VSTRING's put_ready is only ever given the
 * VSTRING's own (ip_fptr_container.c), so formatting PI into it is not
 * stored by write(2). postfix met this through smeared memory: its
 * msg_vprintf formatting into msg_buffers[level], strcasecmp_utf8's f2,
 * were reported as stored and sent by a VSTREAM's writer.
 * Negative: formatting the sender into the VSTRING is not storage;
 * positive: the handler's own log line. */
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
typedef struct { VBUF vbuf; int fd; } VSTREAM;

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
        vstream_buf_init(&s->vbuf, 1);
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
        vbuf_print(&fp->vbuf, s);
}

struct envelope {
        char *sender PI(email);
};

struct handler {
        void (*fn)(void *context, const struct envelope *env);
        void *context;
};

static struct handler handlers[2];

static void fold_handler(void *context, const struct envelope *env)
{
        VSTRING *vp = context;
        vstring_strcat(vp, env->sender);
        syslog(LOG_INFO, "folded %s", env->sender);     // expect: pi-logging
}

static void spool_handler(void *context, const struct envelope *env)
{
        VSTREAM *fp = context;
        (void)env;
        fp->fd = -1;
}

void handlers_init(int fd)
{
        handlers[0].fn = fold_handler;
        handlers[0].context = vstring_alloc();
        handlers[1].fn = spool_handler;
        handlers[1].context = vstream_fdopen(fd);
}

void handlers_run(const struct envelope *env)
{
        for (int i = 0; i < 2; i++)
                handlers[i].fn(handlers[i].context, env);
}
