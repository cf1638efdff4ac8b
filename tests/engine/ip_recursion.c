/* Interprocedural: direct recursion. The analysis terminates, and finds
 * flows through recursive helpers.
 * Positives: log_parts() recursing down a string and logging each tail
 * (reported at the caller's log_parts call, since the caller hands it PI);
 * find_last() returning its argument via recursion, logged by the caller.
 * Negatives: the same recursive helpers called with non-PI; count_digits()
 * recursing over PI but returning only a count (a length is not PI). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        char city[32];
};

void log_parts(const char *s, int depth)
{
        if (!*s || depth > 3)
                return;
        printf("%d: %s\n", depth, s);
        log_parts(s + 1, depth + 1);
}

const char *find_last(const char *s)
{
        if (s[0] && s[1])
                return find_last(s + 1);
        return s;
}

int count_digits(const char *s)
{
        if (!*s)
                return 0;
        return (*s >= '0' && *s <= '9') + count_digits(s + 1);
}

void handle(const struct app *a)
{
        log_parts(a->id_number, 0); // expect: pi-logging "id_number"
        log_parts(a->city, 0);
        puts(find_last(a->id_number)); // expect: pi-logging "id_number"
        puts(find_last(a->city));
        printf("%d digits\n", count_digits(a->id_number));
}
