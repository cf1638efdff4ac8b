/* fprintf/fputs to stdout or stderr is a log (pi-logging), not storage. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
	char city[16];
};

void show(struct app *a)
{
	fprintf(stdout, "%s\n", a->id_number);   // expect: pi-logging "id_number"
	fprintf(stderr, "%s\n", a->id_number);   // expect: pi-logging
	fputs(a->id_number, stderr);             // expect: pi-logging
	fputc(a->id_number[0], stdout);          // expect: pi-logging
	FILE *out = stderr;
	fprintf(out, "%s\n", a->id_number);      // expect: pi-logging
	fprintf(stderr, "%s\n", a->city);
	fprintf(stdout, "%s\n", "static");
}
