/* One leak, one finding, for a buffered stream whose later flush goes
 * through another library write than the call that filled it: the first
 * call stores the PI in the stream's buffer and writes it out when the
 * buffer is full (fwrite); a later call on the same stream appends a
 * number and writes the whole buffer with fputs. The later call's route
 * is the first call's leak, listed with it, though it ends at another
 * write (postfix's VSTREAM writes through a function pointer, and the
 * routes of one buffer fan out over every writer the program has).
 * Still a finding of its own: PI the later call is handed itself. */
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
        if (l > sizeof s->buf - s->n - 1)
                l = sizeof s->buf - s->n - 1;
        memcpy(s->buf + s->n, text, l);
        s->n += l;
        s->buf[s->n] = 0;
        if (s->n > 200) {
                fwrite(s->buf, 1, s->n, s->f);
                s->n = 0;
        }
}

static void stream_line(struct stream *s, const char *text)
{
        size_t l = strlen(text);
        if (l > sizeof s->buf - s->n - 1)
                l = sizeof s->buf - s->n - 1;
        memcpy(s->buf + s->n, text, l);
        s->n += l;
        s->buf[s->n] = 0;
        fputs(s->buf, s->f);
        s->n = 0;
}

void log_recipient(struct stream *log, const struct recipient *r)
{
        char num[32];
        stream_put(log, r->address); // expect: pi-unencrypted-storage
        snprintf(num, sizeof num, "%ld", r->offset);
        stream_line(log, num); // ok: writes the same buffer out, the same leak
        stream_line(log, r->orig_address); // expect: pi-unencrypted-storage
}

void open_and_log(const struct recipient *r)
{
        struct stream s = { .n = 0 };
        s.f = fopen("bounce.d/queue", "a");
        log_recipient(&s, r);
}
