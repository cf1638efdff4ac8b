/* Tails pass up through calls: `close_link` reads only the subscription
 * list below the connection it is handed, `close_instance` hands it
 * `ri->link->cc` and so reads, below its own cut input `$0.*.link.*`,
 * `cc.*.subs` and nothing else. The password its caller queued in
 * `cc->obuf` stays out of the log; the one it wrote into the
 * subscriptions (a channel named after it, as a careless program might)
 * does not. A callee that reads the connection through a pointer kept in
 * a local follows the same path. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct conn {
	char *obuf;
	char *subs;
};

struct link {
	struct conn *cc;
};

struct instance {
	struct link *link;
	char auth_pass[32] PI(credential);
};

static void close_link(struct conn *c)
{
	printf("unsubscribing from %s\n", c->subs);
}

static void close_instance(struct instance *ri)
{
	close_link(ri->link->cc);
}

static void close_through_local(struct instance *ri)
{
	struct conn *c = ri->link->cc;
	printf("unsubscribing from %s\n", c->subs);
}

void queue_auth(struct instance *ri, char *buf)
{
	strcpy(buf, ri->auth_pass);
	ri->link->cc->obuf = buf;
	close_instance(ri);	/* the queue is not what is logged */
	close_through_local(ri);
}

void subscribe_to_password(struct instance *ri, char *buf)
{
	strcpy(buf, ri->auth_pass);
	ri->link->cc->subs = buf;
	close_instance(ri); // expect: pi-logging
	close_through_local(ri); // expect: pi-logging
}
