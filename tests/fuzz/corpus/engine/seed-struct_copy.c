/* SPDX-License-Identifier: Apache-2.0 */
/* Copying a whole struct copies its tagged fields: after
 * struct app b = *a (or b = *a, or memberwise init from *a), b.id_number is
 * PI; b's untagged fields stay clean. */
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
	struct app b = *a;
	printf("%s\n", b.id_number);             // expect: pi-logging "id_number"
	printf("%s\n", b.city);
	printf("%d\n", b.age);
	struct app c;
	c = *a;
	printf("%s\n", c.id_number);             // expect: pi-logging
	printf("%s %d\n", c.city, c.age);
}
