/* Widening must not make a record PI as a whole (docs/engine.md,
 * "Widening"). sync_state() moves 300 fields, so its summary widens past
 * 256 rows: inputs become whole parameters, and out paths keep their
 * first two steps (`*.link`), never `*` alone. The caller's buffer stored
 * as it is (`s->link.cur = buf`, as gammu's NOKIA_GetPhoneString keeps
 * the caller's buffer in the state for the reply handler) keeps its
 * place: widened, the IMEI in that buffer became all of `s->link`, and
 * the model name read from there was PI. The state is a global, as
 * gammu's `gsm` is. The model stays clean; what the state really holds
 * (`link.cur`) is still PI. */
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

struct link {
        char *cur;
        char model[16];
};

struct state {
        struct link link;
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
        s->link.cur = buf;
}

struct state *gsm;

void identify(const struct phone *ph, const struct reply *in)
{
        char value[16];
        strcpy(value, ph->imei);
        sync_state(gsm, in, value);
        printf("model %s\n", gsm->link.model);
        printf("imei %s\n", gsm->link.cur);     // expect: pi-logging
}
