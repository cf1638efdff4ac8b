/* pi-logging of non-sensitive categories (name, phone, email, address,
 * birthdate) is a warning: with --fail-on error the run exits 0. */
// pitrace-args: --no-heuristics --fail-on error
// expect-exit: 0
#include <stdio.h>
#include "pitrace.h"

struct person {
	char name[32] PI(name);
	char phone[16] PI(phone);
	char email[64] PI(email);
	char address[64] PI(address);
	char birthdate[11] PI(birthdate);
};

void show(struct person *p)
{
	puts(p->name);                           // expect: pi-logging
	puts(p->phone);                          // expect: pi-logging
	puts(p->email);                          // expect: pi-logging
	puts(p->address);                        // expect: pi-logging
	puts(p->birthdate);                      // expect: pi-logging
}
