/* Interprocedural: a helper that reads the tagged field itself
 * (store(a) { fprintf(f, "%s", a->id_number); }). The PI source is inside the
 * helper, so the helper is the highest function on the path: the finding is
 * at its fprintf, and none of its callers is reported.
 * Positives: the fprintf in store() and the printf in show(); in note(),
 * which reads the field and hands it to a logging wrapper, the finding is
 * at note's log_line(...) call (first call on the way down in the highest
 * function), neither in log_line nor at note's callers.
 * Negatives: the calls store(a) / show(a) / note(a) in the callers; a helper
 * that reads only a non-PI field of the same struct. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        char name[32] PI(name);
        int age;
};

static FILE *db;

void store(const struct app *a)
{
        fprintf(db, "%s\n", a->id_number); // expect: pi-unencrypted-storage
}

void show(const struct app *a)
{
        printf("name: %s\n", a->name); // expect: pi-logging "name"
}

static void log_line(const char *s)
{
        fprintf(stderr, "%s\n", s);
}

void note(const struct app *a)
{
        log_line(a->name); // expect: pi-logging "name"
}

void show_age(const struct app *a)
{
        printf("age: %d\n", a->age);
}

void run(struct app *a)
{
        db = fopen("/var/lib/app/apps.txt", "a");
        store(a);
        show(a);
        note(a);
        show_age(a);
}

void run_again(struct app *a)
{
        store(a);
        show(a);
}
