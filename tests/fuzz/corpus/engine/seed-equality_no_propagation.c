/* SPDX-License-Identifier: Apache-2.0 */
/* Relational and equality operators (==, !=, <) on PI yield non-PI. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	long card PI(bank_account);
};

void show(struct app *a, long other)
{
	int eq = a->card == other;
	int ne = (a->card != 0);
	int lt = a->card < other;
	printf("%d %d %d\n", eq, ne, lt);
	printf("%d\n", a->card == 6222020200112233L);
	printf("%ld\n", a->card);                // expect: pi-logging "bank_account"
	long sum = a->card + 1;
	printf("%ld\n", sum);                    // expect: pi-logging
}
