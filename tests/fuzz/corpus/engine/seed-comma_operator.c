/* SPDX-License-Identifier: Apache-2.0 */
/* The comma operator yields its right operand: (x, pi) is PI, (pi, x) is
 * not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	char city[16];
};

void show(struct app *a)
{
	int n = 0;
	const char *s;
	s = (n++, a->phone);
	puts(s);                                 // expect: pi-logging "phone"
	const char *t;
	t = (a->phone, a->city);
	puts(t);
	puts((n++, a->phone));                   // expect: pi-logging
	puts((a->phone, "x"));
}
