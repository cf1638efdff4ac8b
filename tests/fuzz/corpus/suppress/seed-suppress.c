/* SPDX-License-Identifier: Apache-2.0 */
/* suppress.c - every form of suppression comment (docs/suppressions.md);
 * check-suppressions.py knows what each line should give. */
#include <stdio.h>

#include "pitrace.h"

struct person {
	char id_number[19] PI(id_number);
	char phone[16] PI(phone);
	char email[64] PI(email);
};

void trailing(const struct person *p)
{
	printf("%s\n", p->id_number); // pitrace: allow(pi-logging) reason: synthetic test data only
}

void own_line(const struct person *p)
{
	// pitrace: allow(pi-logging) reason: operator console, access controlled
	printf("%s\n", p->phone);
}

void no_reason(const struct person *p)
{
	printf("%s\n", p->email); // pitrace: allow(pi-logging)
}

void stale(const struct person *p)
{
	// pitrace: allow(pi-unencrypted-storage) reason: nothing is stored here any more
	printf("%zu\n", sizeof *p);
}

void next_line(const struct person *p, FILE *f)
{
	// pitrace: allow-next-line(pi-unencrypted-storage) reason: file is on the encrypted volume
	fputs(p->phone, f);
}

void block(const struct person *p, FILE *f)
{
	/* pitrace: begin-allow(pi-unencrypted-storage, pi-logging) reason: migration tool */
	fputs(p->id_number, f);
	printf("%s\n", p->email);
	/* pitrace: end-allow(pi-unencrypted-storage, pi-logging) */
	printf("%s\n", p->phone);
}

void in_string(const struct person *p)
{
	printf("// pitrace: allow(pi-logging) reason: not a comment %s\n", p->phone);
}

void unknown_rule(const struct person *p)
{
	printf("%s\n", p->phone); // pitrace: allow(pi-loging, pi-logging) reason: the known id still applies
}

void stray_end(const struct person *p)
{
	/* pitrace: end-allow(pi-logging) */
	printf("%s\n", p->email);
}
