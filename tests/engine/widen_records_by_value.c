/* Widening keeps the fields of records held by value (docs/engine.md,
 * "Widening"). dispatch() logs 100 fields of the phone's data, so past
 * 64 rows its inputs are cut: to `$0.*.phone.data.reply (deep)` for the
 * reply it logs last, not to `$0.*.phone (deep)`, which would also be
 * the answer buffer the caller has just stored (gammu's dispatcher and
 * the IMSI). What the dispatcher really reads of the answer is still PI. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

#define F(n) char f##n[8];
#define L(n) printf("%s\n", s->phone.data.f##n);
#define X10(M, p) M(p##0) M(p##1) M(p##2) M(p##3) M(p##4) M(p##5) M(p##6) M(p##7) M(p##8) M(p##9)
#define X100(M) X10(M, 1) X10(M, 2) X10(M, 3) X10(M, 4) X10(M, 5) X10(M, 6) X10(M, 7) X10(M, 8) \
        X10(M, 9) X10(M, 0)

struct reply {
        char text[64];
};

struct phone_data {
        char *answer;
        struct reply *reply;
        X100(F)
};

struct phone {
        struct phone_data data;
};

struct state {
        struct phone phone;
};

struct sim {
        char imsi[16] PI(id_number);
};

static void dispatch(struct state *s)
{
        X100(L)
        printf("reply %s\n", s->phone.data.reply->text);
}

static void dispatch_answer(struct state *s)
{
        X100(L)
        printf("answer %s\n", s->phone.data.answer);
}

void get_imsi(struct state *s, struct sim *sim)
{
        s->phone.data.answer = sim->imsi;
        dispatch(s);	/* the reply and the hundred fields, not the IMSI */
        dispatch_answer(s); // expect: pi-logging
}
