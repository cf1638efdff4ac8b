/* SPDX-License-Identifier: Apache-2.0 */
/* Tagged struct field read through a struct value: a.id_number is PI,
 * untagged fields of the same struct are not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
	char city[16];
	int age;
};

void show(void)
{
	struct app a;
	fgets(a.id_number, sizeof a.id_number, stdin);
	fgets(a.city, sizeof a.city, stdin);
	puts(a.id_number);                       // expect: pi-logging "id_number"
	puts(a.city);
	printf("%d\n", a.age);
}
