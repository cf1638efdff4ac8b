/* SPDX-License-Identifier: Apache-2.0 */
/* A length is not PI: strlen/strnlen of PI and values computed from the
 * length are clean. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
};

void show(struct app *a)
{
	size_t n = strlen(a->id_number);
	printf("%zu\n", n);
	printf("%zu\n", strlen(a->id_number));
	printf("%zu\n", strnlen(a->id_number, 18));
	int missing = 18 - (int)n;
	printf("%d\n", missing);
	printf("%.*s\n", (int)n, a->id_number);  // expect: pi-logging "id_number"
}
