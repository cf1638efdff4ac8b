/* A record field given a function's parameter holds what that
 * function's callers pass it. libesmtp keeps the stream a program
 * registers for its protocol monitor in the session
 * (smtp_set_monitorcb(session, cb, stdout, 1) stores `arg` in
 * session->monitor_cb_arg), hands it on to its I/O layer
 * (sio_set_monitorcb(conn, ..., session->monitor_cb_arg)) and calls the
 * callback with it for every line it sends. The callback writes to that
 * stream: stdout, a log. Before, a field given a parameter was always of
 * unknown origin, so every monitored line was reported as storage; and
 * the I/O layer's field, given the session's field through a parameter,
 * must not keep the "unknown" the session's field had before its own
 * callers were known.
 * Positive: the recipient sent through the monitored connection is a log
 * line (sio_write's call of the monitor).
 * Negative: not storage. A second library whose callers pass a file
 * opened for writing keeps storage (archive_write). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct recipient {
	char *mailbox PI(email);
};

typedef void (*monitor_fn)(const char *buf, size_t len, void *arg);

struct siobuf {
	monitor_fn monitor_cb;
	void *cbarg;
};

struct session {
	monitor_fn monitor_cb;
	void *monitor_cb_arg;
	struct siobuf *conn;
};

void sio_set_monitorcb(struct siobuf *sio, monitor_fn cb, void *arg)
{
	sio->monitor_cb = cb;
	sio->cbarg = arg;
}

void set_monitorcb(struct session *s, monitor_fn cb, void *arg)
{
	s->monitor_cb = cb;
	s->monitor_cb_arg = arg;
}

/* the connection is a local here, as libesmtp's is: no owner's field
 * names it, so the record's field decides */
void session_open(struct session *s, struct siobuf *conn)
{
	sio_set_monitorcb(conn, s->monitor_cb, s->monitor_cb_arg);
	s->conn = conn;
}

void sio_write(struct siobuf *sio, const char *buf, size_t len)
{
	if (sio->monitor_cb != NULL)
		(*sio->monitor_cb)(buf, len, sio->cbarg);
}

static void monitor_cb(const char *buf, size_t len, void *arg)
{
	FILE *fp = arg;
	fwrite(buf, 1, len, fp);
}

void send_rcpt(struct session *s, const struct recipient *r)
{
	sio_write(s->conn, r->mailbox, strlen(r->mailbox));	// expect: pi-logging "email"
}

void setup(struct session *s, struct siobuf *conn)
{
	set_monitorcb(s, monitor_cb, stdout);
	session_open(s, conn);
}

/* a store whose callers give it a file */
struct archive {
	void *out;
};

void archive_open(struct archive *a, void *out)
{
	a->out = out;
}

void archive_write(struct archive *a, const struct recipient *r)
{
	fputs(r->mailbox, a->out);	// expect: pi-unencrypted-storage "email"
}

void archive_setup(struct archive *a)
{
	archive_open(a, fopen("/var/spool/archive/rcpts", "a"));
}
