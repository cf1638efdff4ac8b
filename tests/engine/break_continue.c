/* break, continue and early return: PI set on the path that breaks out of a
 * loop reaches the sink after it; a sink on a path that returns before PI is
 * set is clean; continue skips an assignment of PI in that iteration only. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
};

void found(struct app *apps, int n)
{
	const char *hit = "none";
	for (int i = 0; i < n; i++) {
		if (apps[i].phone[0] != '1')
			continue;
		hit = apps[i].phone;
		break;
	}
	puts(hit);                               // expect: pi-logging "phone"
}

void early_return(struct app *a, int ok)
{
	const char *v = "none";
	if (!ok) {
		puts(v);
		return;
	}
	v = a->phone;
	puts(v);                                 // expect: pi-logging
}

void continue_before_sink(struct app *a, int n)
{
	for (int i = 0; i < n; i++) {
		const char *v = "none";
		if (i % 2)
			continue;
		puts(v);
		v = a->phone;
	}
}
