/* SPDX-License-Identifier: Apache-2.0 */
/* The conditional operator: a result that may be PI on either arm is PI; the
 * condition alone does not make the result PI. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	char city[16];
};

void show(struct app *a, int verbose)
{
	puts(verbose ? a->phone : "-");          // expect: pi-logging "phone"
	puts(verbose ? "-" : a->phone);          // expect: pi-logging
	const char *s = a->phone[0] ? a->phone : a->city;
	puts(s);                                 // expect: pi-logging
	puts(a->phone[0] ? "has phone" : "none");
	puts(verbose ? a->city : "-");
}
