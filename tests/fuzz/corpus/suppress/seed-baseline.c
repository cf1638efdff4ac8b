/* SPDX-License-Identifier: Apache-2.0 */
/* baseline.c - the program check-baseline.py edits: two findings to record
 * in a baseline, and an unrelated function to rename. */
#include <stdio.h>

#include "pitrace.h"

struct member {
	char id_number[19] PI(id_number);
	char phone[16] PI(phone);
};

int unrelated_helper(int x)
{
	return x * 2;
}

void report_member(const struct member *m)
{
	printf("member %s\n", m->id_number);
	/* NEW LEAK */
}

void save_member(const struct member *m, FILE *db)
{
	fputs(m->phone, db);
}
