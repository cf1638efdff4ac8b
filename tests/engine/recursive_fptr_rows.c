/* A self-recursive function that calls through a function pointer its
 * argument holds, and passes deeper parts of that argument to itself:
 * applying its own summary at the recursive calls adds `calls` rows
 * (ROW_CALL) for the deeper paths to the same summary it is reading, and
 * the row array moves as it grows. summary_for_call read the row through
 * a pointer into the old array: PostgreSQL's cold run crashed there
 * (SIGSEGV after five minutes), and this file is a use-after-free under
 * the sanitizer build. The rows are read from a copy now.
 * The file must be analysed without a crash; its one finding (report())
 * shows the run completed. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct node {
        struct node *next;
        void (*emit)(const char *);
        struct node *left, *right;
};

void walk(struct node *n, const char *text)
{
        n->emit(text);
        if (n->next)
                walk(n->next, text);
        if (n->left)
                walk(n->left->right, text);
        if (n->right)
                walk(n->right->left->next, text);
}

/* Nothing is ever stored in `emit` here, so the recursive calls pass an
 * open pointer on, each a `calls` row of its own. */
void report(PI(email) const char *addr)
{
        puts(addr); // expect: pi-logging
}
