/* A FILE * or a descriptor of unknown origin (a parameter, a struct member)
 * is storage by default (CONTRACT section 3). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <unistd.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	char city[16];
};

struct ctx {
	FILE *out;
};

void show(struct app *a, FILE *f, struct ctx *c, int fd)
{
	fprintf(f, "%s\n", a->phone);            // expect: pi-unencrypted-storage "phone"
	fputs(a->phone, c->out);                 // expect: pi-unencrypted-storage
	write(fd, a->phone, sizeof a->phone);    // expect: pi-unencrypted-storage
	fprintf(f, "%s\n", a->city);
	write(fd, a->city, sizeof a->city);
}
