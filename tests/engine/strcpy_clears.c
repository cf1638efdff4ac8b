/* A buffer overwritten with non-PI by strcpy/strncpy/snprintf is clean from
 * that point on (flow-sensitive): the sink before the overwrite is reported,
 * the one after it is not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
};

void show(struct app *a)
{
	char buf[32];
	strcpy(buf, a->id_number);
	puts(buf);                               // expect: pi-logging "id_number"
	strcpy(buf, "n/a");
	puts(buf);

	char b2[32];
	strcpy(b2, a->id_number);
	puts(b2);                                // expect: pi-logging
	strncpy(b2, "unknown", sizeof b2);
	puts(b2);

	char b3[32];
	strcpy(b3, a->id_number);
	puts(b3);                                // expect: pi-logging
	snprintf(b3, sizeof b3, "%d", 0);
	puts(b3);
}
