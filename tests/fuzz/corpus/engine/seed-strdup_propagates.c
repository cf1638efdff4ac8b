/* SPDX-License-Identifier: Apache-2.0 */
/* strdup/strndup return a copy of PI; a duplicate of a clean string is clean. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	char city[16];
};

void show(struct app *a)
{
	char *d = strdup(a->phone);
	puts(d);                                 // expect: pi-logging "phone"
	free(d);
	char *n = strndup(a->phone, 7);
	puts(n);                                 // expect: pi-logging
	free(n);
	char *c = strdup(a->city);
	puts(c);
	free(c);
}
