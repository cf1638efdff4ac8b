/* SPDX-License-Identifier: Apache-2.0 */
/* strcat/strncat append PI to a buffer: the buffer is PI afterwards, and not
 * before; appending clean text to a clean buffer keeps it clean. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	char city[16];
};

void show(struct app *a)
{
	char line[64] = "phone=";
	puts(line);
	strcat(line, a->phone);
	puts(line);                              // expect: pi-logging "phone"
	char n[64] = "p=";
	strncat(n, a->phone, 4);
	puts(n);                                 // expect: pi-logging
	char c[64] = "city=";
	strcat(c, a->city);
	puts(c);
}
