/* Pointer arithmetic inside a PI buffer (buf + 3, &buf[6], p++) still points
 * at PI; the same arithmetic over a clean buffer does not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
	char city[16];
};

void show(struct app *a)
{
	puts(a->id_number + 3);                  // expect: pi-logging "id_number"
	puts(&a->id_number[6]);                  // expect: pi-logging
	const char *p = a->id_number;
	p += 6;
	puts(p);                                 // expect: pi-logging
	const char *q = a->id_number;
	q++;
	puts(q);                                 // expect: pi-logging
	puts(a->city + 3);
	const char *c = a->city;
	c += 2;
	puts(c);
}
