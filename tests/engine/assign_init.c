/* PI moves by initialisation and by plain assignment into untagged
 * variables; a variable assigned only non-PI stays clean. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	long card PI(bank_account);
	long seq;
};

void show(struct app *a)
{
	long init = a->card;
	long later;
	long clean = a->seq;
	later = a->card;
	printf("%ld\n", init);                   // expect: pi-logging "bank_account"
	printf("%ld\n", later);                  // expect: pi-logging
	printf("%ld\n", clean);
	long chain;
	long mid = chain = later;
	printf("%ld %ld\n", chain, mid);         // expect: pi-logging
	long fresh = 42;
	printf("%ld\n", fresh);
}
