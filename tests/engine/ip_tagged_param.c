/* Interprocedural: a parameter tagged PI(...) in the function's definition.
 * In a function with no callers in the program the parameter is the source
 * and the finding is at the function's own sink call.
 * In a function that has callers, the data comes from them: each caller's
 * call is the first call on the way down in the highest function, so the
 * callers are reported, not the sink inside.
 * Positives: printf in on_phone_event() (no callers); the two calls of
 * show_phone() in main_a()/main_b().
 * Negatives: the printf inside show_phone() (callers report instead); an
 * untagged parameter logged in a function with no callers. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

void on_phone_event(const char *phone PI(phone), int code)
{
        printf("event %d from %s\n", code, phone); // expect: pi-logging "phone"
}

void on_other_event(const char *topic)
{
        printf("event on %s\n", topic);
}

static void show_phone(const char *p PI(phone))
{
        printf("phone %s\n", p);
}

void main_a(const char *s)
{
        show_phone(s); // expect: pi-logging "phone"
}

void main_b(int number)
{
        char buf[16];
        snprintf(buf, sizeof buf, "%d", number);
        show_phone(buf); // expect: pi-logging "phone"
}
