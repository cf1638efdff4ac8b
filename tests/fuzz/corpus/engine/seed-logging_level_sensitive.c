/* SPDX-License-Identifier: Apache-2.0 */
/* pi-logging of a sensitive category is an error: with --fail-on error a
 * single such finding (here a health record beside a warning-level phone)
 * makes the run exit 1. */
// pitrace-args: --no-heuristics --fail-on error
// expect-exit: 1
#include <stdio.h>
#include "pitrace.h"

struct person {
	char phone[16] PI(phone);
	char diagnosis[64] PI(health);
};

void show(struct person *p)
{
	puts(p->phone);                          // expect: pi-logging "phone"
	puts(p->diagnosis);                      // expect: pi-logging "health"
}
