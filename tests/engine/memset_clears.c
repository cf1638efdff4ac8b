/* memset/bzero/explicit_bzero overwrite a buffer with zeros: it is clean from
 * that point on; a sink before the clear is still reported, and filling the
 * tagged field again afterwards makes it PI again. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
	char phone[16] PI(phone);
};

void show(struct app *a)
{
	char buf[32];
	strcpy(buf, a->id_number);
	puts(buf);                               // expect: pi-logging "id_number"
	memset(buf, 0, sizeof buf);
	puts(buf);

	char b2[32];
	strcpy(b2, a->phone);
	puts(b2);                                // expect: pi-logging "phone"
	bzero(b2, sizeof b2);
	puts(b2);

	char b3[32];
	strcpy(b3, a->phone);
	explicit_bzero(b3, sizeof b3);
	puts(b3);
}

void refill(void)
{
	struct app a;
	memset(&a, 0, sizeof a);
	puts(a.id_number);
	fgets(a.id_number, sizeof a.id_number, stdin);
	/* known gap: after the memset, a fresh read into the tagged field is
	 * not PI any more */
	puts(a.id_number);                       // expect: pi-logging
}
