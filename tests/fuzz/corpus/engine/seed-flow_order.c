/* SPDX-License-Identifier: Apache-2.0 */
/* Flow-sensitivity: a sink before PI is put into a buffer is not reported,
 * the same sink after it is. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
};

void show(struct app *a)
{
	char buf[32] = "none";
	puts(buf);
	strcpy(buf, a->phone);
	puts(buf);                               // expect: pi-logging "phone"
	const char *p = "none";
	puts(p);
	p = a->phone;
	puts(p);                                 // expect: pi-logging
	p = "again";
	puts(p);
}
