/* xtu_callback_registration: the registry; it calls the stored callback.
 * Nothing is reported here: the PI comes from the caller of events_fire. */
#include <stddef.h>
#include "events.h"

static event_cb registered;

void events_register(event_cb cb)
{
        registered = cb;
}

void events_fire(const char *payload)
{
        if (registered)
                registered(payload);
}
