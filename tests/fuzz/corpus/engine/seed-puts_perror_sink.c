/* SPDX-License-Identifier: Apache-2.0 */
/* puts, perror and putchar write to the console: logs. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	char city[16];
};

void show(struct app *a)
{
	puts(a->phone);                          // expect: pi-logging "phone"
	perror(a->phone);                        // expect: pi-logging
	putchar(a->phone[0]);                    // expect: pi-logging
	puts(a->city);
	perror(a->city);
	perror("open");
}
