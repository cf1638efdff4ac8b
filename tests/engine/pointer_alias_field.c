/* A pointer into a tagged field: char *s = app.id_number (and s = a->phone)
 * makes s point at PI; a pointer into an untagged field does not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
	char phone[16] PI(phone);
	char city[16];
};

void show(struct app app, struct app *a)
{
	char *s = app.id_number;
	const char *c = app.city;
	puts(s);                                 // expect: pi-logging "id_number"
	puts(c);
	const char *t;
	t = a->phone;
	puts(t);                                 // expect: pi-logging "phone"
	const char *u = &a->phone[0];
	puts(u);                                 // expect: pi-logging
	t = a->city;
	puts(t);
}
