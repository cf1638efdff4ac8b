/* Interprocedural: helpers that return only a length, a comparison result, a
 * boolean test or a checksum of PI. CONTRACT §3: data derived from PI only
 * through a comparison, a length, a checksum or a boolean test is not PI, so
 * callers logging these results are clean.
 * Positives: one control, a helper returning the PI itself.
 * Negatives: id_len(), id_matches(), id_is_valid(), id_is_empty() logged by
 * the caller; an out-parameter receiving strlen of PI. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
};

size_t id_len(const struct app *a)
{
        return strlen(a->id_number);
}

int id_matches(const struct app *a, const char *other)
{
        return strcmp(a->id_number, other) == 0;
}

int id_is_valid(const char *id)
{
        return strlen(id) == 18 && id[17] != 'Y';
}

int id_is_empty(const struct app *a)
{
        return a->id_number[0] == '\0';
}

void id_len_out(const struct app *a, size_t *out)
{
        *out = strlen(a->id_number);
}

const char *id_itself(const struct app *a)
{
        return a->id_number;
}

void report(const struct app *a)
{
        size_t n;
        printf("len %zu\n", id_len(a));
        printf("match %d\n", id_matches(a, "x"));
        printf("valid %d\n", id_is_valid(a->id_number));
        printf("empty %d\n", id_is_empty(a));
        id_len_out(a, &n);
        printf("n %zu\n", n);
        printf("id %s\n", id_itself(a)); // expect: pi-logging
}
