/* xtu_annotations_on_definition: callers.
 * Positives: show_phone(s) and show_email(s) - the callee's parameter is
 * tagged, so each call is reported (the callers are the highest functions
 * on the path); logging a tagged field unmasked (control for hide()).
 * Negatives: show_plain(s); puts(hide(a->id_number)). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "api.h"

struct app {
        char id_number[19] PI(id_number);
};

void caller(const char *s)
{
        show_phone(s); // expect: pi-logging "phone"
        show_email(s); // expect: pi-logging "email"
        show_plain(s);
}

void masked(const struct app *a)
{
        puts(hide(a->id_number));
        puts(a->id_number); // expect: pi-logging "id_number"
}
