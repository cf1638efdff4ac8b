/* Arithmetic on PI (*, %, unary -, ~, >>, ++) still yields PI: the last four
 * digits of a card number are still about the person. Arithmetic on clean
 * values stays clean. Only comparisons, lengths, checksums and boolean tests
 * drop PI (CONTRACT section 3). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	long card PI(bank_account);
	long seq;
};

void show(struct app *a)
{
	printf("%ld\n", a->card * 2);            // expect: pi-logging "bank_account"
	printf("%ld\n", a->card % 10000);        // expect: pi-logging
	printf("%ld\n", -a->card);               // expect: pi-logging
	printf("%ld\n", ~a->card);               // expect: pi-logging
	printf("%ld\n", a->card >> 8);           // expect: pi-logging
	long x = a->card;
	x++;
	printf("%ld\n", x);                      // expect: pi-logging
	printf("%ld\n", a->seq * 2 + 1);
	long y = a->seq;
	y++;
	printf("%ld\n", y);
}
