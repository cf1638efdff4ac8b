/* SPDX-License-Identifier: Apache-2.0 */
/* Found by fuzz_engine: known/engine-slow-protected-flows.fuzz is the input,
 * this the program it generates. 279 lines, 7 functions: 4739 protected
 * flows with 139371 trace steps, 168 findings, a 21.5 MB JSON report,
 * about 1.1 s of engine time (7.9 s for the fuzz target with its second
 * engine run and every format, 28 s under ASan). Not a crash: kept out of
 * corpus/ so that the replay stays quick.
 *   pitrace --stats --format json -o r.json engine-slow-protected-flows.c -- -I include */
#include "pitrace.h"
typedef unsigned long size_t;
typedef struct _IO_FILE FILE;
extern FILE *stdout, *stderr;
int printf(const char *, ...);
int fprintf(FILE *, const char *, ...);
int fputs(const char *, FILE *);
size_t fwrite(const void *, size_t, size_t, FILE *);
FILE *fopen(const char *, const char *);
char *strcpy(char *, const char *);
char *strcat(char *, const char *);
void *memcpy(void *, const void *, size_t);
void *memset(void *, int, size_t);
int snprintf(char *, size_t, const char *, ...);
long send(int, const void *, size_t, int);
void syslog(int, const char *, ...);
char *mask_id(const char *s) PI_SANITIZER(mask);
char *seal(const char *s) PI_SANITIZER(encrypt);
void audit(const char *fmt, ...) PI_SINK(log);
struct app {
	char id_number[19] PI(id_number);
	char name[32] PI(name);
	char *phone PI(phone);
	char note[32];
	int n;
	struct app *next;
};
struct app g_app;
char g_buf[64];
char *g_ptr;
typedef char *(*fn_t)(struct app *, char *, int);
struct ops { void (*emit)(const char *); fn_t step; };
static void emit_log(const char *s) { printf("%s\n", s); }
static void emit_net(const char *s) { send(3, s, 8, 0); }
char g_typo[4] PI(idnumber);
char *f0(struct app *a, char *p, int k);
char *f1(struct app *a, char *p, int k) PI_SANITIZER(encrypt);
char *f2(struct app *a, char *p, int k);
char *f3(struct app *a, char *p, int k);
char *f0(struct app *a, char *p, int k)
{
	char buf[64];
	char *q = p;
	int i = k;
	struct app loc;
	fn_t fp = f3;
	struct ops ops = { emit_log, f2 };
L0:;
	if (i > 2) {
		strcpy(loc.name, ops.step(a, mask_id((i ? q : &buf[i & 7])), i));
		strcat(buf, fp(a, a->note, i));
	} else {
		while (i-- > 2) {
			send(i, loc.phone, 8, 0);
			memset(&loc, 0, sizeof loc);
			syslog(6, "%s", g_buf);
			{
				char *t = f3(a, (i ? f3(a, g_app.id_number, i - 1) : &buf[i & 7]), i - 1);
				q = t;
			}
		}
		if (i-- > 0) goto L0;
		i = i * 3 + k;
		/* pitrace: begin-allow(pi-cleartext-transmission) reason: fuzz */
	}
	{
		char *t = &buf[i & 7];
		q = t;
	}
	fwrite((i ? q : p), 1, 8, fopen("/var/log/app.log", "a"));
	if (i > 3) {
		return (i ? seal(fp(a, (i ? a->id_number : a->id_number), i)) : (i ? (i ? (i ? "plain" : "110101199003074578") : &buf[i & 7]) : &buf[i & 7]));
	} else {
		syslog(6, "%s", loc.phone);
		do {
			memset(&loc, 0, sizeof loc);
			syslog(6, "%s", g_buf);
			{
				char *t = f3(a, (i ? f3(a, g_app.id_number, i - 1) : &buf[i & 7]), i - 1);
				q = t;
			}
		} while (0);
		if (i-- > 0) goto L0;
	}
L1:
	return q;
}
char *f1(struct app *a, char *p, int k)
{
	char buf[64];
	char *q = p;
	int i = k;
	struct app loc;
	fn_t fp = f3;
	struct ops ops = { emit_log, f0 };
L0:;
	{
		char *t = &buf[i & 7];
		q = t;
	}
	fwrite((i ? q : p), 1, 8, fopen("/var/log/app.log", "a"));
	if (i > 3) {
		return (i ? seal(ops.step(a, &buf[i & 7], i)) : a->next->name);
	} else {
		for (int j = 0; j < 3; j++) {
			audit("%s", &buf[i & 7]);
			f1(a, mask_id((i ? f1(a, a->name, i - 1) : fp(a, fp(a, a->next->name, i), i))), i);
		}
		audit("%s", p);
		do {
			snprintf(buf, sizeof buf, "%s", "plain");
			memcpy(&g_app, &loc, sizeof loc);
		} while (0);
	}
	do {
		memcpy(&loc, a, sizeof loc);
		{
			char *t = p;
			q = t;
		}
		f0(a, g_app.id_number, i);
		do {
			do {
				/* pitrace: end-allow(pi-cleartext-transmission) */
			} while (0);
			do {
				strcpy(a->id_number, (i ? (i ? ops.step(a, "plain", i) : p) : buf));
				for (int j = 0; j < 3; j++) {
					;
				}
				snprintf(buf, sizeof buf, "%s", ops.step(a, f0(a, a->id_number, i - 1), i));
			} while (0);
		} while (0);
	} while (0);
	memcpy(&g_app, &loc, sizeof loc);
	audit("%s", "110101199003074578");
	while (i-- > 2) {
		memset(&loc, 0, sizeof loc);
		for (int j = 0; j < 3; j++) {
			ops.step = f3;
			*a = g_app;
		}
	}
	ops.step = f0;
	fprintf(stderr, "%s", a->name);
	a->phone = ops.step(a, a->name, i);
	ops.emit(mask_id(a->id_number));
	while (i-- > 0) {
		i = i * 3 + k;
		do {
			ops.emit(f1(a, fp(a, (i ? g_app.id_number : (i ? a->next->name : p)), i), i - 1));
		} while (0);
	}
L1:
	return q;
}
char *f2(struct app *a, char *p, int k)
{
	char buf[64];
	char *q = p;
	int i = k;
	struct app loc;
	fn_t fp = f0;
	struct ops ops = { emit_log, f2 };
L0:;
	ops.emit(fp(a, seal(ops.step(a, a->name, i)), i));
	ops.emit(mask_id(a->id_number));
	while (i-- > 0) {
		fputs(mask_id((i ? f1(a, a->name, i - 1) : fp(a, fp(a, a->next->name, i), i))), stderr);
		fputs(fp(a, f3(a, "plain", i - 1), i), fopen("/var/log/app.log", "a"));
	}
	fwrite((i ? (i ? "plain" : (i ? p : ops.step(a, "plain", i))) : fp(a, g_buf, i)), 1, 8, stdout);
	for (int j = 0; j < 3; j++) {
		/* pitrace: begin-allow(pi-cleartext-transmission) reason: fuzz */
		loc = *a;
		{
			char *t = ops.step(a, "plain", i);
			q = t;
		}
		f0(a, buf, i);
	}
	snprintf(buf, sizeof buf, "%s", ops.step(a, f0(a, a->id_number, i - 1), i));
	memcpy(&g_app, &loc, sizeof loc);
	audit("%s", "110101199003074578");
	while (i-- > 2) {
		memset(&loc, 0, sizeof loc);
		for (int j = 0; j < 3; j++) {
			ops.step = f3;
			*a = g_app;
		}
	}
	ops.step = f0;
	fprintf(stderr, "%s", a->name);
	a->phone = ops.step(a, a->name, i);
	ops.emit(mask_id(a->id_number));
	while (i-- > 0) {
		fputs("110101199003074578", fopen("/var/log/app.log", "a"));
		strcat(buf, "110101199003074578");
	}
	fputs(fp(a, buf, i), fopen("data.db", "w"));
	fputs(&buf[i & 7], stdout);
	{
		char *t = seal("110101199003074578");
		q = t;
	}
	printf("%s\n", fp(a, (i ? mask_id((i ? g_ptr : p)) : ops.step(a, &buf[i & 7], i)), i));
	send(i, a->id_number, 8, 0);
	audit("%s", &buf[i & 7]);
	do {
		audit("%s", (i ? f1(a, a->name, i - 1) : fp(a, fp(a, fp(a, a->id_number, i), i), i)));
	} while (0);
	do {
		snprintf(buf, sizeof buf, "%s", "plain");
		memcpy(&g_app, &loc, sizeof loc);
	} while (0);
	do {
		memcpy(&loc, a, sizeof loc);
		{
			char *t = p;
			q = t;
		}
		f0(a, g_app.id_number, i);
		do {
			do {
				/* pitrace: end-allow(pi-cleartext-transmission) */
			} while (0);
			do {
				strcpy(a->id_number, (i ? (i ? ops.step(a, "plain", i) : p) : buf));
				for (int j = 0; j < 3; j++) {
					;
				}
				snprintf(buf, sizeof buf, "%s", ops.step(a, f0(a, a->id_number, i - 1), i));
			} while (0);
		} while (0);
	} while (0);
L1:
	return q;
}
char *f3(struct app *a, char *p, int k)
{
	char buf[64];
	char *q = p;
	int i = k;
	struct app loc;
	fn_t fp = f0;
	struct ops ops = { emit_log, f2 };
L0:;
	f3(a, "110101199003074578", i);
	while (i-- > 2) {
		memset(&loc, 0, sizeof loc);
		for (int j = 0; j < 3; j++) {
			ops.step = f3;
			*a = g_app;
		}
	}
	ops.step = f0;
	fprintf(stderr, "%s", a->name);
	a->phone = ops.step(a, a->name, i);
	ops.emit(mask_id(a->id_number));
	while (i-- > 0) {
		i = i * 3 + k;
		do {
			ops.emit(f1(a, fp(a, (i ? g_app.id_number : (i ? a->next->name : p)), i), i - 1));
		} while (0);
	}
L1:
	return q;
}
int main(void)
{
	struct app x;
	fn_t t[2] = { f0, f3 };
	t[x.n & 1](&x, x.name, 2);
	f0(&x, x.id_number, 0);
	f1(&x, x.id_number, 1);
	f2(&x, x.id_number, 2);
	f3(&x, x.id_number, 3);
	return 0;
}
