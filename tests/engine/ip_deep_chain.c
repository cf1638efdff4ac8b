/* Interprocedural: a six-deep wrapper chain l1 -> ... -> l6 -> fprintf
 * (stderr), with the data reformatted on the way (snprintf into a local,
 * strdup). The finding is at the caller's l1 call only.
 * Positives: l1(a->name) from two callers.
 * Negatives: l1("x"); every inner call (l2..l6, fprintf). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pitrace.h"

struct app {
        char name[32] PI(name);
};

static void l6(const char *s) { fprintf(stderr, "%s\n", s); }
static void l5(const char *s) { l6(s); }
static void l4(const char *s) { char *d = strdup(s); l5(d); free(d); }
static void l3(const char *s) { char b[64]; snprintf(b, sizeof b, "[%s]", s); l4(b); }
static void l2(int lvl, const char *s) { if (lvl) l3(s); }
void l1(const char *s) { l2(1, s); }

void first(const struct app *a)
{
        l1(a->name); // expect: pi-logging "name"
        l1("x");
}

void second(const struct app *a)
{
        l1(a->name); // expect: pi-logging "name"
}
