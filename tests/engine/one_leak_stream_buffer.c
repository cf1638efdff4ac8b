/* One leak, one finding, for a buffered stream: the call that hands the
 * PI to the stream stores it in the stream's buffer and flushes; every
 * later call on the same stream flushes that buffer again, and the
 * engine cannot prove the buffer was emptied. Those later calls are more
 * routes of the first call's leak (postfix's bounce logs: `addr=%s`,
 * then `offset=%ld` on the same VSTREAM), not leaks of their own.
 * Negatives: the later writes of numbers and constants to the stream.
 * Still two findings: PI handed to the stream by two calls. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct stream {
        char buf[256];
        size_t n;
        FILE *f;
};

struct recipient {
        char *address PI(email);
        char *orig_address PI(email);
        long offset;
};

static void stream_put(struct stream *s, const char *text)
{
        size_t l = strlen(text);
        if (l > sizeof s->buf - s->n)
                l = sizeof s->buf - s->n;
        memcpy(s->buf + s->n, text, l);
        s->n += l;
        fwrite(s->buf, 1, s->n, s->f);
        s->n = 0;
}

void log_recipient(struct stream *log, const struct recipient *r)
{
        char num[32];
        stream_put(log, r->address); // expect: pi-unencrypted-storage
        snprintf(num, sizeof num, "%ld", r->offset);
        stream_put(log, num); // ok: flushes the same buffer, the same leak
        stream_put(log, "\n"); // ok: and again
        stream_put(log, r->orig_address); // expect: pi-unencrypted-storage
}

void open_and_log(const struct recipient *r)
{
        struct stream s = { .n = 0 };
        s.f = fopen("bounce.log.d/queue", "a");
        log_recipient(&s, r);
}
