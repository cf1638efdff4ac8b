/* Parsing PI text into a number (atoi, atol, strtol, strtoull) keeps it PI:
 * the number an identifier spells is still the identifier. Parsing clean
 * text gives a clean number. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <stdlib.h>
#include "pitrace.h"

struct app {
	char bank_account[24] PI(bank_account);
	char qty[8];
};

void show(struct app *a)
{
	int i = atoi(a->bank_account);
	printf("%d\n", i);                       // expect: pi-logging "bank_account"
	printf("%ld\n", atol(a->bank_account));  // expect: pi-logging
	long l = strtol(a->bank_account, NULL, 10);
	printf("%ld\n", l);                      // expect: pi-logging
	unsigned long long u = strtoull(a->bank_account, NULL, 10);
	printf("%llu\n", u);                     // expect: pi-logging
	printf("%d\n", atoi(a->qty));
	long q = strtol(a->qty, NULL, 10);
	printf("%ld\n", q);
}
