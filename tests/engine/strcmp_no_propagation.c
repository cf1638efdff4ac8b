/* A comparison result is not PI (CONTRACT section 3): strcmp/strncmp/memcmp of
 * PI, and a flag set from it, are clean; the PI itself is still PI. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
};

void show(struct app *a, const char *want)
{
	int r = strcmp(a->id_number, want);
	printf("%d\n", r);
	printf("%d\n", strncmp(a->id_number, "1101", 4));
	printf("%d\n", memcmp(a->id_number, want, 6));
	int same = strcmp(a->id_number, want) == 0;
	printf("%s\n", same ? "match" : "no match");
	printf("%s\n", a->id_number);            // expect: pi-logging "id_number"
}
