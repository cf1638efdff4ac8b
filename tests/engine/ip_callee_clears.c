/* Interprocedural flow-sensitivity: a callee that overwrites what its
 * pointer argument points to, on every path, ends the PI the caller had
 * put there (ROW_CLEAR in docs/engine.md), just as an overwrite in the
 * caller itself would.
 * Positives: the scratch buffer logged before reset_scratch(); after
 * fill_maybe(), which overwrites only on one path; after copy_in(), which
 * overwrites it with PI again.
 * Negatives: the scratch buffer logged after reset_scratch() and after
 * set_status(), both of which overwrite it with a constant on every path. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct session {
	char id_number[19] PI(id_number);
	char scratch[64];
};

static void reset_scratch(struct session *s)
{
	strcpy(s->scratch, "-");
}

static void set_status(struct session *s, int ok)
{
	if (ok)
		snprintf(s->scratch, sizeof s->scratch, "ok");
	else
		snprintf(s->scratch, sizeof s->scratch, "failed %d", ok);
}

static void fill_maybe(struct session *s, int really)
{
	if (really)
		strcpy(s->scratch, "-");
}

static void copy_in(struct session *s, const char *from)
{
	strcpy(s->scratch, from);
}

void handle(struct session *s, int flag)
{
	strcpy(s->scratch, s->id_number);
	printf("%s\n", s->scratch); // expect: pi-logging "id_number"
	reset_scratch(s);
	printf("%s\n", s->scratch);

	strcpy(s->scratch, s->id_number);
	set_status(s, flag);
	printf("%s\n", s->scratch);

	strcpy(s->scratch, s->id_number);
	fill_maybe(s, flag);
	printf("%s\n", s->scratch); // expect: pi-logging "id_number"

	reset_scratch(s);
	copy_in(s, s->id_number);
	printf("%s\n", s->scratch); // expect: pi-logging "id_number"
}
