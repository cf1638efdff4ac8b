/* A command parks its caller's buffer in a big state record (gammu's
 * `s->Phone.Data.PhoneString = value`) and calls a function that reads
 * and moves so many of the record's fields that its summary widens:
 * past 64 rows its inputs are cut to their first two steps and stand
 * for everything below them (docs/engine.md, "Widening"). When that
 * function does log the parked buffer, the caller's call is a leak and
 * stays one; when it only reads and moves other fields, the parked
 * buffer goes nowhere. A cut deep input keeps, for the pointers a
 * caller parked below it, the paths its rows were cut from
 * (engine_tails.c, "parked"); leaving every parked pointer out of a cut
 * read lost the first finding.
 */
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct data {
	char *out;	/* where the reply goes: the caller's buffer */
	char *n0, *n1, *n2, *n3, *n4, *n5, *n6, *n7, *n8, *n9, *n10, *n11, *n12, *n13, *n14, *n15, *n16, *n17, *n18, *n19, *n20, *n21, *n22, *n23, *n24, *n25, *n26, *n27, *n28, *n29, *n30, *n31, *n32, *n33, *n34, *n35, *n36, *n37, *n38, *n39;
};

struct user {
	char *q0, *q1, *q2, *q3, *q4, *q5, *q6, *q7, *q8, *q9, *q10, *q11, *q12, *q13, *q14, *q15, *q16, *q17, *q18, *q19, *q20, *q21, *q22, *q23, *q24, *q25, *q26, *q27, *q28, *q29, *q30, *q31, *q32, *q33, *q34, *q35, *q36, *q37, *q38, *q39;
};

struct state {
	struct data d;
	struct user u;
	char imei[16] PI(id_number);
	char *f0;
	char *f1;
	char *f2;
	char *f3;
	char *f4;
	char *f5;
	char *f6;
	char *f7;
	char *f8;
	char *f9;
	char *f10;
	char *f11;
	char *f12;
	char *f13;
	char *f14;
	char *f15;
	char *f16;
	char *f17;
	char *f18;
	char *f19;
	char *f20;
	char *f21;
	char *f22;
	char *f23;
	char *f24;
	char *f25;
	char *f26;
	char *f27;
	char *f28;
	char *f29;
	char *f30;
	char *f31;
	char *f32;
	char *f33;
	char *f34;
	char *f35;
	char *f36;
	char *f37;
	char *f38;
	char *f39;
	char *f40;
	char *f41;
	char *f42;
	char *f43;
	char *f44;
	char *f45;
	char *f46;
	char *f47;
	char *f48;
	char *f49;
	char *f50;
	char *f51;
	char *f52;
	char *f53;
	char *f54;
	char *f55;
	char *f56;
	char *f57;
	char *f58;
	char *f59;
	char *f60;
	char *f61;
	char *f62;
	char *f63;
	char *f64;
	char *f65;
	char *f66;
	char *f67;
	char *f68;
	char *f69;
};

struct state *machine;

void get_imei(struct state *s, char *buf)
{
	strcpy(buf, s->imei);
}

/* reads seventy fields and moves forty from one part of the record to
 * another, never the parked buffer: its summary widens */
