/* xtu_callback_registration: cross-TU indirect call. on_contact (logs its
 * payload) is registered here and called through a pointer inside
 * events_fire() in events.c. A flow into the called function's sink is
 * found at the indirect call, and the function that hands PI to
 * events_fire() is the highest on that path: reported at its events_fire()
 * call.
 * Positives: events_fire(u->email).
 * Negatives: events_fire("tick"); the fprintf in on_contact. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"
#include "events.h"

struct user {
        char email[64] PI(email);
};

static void on_contact(const char *payload)
{
        fprintf(stderr, "contact: %s\n", payload);
}

void setup(void)
{
        events_register(on_contact);
}

void notify(const struct user *u)
{
        events_fire(u->email); // expect: pi-logging "email"
        events_fire("tick");
}
