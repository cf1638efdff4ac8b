/* strcpy/strncpy copy PI into the destination buffer and their return value;
 * copying a clean string leaves the destination clean. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
	char city[16];
};

void show(struct app *a)
{
	char buf[32];
	strcpy(buf, a->id_number);
	puts(buf);                               // expect: pi-logging "id_number"
	char ret[32];
	puts(strcpy(ret, a->id_number));         // expect: pi-logging
	char n[32];
	strncpy(n, a->id_number, sizeof n - 1);
	n[sizeof n - 1] = '\0';
	puts(n);                                 // expect: pi-logging
	char c[32];
	strcpy(c, a->city);
	puts(c);
	puts(strcpy(c, "fixed"));
}
