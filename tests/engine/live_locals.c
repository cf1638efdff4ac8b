/* A state carries no entries for locals that no path from a block reads
 * before writing them whole, nor for what a call returned when nothing
 * kept points to it (engine_live.c): a bison parser's per-action locals
 * and the objects its actions made met at its loop's head, and
 * PostgreSQL's base_yyparse spent minutes copying them. What is left
 * behind must be what nothing can read. These are the ways a local that
 * is dead by its name is still reached, each across a block boundary
 * where it is dead: every flow here must stay reported.
 * Negative: an action's local written anew in a later round of the loop
 * does not keep what an earlier round put there. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pitrace.h"

struct rec {
	char name[64];
	struct rec *next;
};

struct rec *make_rec(void)
{
	return calloc(1, sizeof(struct rec));
}

struct rec *make_other(void)
{
	return calloc(1, sizeof(struct rec));
}

/* p points where two calls' objects met, an object kept below p's own
 * place; q = p points there too, and p is dead from then on */
void joined_then_copied(int flag, const char *id PI(id_number))
{
	struct rec *p;
	if (flag)
		p = make_rec();
	else
		p = make_other();
	strcpy(p->name, id);
	struct rec *q = p;
	if (flag > 1)
		flag = 0;
	printf("%s\n", q->name);                // expect: pi-logging "id_number"
}

/* what a call returned, reached only through a field of a record local */
struct holder {
	struct rec *r;
};

void held_in_record(int flag, const char *id PI(id_number))
{
	struct holder h;
	h.r = make_rec();
	strcpy(h.r->name, id);
	if (flag)
		puts("branch");
	printf("%s\n", h.r->name);              // expect: pi-logging
}

/* a parser's loop: each action has locals of its own and hands its
 * result on in a variable that lives across the loop */
void parse(const int *tokens, int n, const char *id PI(id_number))
{
	char *result = NULL;
	for (int i = 0; i < n; i++) {
		switch (tokens[i]) {
		case 1: {
			char *copy = strdup(id);
			result = copy;
			break;
		}
		case 2: {
			char *blank = strdup("none");
			printf("%s\n", blank);
			free(blank);
			break;
		}
		default:
			break;
		}
	}
	if (result)
		printf("%s\n", result);                 // expect: pi-logging
}
