/* The kind of a stream follows the stream value through variables and
 * struct members: a FILE * field set to stderr is a log, one set from
 * fopen("data.csv") is storage. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
};

struct sinks {
	FILE *console;
	FILE *store;
};

void show(struct app *a)
{
	struct sinks s = { .console = stderr, .store = NULL };
	s.store = fopen("data.csv", "w");
	fputs(a->phone, s.console);              // expect: pi-logging "phone"
	fputs(a->phone, s.store);                // expect: pi-unencrypted-storage "phone"
	FILE *c = s.console;
	fprintf(c, "%s\n", a->phone);            // expect: pi-logging
	FILE *d = s.store;
	fprintf(d, "%s\n", a->phone);            // expect: pi-unencrypted-storage
	fputs("static", s.store);
}
