/* Loops: PI assigned late in one iteration reaches a sink at the top of the
 * next (loop-carried flow); a variable only ever holding clean values in the
 * loop stays clean, and a buffer cleared at the top of each iteration before
 * the sink is clean. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	char city[16];
};

void carried(struct app *apps, int n)
{
	const char *prev = "none";
	for (int i = 0; i < n; i++) {
		printf("prev=%s\n", prev);       // expect: pi-logging "phone"
		prev = apps[i].phone;
	}
}

void cleared_each_time(struct app *apps, int n)
{
	char buf[32];
	int i = 0;
	while (i < n) {
		strcpy(buf, "-");
		puts(buf);
		strcpy(buf, apps[i].phone);
		i++;
	}
}

void clean_loop(struct app *apps, int n)
{
	const char *prev = "none";
	do {
		printf("prev=%s\n", prev);
		prev = apps[--n].city;
	} while (n > 0);
}
