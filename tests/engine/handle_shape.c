/* A descriptor is not a stream (docs/engine.md, "A descriptor is not a
 * stream"). A handle knows whether what made it returned a descriptor
 * (socket, open: an int) or a stream (fopen: a FILE *), and a sink's
 * stream has the type of its argument at the library call: fprintf's is
 * a FILE *, write's an int. A channel that keeps either in one untyped
 * slot, with a flag saying which, writes the socket with write() and the
 * file with fprintf(); a caller that opened both kinds of channel and
 * puts a customer's phone on each is told the fprintf stores it and the
 * write sends it, though the slot holds both. fdopen makes a stream of a
 * descriptor, and the stream it returns is the socket's. */
// pitrace-args: --no-heuristics
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/socket.h>
#include "pitrace.h"

struct customer {
	char phone[16] PI(phone);
};

struct channel {
	int is_socket;
	void *io;	/* an int descriptor when is_socket, else a FILE * */
};

void channel_open(struct channel *ch, int net, const char *path)
{
	ch->is_socket = net;
	if (net)
		ch->io = (void *)(intptr_t)socket(AF_INET, SOCK_STREAM, 0);
	else
		ch->io = fopen(path, "a");
}

void channel_send(struct channel *ch, const char *text)
{
	write((int)(intptr_t)ch->io, text, 16);
}

void channel_print(struct channel *ch, const char *text)
{
	fprintf((FILE *)ch->io, "%s\n", text);
}

void publish(const struct customer *c, int net)
{
	struct channel ch;
	channel_open(&ch, net, "/srv/app/customers.txt");
	if (ch.is_socket)
		channel_send(&ch, c->phone); // expect: pi-cleartext-transmission
	else
		channel_print(&ch, c->phone); // expect: pi-unencrypted-storage
}

void socket_as_stream(const struct customer *c)
{
	int sock = socket(AF_INET, SOCK_STREAM, 0);
	FILE *net = fdopen(sock, "w");
	fprintf(net, "%s\n", c->phone); // expect: pi-cleartext-transmission
}
