/* SPDX-License-Identifier: Apache-2.0 */
/* Tagged struct field read through a pointer: a->id_number is PI, an
 * untagged field of the same struct (a->age, a->status) is not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
	char status[8];
	int age;
};

void show(struct app *a)
{
	printf("id=%s\n", a->id_number);         // expect: pi-logging "id_number"
	printf("status=%s\n", a->status);
	printf("age=%d\n", a->age);
	printf("%s %d\n", a->status, a->age);
	fprintf(stderr, "%s/%s\n", a->status, a->id_number); // expect: pi-logging
}
