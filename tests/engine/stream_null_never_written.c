/* A formatter that writes to a stream only when it has one: PostgreSQL's
 * snprintf.c, whose pg_snprintf sets `target.stream = NULL` and whose
 * flushbuffer calls fwrite only for a stream. A stream the caller set to
 * a null pointer on every path is never written.
 * Positives: the formatter given a real stream (pg_fprintf_like), and a
 * stream null on one path only (maybe_stream).
 * Negative: the formatter given no stream (pg_snprintf_like). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct target {
	char *bufptr, *bufstart, *bufend;
	FILE *stream;
};

struct person {
	char phone[16] PI(phone);
};

static void flushbuffer(struct target *t)
{
	size_t n = (size_t)(t->bufptr - t->bufstart);
	if (t->stream && n)
		fwrite(t->bufstart, 1, n, t->stream);
	t->bufptr = t->bufstart;
}

static void dopr(struct target *t, const char *s)
{
	while (*s) {
		if (t->bufptr >= t->bufend)
			flushbuffer(t);
		*t->bufptr++ = *s++;
	}
	flushbuffer(t);
}

static void pg_snprintf_like(char *buf, size_t len, const char *s)
{
	struct target t;
	t.bufstart = t.bufptr = buf;
	t.bufend = buf + len - 1;
	t.stream = NULL;
	dopr(&t, s);
	*t.bufptr = '\0';
}

static void pg_fprintf_like(FILE *f, const char *s)
{
	char buf[64];
	struct target t;
	t.bufstart = t.bufptr = buf;
	t.bufend = buf + sizeof buf;
	t.stream = f;
	dopr(&t, s);
}

static void maybe_stream(FILE *f, int to_file, const char *s)
{
	char buf[64];
	struct target t;
	t.bufstart = t.bufptr = buf;
	t.bufend = buf + sizeof buf;
	t.stream = NULL;
	if (to_file)
		t.stream = f;
	dopr(&t, s);
}

void format_phone(const struct person *p, char *out, size_t len)
{
	pg_snprintf_like(out, len, p->phone);
}

void save_phone(const struct person *p, FILE *db)
{
	pg_fprintf_like(db, p->phone);	// expect: pi-unencrypted-storage "phone"
}

void save_phone_maybe(const struct person *p, FILE *db, int to_file)
{
	maybe_stream(db, to_file, p->phone);	// expect: pi-unencrypted-storage "phone"
}
