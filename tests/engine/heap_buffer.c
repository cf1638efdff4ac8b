/* Heap buffers: PI copied into malloc'd memory is PI through every pointer
 * to it; a fresh allocation filled with clean text is clean. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
};

void show(struct app *a)
{
	char *m = malloc(32);
	if (!m)
		return;
	strcpy(m, a->phone);
	char *n = m;
	puts(m);                                 // expect: pi-logging "phone"
	puts(n);                                 // expect: pi-logging
	free(m);
	m = malloc(32);
	if (!m)
		return;
	strcpy(m, "x");
	puts(m);
	free(m);
	char *c = calloc(1, 32);
	if (c)
		puts(c);
	free(c);
}
