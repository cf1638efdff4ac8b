/* Interprocedural: an untagged global written with PI in one function and
 * read in another. The finding is at the reading function's sink call
 * (that is where the data leaves), not at the assignment.
 * Positives: puts(g_last_phone) in report(); a wrapper call in flush() that
 * hands the global to a logging wrapper (reported at the wrapper call).
 * Negatives: the assignment in remember(); a global that only ever holds
 * non-PI (g_last_city) read and logged the same way. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
        char phone[16] PI(phone);
        char city[32];
};

const char *g_last_phone;
const char *g_last_city;

void remember(const struct app *app)
{
        g_last_phone = app->phone;
        g_last_city = app->city;
}

void report(void)
{
        puts(g_last_phone); // expect: pi-logging "phone"
        puts(g_last_city);
}

static void say(const char *s)
{
        fprintf(stderr, "%s\n", s);
}

void flush(void)
{
        say(g_last_phone); // expect: pi-logging "phone"
        say(g_last_city);
}
