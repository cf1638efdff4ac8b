/* Writes through an alias reach the aliased object: *pp = pi makes v PI;
 * strcpy(p, pi) with p = buf makes buf PI; and a clean overwrite through an
 * alias (strcpy(p, "x")) clears buf. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
};

void through_double_pointer(struct app *a)
{
	const char *v = "none";
	const char **pp = &v;
	puts(v);
	*pp = a->phone;
	puts(v);                                 // expect: pi-logging "phone"
}

void through_alias(struct app *a)
{
	char buf[32] = "";
	char *p = buf;
	strcpy(p, a->phone);
	puts(buf);                               // expect: pi-logging
	strcpy(p, "x");
	puts(buf);
}

void read_through_alias(struct app *a)
{
	char buf[32];
	char *p = buf;
	strcpy(buf, a->phone);
	puts(p);                                 // expect: pi-logging
}
