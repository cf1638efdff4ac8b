/* SPDX-License-Identifier: Apache-2.0 */
/* Two variables with the same name in different scopes are different
 * variables: PI in the inner one does not leak into the outer one, and the
 * outer one holding PI is seen again after the inner block. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
};

void inner_pi(struct app *a)
{
	const char *p = "outer";
	{
		const char *p = a->phone;
		puts(p);                         // expect: pi-logging "phone"
	}
	puts(p);
}

void outer_pi(struct app *a)
{
	const char *p = a->phone;
	{
		const char *p = "inner";
		puts(p);
	}
	puts(p);                                 // expect: pi-logging
}
