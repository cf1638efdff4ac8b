/* Library calls that return a pointer into their argument (strchr, strrchr,
 * strstr, strtok, memchr) return PI when the argument is PI, and clean when
 * it is clean. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char address[64] PI(address);
	char city[64];
};

void show(struct app *a)
{
	puts(strchr(a->address, ' '));           // expect: pi-logging "address"
	puts(strrchr(a->address, ','));          // expect: pi-logging
	const char *s = strstr(a->address, "Road");
	puts(s);                                 // expect: pi-logging
	char *tok = strtok(a->address, ",");
	puts(tok);                               // expect: pi-logging
	const char *m = memchr(a->address, '#', sizeof a->address);
	puts(m);                                 // expect: pi-logging
	puts(strchr(a->city, ' '));
	puts(strtok(a->city, ","));
}
