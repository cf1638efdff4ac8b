/* A char-by-char copy loop (dst[i] = src[i]; *d++ = *s++) moves PI into the
 * destination buffer; the same loop over a non-PI buffer does not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
	char city[16];
};

void show(struct app *a)
{
	char dst[19];
	int i;
	for (i = 0; a->id_number[i]; i++)
		dst[i] = a->id_number[i];
	dst[i] = '\0';
	puts(dst);                               // expect: pi-logging "id_number"

	char city[16];
	for (i = 0; a->city[i]; i++)
		city[i] = a->city[i];
	city[i] = '\0';
	puts(city);

	char out[19];
	const char *s = a->id_number;
	char *d = out;
	while ((*d++ = *s++))
		;
	/* known gap: a store through *d++ does not reach out[] */
	puts(out);                               // expect: pi-logging
}
