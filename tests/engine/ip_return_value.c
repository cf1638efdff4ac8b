/* Interprocedural: PI returned by a getter travels up to the caller, which
 * logs it. The finding is at the caller's log call (the sink call in the
 * highest function on the path), not in the getter.
 * Positives: printf/fprintf(stderr) of get_owner_id(a), of a local assigned
 * from it, and of a two-level getter (get_id_via -> get_owner_id).
 * Negatives: a getter returning a non-PI field; a getter returning a string
 * literal; the return statements themselves. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        char city[32];
};

const char *get_owner_id(const struct app *a)
{
        return a->id_number;
}

const char *get_city(const struct app *a)
{
        return a->city;
}

const char *get_kind(const struct app *a)
{
        (void)a;
        return "personal";
}

const char *get_id_via(const struct app *a)
{
        const char *p = get_owner_id(a);
        return p;
}

void report(const struct app *a)
{
        printf("owner %s\n", get_owner_id(a)); // expect: pi-logging "id_number"
        const char *id = get_owner_id(a);
        fprintf(stderr, "owner=%s\n", id); // expect: pi-logging
        puts(get_id_via(a)); // expect: pi-logging
        printf("city %s\n", get_city(a));
        puts(get_kind(a));
}
