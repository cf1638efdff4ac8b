/* A stream chosen at run time between stdout and a data file may be either:
 * both pi-logging and pi-unencrypted-storage are reported at the same call.
 * The same choice between descriptor 1 and an open()ed data file is a known
 * gap, kept out of the parsed code below. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	char city[16];
};

void show(struct app *a, int to_file)
{
	FILE *out = to_file ? fopen("data.csv", "w") : stdout;
	fprintf(out, "%s\n", a->phone);          // expect: pi-logging pi-unencrypted-storage
	fprintf(out, "%s\n", a->city);
	FILE *o2 = stderr;
	if (to_file)
		o2 = fopen("records.txt", "a");
	fputs(a->phone, o2);                     // expect: pi-logging pi-unencrypted-storage
	FILE *o3 = fopen("/var/log/app.log", "a");
	if (!o3)
		o3 = stderr;
	fputs(a->phone, o3);                     // expect: pi-logging
}

#if 0
/* known gap: only pi-unencrypted-storage is reported at these writes; the
 * descriptor may be 1 (a log), so pi-logging is due as well. */
#include <fcntl.h>
#include <unistd.h>
void descriptor_choice(struct app *a, int to_file)
{
	int fd = to_file ? open("x.db", O_WRONLY) : 1;
	write(fd, a->phone, 16);
	write(to_file ? open("y.db", O_WRONLY) : 2, a->phone, 16);
}
#endif
