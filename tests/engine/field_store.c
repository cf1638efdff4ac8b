/* PI stored into an untagged field of another struct (by strcpy, by
 * assignment, by designated initialiser) makes that field PI; the struct's
 * other fields stay clean (field-sensitive). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
};

struct msg {
	char text[32];
	const char *label;
	const char *note;
	int seq;
};

void show(struct app *a)
{
	struct msg m;
	strcpy(m.text, a->phone);
	m.label = "hello";
	m.seq = 1;
	puts(m.text);                            // expect: pi-logging "phone"
	puts(m.label);
	printf("%d\n", m.seq);

	struct msg n = { .label = a->phone, .note = "fixed", .seq = 2 };
	puts(n.label);                           // expect: pi-logging
	puts(n.note);
	printf("%d\n", n.seq);

	struct msg k = { .note = "x" };
	k.note = a->phone;
	puts(k.note);                            // expect: pi-logging
	puts(k.text);
}
