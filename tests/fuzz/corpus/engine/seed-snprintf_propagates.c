/* SPDX-License-Identifier: Apache-2.0 */
/* snprintf formats PI into the destination buffer; a buffer formatted from
 * clean arguments only is clean. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
	char city[16];
	int age;
};

void show(struct app *a)
{
	char line[64];
	snprintf(line, sizeof line, "id=%s age=%d", a->id_number, a->age);
	puts(line);                              // expect: pi-logging "id_number"
	char clean[64];
	snprintf(clean, sizeof clean, "city=%s age=%d", a->city, a->age);
	puts(clean);
	char n[8];
	snprintf(n, sizeof n, "%zu", sizeof a->id_number);
	puts(n);
}
