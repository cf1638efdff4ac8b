/* Widening must not make a record PI as a whole (docs/engine.md,
 * "Widening"). sync_state() copies 300 fields, so its summary widens past
 * 256 rows: its inputs become whole parameters, and its out paths keep
 * their first two steps (`*.cur`, `*.cfg`), never `*` alone. Until this
 * round they landed on `*`: the caller's buffer it stores (`s->cur =
 * buf`, as gammu's NOKIA_GetPhoneString keeps the caller's buffer in the
 * state for the reply handler) became all of the state, and the
 * configured device name read from it was the IMEI (gammu's misc.c:252).
 * What the state really holds (`s->cur`) is still PI. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

#define F(n) char a##n[8];
#define G(n) char b##n[8];
#define C(n) memcpy(s->a##n, in->b##n, sizeof s->a##n);
#define X10(M, p) M(p##0) M(p##1) M(p##2) M(p##3) M(p##4) M(p##5) M(p##6) M(p##7) M(p##8) M(p##9)
#define X100(M, p) X10(M, p##0) X10(M, p##1) X10(M, p##2) X10(M, p##3) X10(M, p##4) \
        X10(M, p##5) X10(M, p##6) X10(M, p##7) X10(M, p##8) X10(M, p##9)

struct config {
        char device[64];
};

struct state {
        char *cur;
        struct config cfg;
        X100(F, 1) X100(F, 2) X100(F, 3)
};

struct reply {
        X100(G, 1) X100(G, 2) X100(G, 3)
};

struct phone {
        char imei[16] PI(other);
};

void sync_state(struct state *s, const struct reply *in, char *buf)
{
        X100(C, 1) X100(C, 2) X100(C, 3)
        s->cur = buf;
}

void identify(struct state *s, const struct phone *ph, const struct reply *in)
{
        char value[16];
        strcpy(value, ph->imei);
        sync_state(s, in, value);
        printf("device %s\n", s->cfg.device);
        printf("imei %s\n", s->cur);            // expect: pi-logging
}
