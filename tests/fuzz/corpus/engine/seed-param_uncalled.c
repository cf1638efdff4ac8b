/* SPDX-License-Identifier: Apache-2.0 */
/* A tagged parameter of a function nobody calls (an entry point, a callback
 * registered elsewhere) is a source inside that function; its untagged
 * parameters are not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

void on_submit(const char *id PI(id_number), const char *note, int n)
{
	printf("%s\n", id);                      // expect: pi-logging "id_number"
	printf("%s\n", note);
	printf("%d\n", n);
	fprintf(stderr, "%s %s\n", note, id);    // expect: pi-logging
}
