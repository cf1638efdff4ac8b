/* SPDX-License-Identifier: Apache-2.0 */
/* Compound assignment (x += pi, x ^= pi, x *= pi) keeps PI in x; compound
 * assignment of clean values does not make x PI. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	long card PI(bank_account);
	long seq;
};

void show(struct app *a)
{
	long x = 0;
	x += a->card;
	printf("%ld\n", x);                      // expect: pi-logging "bank_account"
	long y = 7;
	y ^= a->card;
	printf("%ld\n", y);                      // expect: pi-logging
	long z = a->card;
	z *= 10;
	printf("%ld\n", z);                      // expect: pi-logging
	long w = 0;
	w += a->seq;
	w *= 3;
	printf("%ld\n", w);
}
