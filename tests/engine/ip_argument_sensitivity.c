/* Interprocedural precision: a wrapper reports only for the arguments that
 * actually reach its sink, and each call site is judged by what it passes
 * (context sensitivity).
 *  - audit(who, what) logs `what` only; `who` is used for a comparison.
 *  - ident(s) returns its argument: PI in, PI out; non-PI in, non-PI out.
 *  - pick(a, b, first) returns one of its arguments (either may flow).
 * Positives: audit("x", pi); puts(ident(pi)); puts(pick(pi, "x", c)) and
 * puts(pick("x", pi, c)).
 * Negatives: audit(pi, "x"); puts(ident("x")) after ident(pi) was called
 * elsewhere; puts(pick("x", "y", c)). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
        char name[32] PI(name);
};

void audit(const char *who, const char *what)
{
        if (strcmp(who, "root") == 0)
                return;
        printf("audit: %s\n", what);
}

const char *ident(const char *s)
{
        return s;
}

const char *pick(const char *a, const char *b, int first)
{
        return first ? a : b;
}

void handle(const struct app *a, int c)
{
        audit("x", a->name); // expect: pi-logging "name"
        audit(a->name, "x");
        puts(ident(a->name)); // expect: pi-logging "name"
        puts(ident("x"));
        puts(pick(a->name, "x", c)); // expect: pi-logging "name"
        puts(pick("x", a->name, c)); // expect: pi-logging "name"
        puts(pick("x", "y", c));
}
