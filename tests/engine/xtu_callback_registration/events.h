/* xtu_callback_registration: a callback registered in one file
 * (handlers.c registers on_contact) and invoked through a stored function
 * pointer in another (events.c fire()). See handlers.c. */
#ifndef EVENTS_H
#define EVENTS_H
typedef void (*event_cb)(const char *payload);
void events_register(event_cb cb);
void events_fire(const char *payload);
#endif
