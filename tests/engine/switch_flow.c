/* switch: PI set in one case reaches a sink after the switch; fall-through
 * carries it into the next case; a case that overwrites the value with
 * non-PI before its own sink is clean; switching on PI does not make the
 * constants printed in its cases PI. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	char city[16];
};

void after_switch(struct app *a, int mode)
{
	const char *v = "-";
	switch (mode) {
	case 1:
		v = a->phone;
		break;
	case 2:
		v = a->city;
		break;
	default:
		break;
	}
	puts(v);                                 // expect: pi-logging "phone"
}

void fall_through(struct app *a, int mode)
{
	const char *v = "-";
	switch (mode) {
	case 1:
		v = a->phone;
		/* fall through */
	case 2:
		puts(v);                         // expect: pi-logging
		break;
	case 3:
		v = "three";
		puts(v);
		break;
	}
}

void only_clean(struct app *a, int mode)
{
	const char *v = "-";
	switch (mode) {
	case 1:
		v = a->city;
		break;
	case 2:
		v = "two";
		break;
	}
	puts(v);
}

void on_pi(struct app *a)
{
	switch (a->phone[0]) {
	case '1':
		puts("mobile");
		break;
	default:
		puts("other");
		break;
	}
}
