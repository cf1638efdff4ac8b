/* SPDX-License-Identifier: Apache-2.0 */
/* sizeof (and _Alignof) of PI is a constant about the type, not PI. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
	long card PI(bank_account);
};

void show(struct app *a)
{
	printf("%zu\n", sizeof a->id_number);
	printf("%zu\n", sizeof(a->card));
	size_t n = sizeof *a;
	printf("%zu\n", n);
	printf("%zu\n", _Alignof(long));
	printf("%ld\n", a->card);                // expect: pi-logging "bank_account"
}
