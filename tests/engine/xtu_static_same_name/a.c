/* xtu_static_same_name: two files each define a `static` function named
 * emit() (and a static helper get_value()) with the same signature; in a.c
 * emit() logs its argument and get_value() returns PI, in b.c emit() only
 * counts and get_value() returns a constant. Each caller must get the
 * function of its own translation unit.
 * Positives: emit(pi) in a.c; puts(get_value(..)) in a.c.
 * Negatives: emit(pi) in b.c; puts(get_value(..)) in b.c. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"
#include "app.h"

static void emit(const char *s)
{
        printf("a: %s\n", s);
}

static const char *get_value(const struct app *p)
{
        return p->phone;
}

void a_handle(const struct app *p)
{
        emit(p->phone); // expect: pi-logging "phone"
        puts(get_value(p)); // expect: pi-logging "phone"
}
