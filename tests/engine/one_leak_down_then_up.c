/* One leak, one finding, when a call sends the PI and leaves it in the
 * caller's handle: curl's SASL PLAIN message goes down
 * `sasl->params->sendauth(conn, &resp)` to the socket (a finding at that
 * call, in the function that read the password), and, left in the
 * connection's send buffer, goes up to every caller that later flushes
 * or closes the connection. Those callers' calls are more routes of the
 * one leak, listed with it, not leaks of their own (CONTRACT 3).
 * Positive: the call that sends the message (authenticate).
 * Negatives: the callers that flush the handle afterwards (do_login,
 * login_all), though the buffer still holds the message there.
 * Still its own finding: a route that left the reading function without
 * going down a reported call (save_password writes the password into the
 * handle by an assignment, and the caller that flushes it reports). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include "pitrace.h"

struct conn {
	int sock;
	char sendbuf[512];
	size_t sendlen;
	char saved[64];
};

struct account {
	char user[32];
	char password[64] PI(credential);
};

static void conn_send(struct conn *c, const char *text)
{
	size_t l = strlen(text);
	if (l > sizeof c->sendbuf)
		l = sizeof c->sendbuf;
	memcpy(c->sendbuf, text, l);
	c->sendlen = l;
	send(c->sock, c->sendbuf, c->sendlen, 0);
}

static void conn_flush(struct conn *c)
{
	send(c->sock, c->sendbuf, c->sendlen, 0);
}

static void authenticate(struct conn *c, const struct account *a)
{
	char msg[256];
	snprintf(msg, sizeof msg, "AUTH PLAIN %s %s", a->user, a->password);
	conn_send(c, msg);	// expect: pi-cleartext-transmission "credential"
}

static void save_password(struct conn *c, const struct account *a)
{
	strncpy(c->saved, a->password, sizeof c->saved - 1);
}

void do_login(struct conn *c, const struct account *a)
{
	authenticate(c, a);
	conn_flush(c);
}

void login_all(struct conn **cs, int n, const struct account *a)
{
	for (int i = 0; i < n; i++) {
		authenticate(cs[i], a);
		conn_flush(cs[i]);
	}
}

void remember(struct conn *c, const struct account *a)
{
	save_password(c, a);
	send(c->sock, c->saved, strlen(c->saved), 0);	// expect: pi-cleartext-transmission "credential"
}
