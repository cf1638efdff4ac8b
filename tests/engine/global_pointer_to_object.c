/* global_pointer_to_object: a pointer to an object stored in a global,
 * and the object read through the global in another function (redis's
 * `server.current_client = c`, read back by logCurrentClient). The store
 * keeps only the pointer's own value, not what the object held, so the
 * leak through `server.current->buf` is missed: a known gap. Copying the
 * object's fields below the global where the pointer is stored finds it
 * (and still not `argv`), but on real code it found no true leak and
 * added false ones (redis, openvpn: docs/engine.md, "The global store"). */
#include <stdio.h>
#include <string.h>

struct client {
	char buf[64];
	char *argv;
};

struct account {
	char *password;
};

struct server {
	struct client *current;
} server;

void handle(struct client *c, struct account *acct)
{
	strncpy(c->buf, acct->password, sizeof c->buf - 1);
	server.current = c;
}

void log_current(void)
{
	printf("command %s\n", server.current->argv);
	printf("reply %s\n", server.current->buf); // xfail: pi-logging
}

int main(void)
{
	static struct client c;
	static struct account a = { "secret" };
	handle(&c, &a);
	log_current();
	return 0;
}
