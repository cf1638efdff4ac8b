/* write() to descriptor 1 or 2 (or STDOUT_FILENO/STDERR_FILENO) is a log;
 * dprintf(2, ...) too. A descriptor number held in a variable (int fd = 2)
 * is a known gap, kept out of the parsed code below. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	char city[16];
};

void show(struct app *a)
{
	write(1, a->phone, strlen(a->phone));    // expect: pi-logging "phone"
	write(2, a->phone, strlen(a->phone));    // expect: pi-logging
	write(STDERR_FILENO, a->phone, 16);      // expect: pi-logging
	dprintf(2, "%s\n", a->phone);            // expect: pi-logging
	write(1, a->city, strlen(a->city));
}

#if 0
/* known gap: fd is descriptor 2 (or 1), yet pitrace reports
 * pi-unencrypted-storage at each write instead of pi-logging. */
void through_variable(struct app *a, int v)
{
	int fd = 2;
	write(fd, a->phone, 16);
	int out = STDOUT_FILENO;
	write(out, a->phone, 16);
	int either = v ? 1 : 2;
	write(either, a->phone, 16);
}
#endif
