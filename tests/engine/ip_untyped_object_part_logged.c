/* A helper that takes an object as `const void *` and writes its bytes
 * writes every tagged field of it (a blob writer); one that logs a part
 * it found below the pointer does not write the rest: freeradius's
 * cf_section_parse(cs, base, table) parses a config section into `base`
 * and logs a bad address it parsed there, not the client's password. */
#include <stddef.h>
#include <stdio.h>

struct client {
	char shortname[32];
	char password[32];
	int port;
};

static void complain_port(const void *base)
{
	const int *port = (const int *)((const char *)base + offsetof(struct client, port));
	fprintf(stderr, "bad port %d\n", *port);
}

static void save_blob(const void *base, size_t n, FILE *f)
{
	fwrite(base, n, 1, f);
}

void parse(struct client *c, FILE *f)
{
	complain_port(c);
	save_blob(c, sizeof *c, f);             // expect: pi-unencrypted-storage "credential"
}
