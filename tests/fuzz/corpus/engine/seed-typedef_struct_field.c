/* SPDX-License-Identifier: Apache-2.0 */
/* Tagged fields of an anonymous struct reached through a typedef name, and
 * through a typedef of a pointer, are PI; untagged fields are not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

typedef struct {
	char id_number[19] PI(id_number);
	int n;
} rec_t;

typedef rec_t *rec_ptr;
typedef rec_t record_alias;

void show(rec_t *r, rec_ptr q, record_alias v)
{
	puts(r->id_number);                      // expect: pi-logging "id_number"
	printf("%d\n", r->n);
	puts(q->id_number);                      // expect: pi-logging
	printf("%d\n", q->n);
	puts(v.id_number);                       // expect: pi-logging
	printf("%d\n", v.n);
}
