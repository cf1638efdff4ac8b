/* A callee that returns its argument returns a pointer to the same object
 * (`vp = vstring_sprintf(vp, ...)`), but not when the argument points to
 * a global's object: the store keeps what globals hold, not where their
 * pointers lead. redis makes a string with `sdsnewlen(SDS_NOINIT, n)`,
 * SDS_NOINIT being a global pointer to a constant the constructor only
 * compares with; its summary reads as returning the argument (it copies
 * the argument's bytes in otherwise), so every string later built in the
 * new one was written into the constant's object, and every later
 * `sdsnewlen(SDS_NOINIT, n)` in the program returned it: the sentinel's
 * password reached the RDB file's and the replication log's lines.
 * Positive: the PI written into the new string is logged from it, and a
 * local buffer returned by its filler is still the same object. Negative:
 * a new string made later from the same global holds nothing. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pitrace.h"

const char *NOINIT = "NOINIT";

char *str_make(const char *init, size_t n)
{
	char *s = malloc(n + 1);
	if (!s)
		return NULL;
	if (init == NOINIT)
		init = NULL;
	if (init)
		memcpy(s, init, n);
	s[n] = '\0';
	return s;
}

char *str_new(const char *init, size_t n)
{
	return str_make(init, n);
}

void remember(const char *secret PI(id_number))
{
	char *o = str_new(NOINIT, 64);
	strcpy(o, secret);
	printf("%s\n", o);                      // expect: pi-logging "id_number"
	free(o);
}

void later(void)
{
	char *t = str_new(NOINIT, 8);
	printf("%s\n", t);
	free(t);
}

char *fill(char *buf, const char *s)
{
	strcpy(buf, s);
	return buf;
}

void local_buffer(const char *secret PI(id_number))
{
	char buf[64];
	char *p = fill(buf, "x");
	strcpy(p, secret);
	printf("%s\n", buf);                    // expect: pi-logging
}
