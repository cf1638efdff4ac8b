/* Past its third step an input is cut and stands for all below it, but
 * a caller hands over only what lies on the paths the callee reads
 * below the cut (its tails): `ri->link->cc->channels` is read from
 * `$0.*.link.*`, and the password the caller formatted into
 * `ri->link->cc->obuf` is not on that path. redis's
 * sentinelCheckSubjectivelyDown frees a connection's subscription
 * dictionaries; its caller had just queued the AUTH command in the same
 * connection's output buffer, and every client of the server came to
 * "hold" the sentinel's password. What the callee reads through a
 * pointer stored on its path, what it reads below it as a whole and
 * what a callee of its own reads all still count. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct conn {
	char *obuf;		/* the next command to send */
	char *channels;		/* the channels subscribed to */
	char *name;
};

struct link {
	struct conn *cc;
};

struct instance {
	struct link *link;
	char auth_pass[32] PI(credential);
};

static void log_channels(struct instance *ri)
{
	printf("closing, subscribed to %s\n", ri->link->cc->channels);
}

static void log_queued(struct instance *ri)
{
	printf("closing, queued: %s\n", ri->link->cc->obuf);
}

static void log_conn(const struct conn *c)
{
	fwrite(c, sizeof *c, 1, stderr);
}

/* the whole connection, read below the cut by a callee */
static void dump_conn(struct instance *ri)
{
	log_conn(ri->link->cc);
}

static void dump_name(struct instance *ri)
{
	printf("closing %s\n", ri->link->cc->name);
}

void send_auth(struct instance *ri, char *buf)
{
	strcpy(buf, "AUTH ");
	strcat(buf, ri->auth_pass);
	ri->link->cc->obuf = buf;
	log_channels(ri);	/* another field of the connection */
	dump_name(ri);
	log_queued(ri); // expect: pi-logging
}

void send_auth_dump(struct instance *ri, char *buf)
{
	strcpy(buf, "AUTH ");
	strcat(buf, ri->auth_pass);
	ri->link->cc->obuf = buf;
	log_channels(ri);
	dump_conn(ri); // expect: pi-logging
}
