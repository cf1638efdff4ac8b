/* SPDX-License-Identifier: Apache-2.0 */
/* sprintf formats PI into the destination buffer; sprintf of clean arguments
 * leaves its buffer clean. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char email[64] PI(email);
	int age;
};

void show(struct app *a)
{
	char line[128];
	sprintf(line, "mail=%s", a->email);
	puts(line);                              // expect: pi-logging "email"
	char clean[32];
	sprintf(clean, "age=%d", a->age);
	puts(clean);
}
