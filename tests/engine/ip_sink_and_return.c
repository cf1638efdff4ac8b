/* Interprocedural: a helper that both logs its argument and returns it.
 * Two findings on two calls: pi-logging at the caller's call of the helper
 * (it hands PI to a function that logs it), and pi-unencrypted-storage at
 * the caller's fputs of the returned value.
 * Negatives: the same helper with non-PI, and its returned value stored. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
        char name[32] PI(name);
};

const char *log_and_return(const char *s)
{
        puts(s);
        return s;
}

void handle(const struct app *a)
{
        FILE *f = fopen("/data/names.txt", "a");
        const char *r = log_and_return(a->name); // expect: pi-logging "name"
        fputs(r, f); // expect: pi-unencrypted-storage "name"
        const char *q = log_and_return("guest");
        fputs(q, f);
}
