/* streams.c - golden program: writers whose stream their callers choose.
 * Each finding's trace ends with a step saying where the caller's stream
 * comes from (a standard stream, fopen, socket, or nothing known), so that
 * its last step names the kind of its rule. */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "pitrace.h"

struct member {
	char phone[16] PI(phone);
	int level;
};

static void put_line(FILE *out, const char *text)
{
	fprintf(out, "%s\n", text);
}

static void put_raw(int fd, const char *text)
{
	write(fd, text, strlen(text));
}

void audit(const struct member *m)
{
	put_line(stderr, m->phone);
}

void archive(const struct member *m)
{
	FILE *f = fopen("members.dat", "a");
	if (!f)
		return;
	put_line(f, m->phone);
	fclose(f);
}

void relay(const struct member *m)
{
	int s = socket(AF_INET, SOCK_STREAM, 0);
	put_raw(s, m->phone);
	close(s);
}

void export_to(FILE *f, const struct member *m)
{
	put_line(f, m->phone);
}
