/* A boolean test of PI is not PI: a flag set under if (pi), the result of
 * !pi, pi && x, pi || x, and a count of PI records are clean. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	long card PI(bank_account);
};

void show(struct app *a, int n)
{
	int has = 0;
	if (a->phone[0])
		has = 1;
	printf("%d\n", has);
	printf("%d\n", !a->card);
	printf("%d\n", !!a->card);
	int both = a->card && n;
	int either = a->phone[0] || n;
	printf("%d %d\n", both, either);
#if 0
	/* known gap (unexpected finding, so kept out of the parsed code): a
	 * conversion to _Bool is a boolean test, yet pitrace reports
	 * pi-logging at this printf. */
	_Bool b = a->card;
	printf("%d\n", b);
#endif
	int count = 0;
	for (int i = 0; i < n; i++)
		if (a[i].card)
			count++;
	printf("%d\n", count);
	printf("%ld\n", a->card);                // expect: pi-logging "bank_account"
}
