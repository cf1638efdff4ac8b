/* A parameter whose name says it holds PI (`imsi`, identifier
 * heuristic) is a source where a caller's call reads it. gammu's
 * ATGEN_GetSIMIMSI only parks that buffer in the phone's state
 * (`s->Phone.Data.PhoneString = IMSI`) for the reply handler to fill,
 * and its summary widens (it waits for the reply through the dispatcher
 * and every handler): the row that parks the pointer is cut to
 * `$0.*.Phone`. Had the tag gone with that row, all of `s->Phone`
 * would have been PI in every caller, and every later command that
 * reads the phone's state printed "the IMSI": the radio station list
 * (dct4.c:1219), a reset (misc.c:830), the shutdown (smsd core.c:2252).
 *
 * So a tag is not a source on a row that parks the parameter's pointer
 * below a path widening cut: the callee says the buffer holds PI, not
 * where in the record it went (docs/engine.md, "Widening"). What the
 * caller itself puts in the buffer still goes with the pointer, and a
 * summary small enough to keep the exact path keeps the tag.
 */
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

#define F(n) char a##n[8];
#define G(n) char b##n[8];
#define C(n) memcpy(s->a##n, in->b##n, sizeof s->a##n);
#define X10(M, p) M(p##0) M(p##1) M(p##2) M(p##3) M(p##4) M(p##5) M(p##6) M(p##7) M(p##8) M(p##9)
#define X100(M, p) X10(M, p##0) X10(M, p##1) X10(M, p##2) X10(M, p##3) X10(M, p##4) \
        X10(M, p##5) X10(M, p##6) X10(M, p##7) X10(M, p##8) X10(M, p##9)

struct data {
	char *answer;	/* where the reply goes: the caller's buffer */
	char model[16];
};

struct state {
	struct data d;
	X100(F, 1) X100(F, 2) X100(F, 3)
};

struct reply {
	X100(G, 1) X100(G, 2) X100(G, 3)
};

struct small_state {
	struct data d;
};

/* copies three hundred fields, then parks the buffer: past 256 rows,
 * `$2 -> $0.*.d.answer` is cut to `$0.*.d` */
void get_imsi(struct state *s, const struct reply *in, char *imsi)
{
	X100(C, 1) X100(C, 2) X100(C, 3)
	s->d.answer = imsi;
}

/* a driver's command around it, with a tagged parameter of its own: the
 * place it parks the pointer at came from a cut row, and so its own row
 * is one as well */
void vendor_get_imsi(struct state *s, const struct reply *in, char *imsi)
{
	get_imsi(s, in, imsi);
}

void identify(struct state *s, const struct reply *in)
{
	char buffer[16];
	get_imsi(s, in, buffer);
	printf("model %s\n", s->d.model);	/* not the IMSI buffer */
}

void identify_vendor(struct state *s, const struct reply *in)
{
	char buffer[16];
	vendor_get_imsi(s, in, buffer);
	printf("model %s\n", s->d.model);	/* nor here */
}

/* what the caller put in the buffer goes with the pointer all the same */
void identify_known(struct state *s, const struct reply *in, const char *phone_number)
{
	char buffer[16];
	strcpy(buffer, phone_number);
	get_imsi(s, in, buffer);
	printf("answer %s\n", s->d.answer);	// expect: pi-logging "phone"
}

/* a summary that stays small keeps the exact path, and the tag */
void small_get_imsi(struct small_state *s, char *imsi)
{
	s->d.answer = imsi;
}

void identify_small(struct small_state *s)
{
	char buffer[16];
	small_get_imsi(s, buffer);
	printf("answer %s\n", s->d.answer);	// expect: pi-logging "other"
	printf("model %s\n", s->d.model);
}
