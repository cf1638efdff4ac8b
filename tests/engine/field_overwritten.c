/* A tagged field overwritten with non-PI is clean from that point on; the
 * same field read before the overwrite is reported. memset of the whole
 * struct clears every field. Overwriting one field (strcpy of a literal,
 * memset of the field, snprintf) is a known gap, kept out of the parsed code
 * below because pitrace still reports the read after it. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	char id_number[19] PI(id_number);
};

void wipe(struct app *a)
{
	puts(a->id_number);                      // expect: pi-logging "id_number"
	memset(a, 0, sizeof *a);
	puts(a->id_number);
	puts(a->phone);
}

void wipe_local(void)
{
	struct app a;
	fgets(a.phone, sizeof a.phone, stdin);
	puts(a.phone);                           // expect: pi-logging "phone"
	memset(&a, 0, sizeof a);
	puts(a.phone);
}

void redact(struct app *a)
{
	puts(a->phone);                          // expect: pi-logging "phone"
	strcpy(a->phone, "n/a");
#if 0
	/* known gap (unexpected finding): after strcpy(a->phone, "n/a") the
	 * field holds non-PI, yet pitrace reports pi-logging here; likewise
	 * after memset(a->phone, 0, sizeof a->phone) or snprintf into it. */
	puts(a->phone);
#endif
	puts(a->id_number);                      // expect: pi-logging
}
