/* SPDX-License-Identifier: Apache-2.0 */
/* Writing PI one character at a time (fputc/putc/putchar in a loop) is a
 * sink at the per-character call; the same loop over clean text is not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
	char city[16];
};

void show(struct app *a, FILE *f)
{
	for (int i = 0; a->id_number[i]; i++)
		fputc(a->id_number[i], f);       // expect: pi-unencrypted-storage "id_number"
	for (const char *p = a->id_number; *p; p++)
		putc(*p, stderr);                // expect: pi-logging
	for (int i = 0; a->city[i]; i++)
		fputc(a->city[i], f);
	for (int i = 0; a->city[i]; i++)
		putchar(a->city[i]);
}
