/* An array initialiser holding PI: the element that was given PI is PI.
 * (Elements are not told apart: a clean element of the same array is a known
 * gap, kept out of the parsed code below.) A clean array is clean. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	long card PI(bank_account);
};

void show(struct app *a)
{
	const char *cols[2] = { a->phone, "x" };
	puts(cols[0]);                           // expect: pi-logging "phone"
	long nums[] = { 1, a->card };
	printf("%ld\n", nums[1]);                // expect: pi-logging "bank_account"
	const char *clean[2] = { "a", "b" };
	puts(clean[0]);
	puts(clean[1]);
#if 0
	/* known gap (unexpected finding): cols[1] is the literal "x", yet
	 * pitrace reports pi-logging here (array elements are not told apart
	 * even with constant indexes). */
	puts(cols[1]);
#endif
}
