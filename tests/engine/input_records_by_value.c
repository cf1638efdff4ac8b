/* A callee's input keeps the fields of records its parameter holds by
 * value, however many: `s->phone.data.reply->text` is read from
 * `$0.*.phone.data.reply`, not from all of `$0.*.phone.data`. gammu keeps
 * its whole state in `s->Phone.Data`; cutting inputs at three steps made
 * every reply its dispatcher logged carry the IMSI whose buffer a command
 * had just stored a pointer to beside it. Past one pointer, inputs are
 * cut as before (`$0.*.phone.data.reply.*` stands for what is below). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct reply {
        char text[64];
        int length;
};

struct phone_data {
        char *answer;		/* where a command wants its answer */
        struct reply *reply;	/* what the phone sent last */
        char model[32];
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

static void log_reply(struct state *s)
{
        printf("reply: %s\n", s->phone.data.reply->text);
}

static void log_model(struct state *s)
{
        printf("model: %s\n", s->phone.data.model);
}

static void log_answer(struct state *s)
{
        printf("answer: %s\n", s->phone.data.answer);
}

void get_imsi(struct state *s, struct sim *sim)
{
        s->phone.data.answer = sim->imsi;
        log_reply(s);	/* the phone's reply, not the IMSI beside it */
        log_model(s);
        log_answer(s); // expect: pi-logging
}