static void wait_reply(struct state *s)
{
	fputs(s->f0, stdout);
	fputs(s->f1, stdout);
	fputs(s->f2, stdout);
	fputs(s->f3, stdout);
	fputs(s->f4, stdout);
	fputs(s->f5, stdout);
	fputs(s->f6, stdout);
	fputs(s->f7, stdout);
	fputs(s->f8, stdout);
	fputs(s->f9, stdout);
	fputs(s->f10, stdout);
	fputs(s->f11, stdout);
	fputs(s->f12, stdout);
	fputs(s->f13, stdout);
	fputs(s->f14, stdout);
	fputs(s->f15, stdout);
	fputs(s->f16, stdout);
	fputs(s->f17, stdout);
	fputs(s->f18, stdout);
	fputs(s->f19, stdout);
	fputs(s->f20, stdout);
	fputs(s->f21, stdout);
	fputs(s->f22, stdout);
	fputs(s->f23, stdout);
	fputs(s->f24, stdout);
	fputs(s->f25, stdout);
	fputs(s->f26, stdout);
	fputs(s->f27, stdout);
	fputs(s->f28, stdout);
	fputs(s->f29, stdout);
	fputs(s->f30, stdout);
	fputs(s->f31, stdout);
	fputs(s->f32, stdout);
	fputs(s->f33, stdout);
	fputs(s->f34, stdout);
	fputs(s->f35, stdout);
	fputs(s->f36, stdout);
	fputs(s->f37, stdout);
	fputs(s->f38, stdout);
	fputs(s->f39, stdout);
	fputs(s->f40, stdout);
	fputs(s->f41, stdout);
	fputs(s->f42, stdout);
	fputs(s->f43, stdout);
	fputs(s->f44, stdout);
	fputs(s->f45, stdout);
	fputs(s->f46, stdout);
	fputs(s->f47, stdout);
	fputs(s->f48, stdout);
	fputs(s->f49, stdout);
	fputs(s->f50, stdout);
	fputs(s->f51, stdout);
	fputs(s->f52, stdout);
	fputs(s->f53, stdout);
	fputs(s->f54, stdout);
	fputs(s->f55, stdout);
	fputs(s->f56, stdout);
	fputs(s->f57, stdout);
	fputs(s->f58, stdout);
	fputs(s->f59, stdout);
	fputs(s->f60, stdout);
	fputs(s->f61, stdout);
	fputs(s->f62, stdout);
	fputs(s->f63, stdout);
	fputs(s->f64, stdout);
	fputs(s->f65, stdout);
	fputs(s->f66, stdout);
	fputs(s->f67, stdout);
	fputs(s->f68, stdout);
	fputs(s->f69, stdout);
	s->u.q0 = s->d.n0;
	s->u.q1 = s->d.n1;
	s->u.q2 = s->d.n2;
	s->u.q3 = s->d.n3;
	s->u.q4 = s->d.n4;
	s->u.q5 = s->d.n5;
	s->u.q6 = s->d.n6;
	s->u.q7 = s->d.n7;
	s->u.q8 = s->d.n8;
	s->u.q9 = s->d.n9;
	s->u.q10 = s->d.n10;
	s->u.q11 = s->d.n11;
	s->u.q12 = s->d.n12;
	s->u.q13 = s->d.n13;
	s->u.q14 = s->d.n14;
	s->u.q15 = s->d.n15;
	s->u.q16 = s->d.n16;
	s->u.q17 = s->d.n17;
	s->u.q18 = s->d.n18;
	s->u.q19 = s->d.n19;
	s->u.q20 = s->d.n20;
	s->u.q21 = s->d.n21;
	s->u.q22 = s->d.n22;
	s->u.q23 = s->d.n23;
	s->u.q24 = s->d.n24;
	s->u.q25 = s->d.n25;
	s->u.q26 = s->d.n26;
	s->u.q27 = s->d.n27;
	s->u.q28 = s->d.n28;
	s->u.q29 = s->d.n29;
	s->u.q30 = s->d.n30;
	s->u.q31 = s->d.n31;
	s->u.q32 = s->d.n32;
	s->u.q33 = s->d.n33;
	s->u.q34 = s->d.n34;
	s->u.q35 = s->d.n35;
	s->u.q36 = s->d.n36;
	s->u.q37 = s->d.n37;
	s->u.q38 = s->d.n38;
	s->u.q39 = s->d.n39;
}

/* the same, and then logs the parked buffer */
static void wait_and_log(struct state *s)
{
	wait_reply(s);
	fputs(s->d.out, stderr);	/* the parked buffer, logged */
}

static void request(struct state *s, char *reply)
{
	s->d.out = reply;
	wait_and_log(s);
}

void identify(void)
{
	char buffer[32];
	get_imei(machine, buffer);
	request(machine, buffer); // expect: pi-logging "id_number"
}

/* The widened function only moves other fields: the buffer parked in
 * `d.out` is not among the paths its rows were cut from, so the move
 * `$0.*.d (deep) -> $0.*.u` does not carry it into `u`, and what a later
 * command keeps of `u` is no PI (gammu's IMEI buffer reached the FM
 * radio's station list this way). */
static void request_quiet(struct state *s, char *reply)
{
	s->d.out = reply;
	wait_reply(s);
}

char last_reply[64];

static void keep_first_reply(struct state *s)
{
	strcpy(last_reply, s->u.q0);
}

void identify_quiet(void)
{
	char buffer[32];
	get_imei(machine, buffer);
	request_quiet(machine, buffer);
	keep_first_reply(machine);
}

void show_reply(void)
{
	fprintf(stderr, "%s\n", last_reply);
}
