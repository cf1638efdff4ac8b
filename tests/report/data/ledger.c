/* The ledger (protected flows): one entry per call, control and source,
 * however many places the PI was read on the way. log_masked() is called
 * once with an ID number read at two places (two source sites, one call):
 * one ledger entry. emit() through a function pointer reaches two logging
 * functions: still one call, one entry. Before entries were merged, the
 * first case gave two. */
#include <stdio.h>
#include "pitrace.h"

struct person {
	char id_number[19] PI(id_number);
};

const char *mask_id(const char *id) PI_SANITIZER(mask);

static void log_a(const char *s) { printf("a %s\n", s); }
static void log_b(const char *s) { printf("b %s\n", s); }

void log_masked(const struct person *p, int first)
{
	const char *id = first ? p->id_number : p->id_number + 0;
	printf("%s\n", mask_id(id));
}

void emit(const struct person *p, int which)
{
	void (*out)(const char *) = which ? log_a : log_b;
	out(mask_id(p->id_number));
}
