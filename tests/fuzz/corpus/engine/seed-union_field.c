/* SPDX-License-Identifier: Apache-2.0 */
/* A tagged member of a union is PI when read; an untagged member of a
 * different, unrelated union is not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

union contact {
	char phone[16] PI(phone);
	char email[64] PI(email);
};

union settings {
	char theme[16];
	int level;
};

struct profile {
	int kind;
	union contact c;
};

void show(union contact *u, struct profile *p, union settings *s)
{
	puts(u->phone);                          // expect: pi-logging "phone"
	puts(p->c.email);                        // expect: pi-logging "email"
	puts(s->theme);
	printf("%d %d\n", s->level, p->kind);
}
