/* Interprocedural: a callback and the context registered with it
 * (opensmtpd's io_set_callback(s->io, smtp_io, s), called back through
 * the pair as `io->cb(io, evt, io->arg)`). The program hands each
 * context only to the callback registered with it, so what one of
 * several candidates writes into its context does not reach the others
 * through the record's pair of fields.
 * Positives: the SMTP callback stores the recipient in its own session
 * on one event and sends it on the next; the dispatcher's second call is
 * where the stream is chosen (io_dispatch, in serve_smtp's context, where
 * io->cb is smtp_io alone). What a callback writes into the record
 * itself (its buffer, not the context) is the record's, and the caller
 * that sends that buffer leaks it (serve_smtp).
 * Negative: the bounce callback spools its own session's reply, which
 * never holds the recipient, though both callbacks are candidates of the
 * call through io->cb where no caller says which (io_dispatch on its own:
 * a storage finding there before this rule). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include "pitrace.h"

struct io {
	int sock;
	char buf[256];
	void (*cb)(struct io *, int, void *);
	void *arg;
};

struct smtp_session {
	struct io *io;
	char reply[256];
	char rcpt[128] PI(email);
};

struct bounce_session {
	struct io *io;
	char reply[256];
	FILE *spool;
};

static void io_set_callback(struct io *io, void (*cb)(struct io *, int, void *), void *arg)
{
	io->cb = cb;
	io->arg = arg;
}

static void io_callback(struct io *io, int evt)
{
	io->cb(io, evt, io->arg);
}

void io_dispatch(struct io *io)
{
	io_callback(io, 1);
	io_callback(io, 2);	// expect: pi-cleartext-transmission "email"
}

static void smtp_io(struct io *io, int evt, void *arg)
{
	struct smtp_session *s = arg;
	if (evt == 1) {
		snprintf(s->reply, sizeof s->reply, "550 <%s>\r\n", s->rcpt);
		snprintf(io->buf, sizeof io->buf, "250 <%s>\r\n", s->rcpt);
	} else {
		send(io->sock, s->reply, strlen(s->reply), 0);
	}
}

static void bounce_io(struct io *io, int evt, void *arg)
{
	struct bounce_session *s = arg;
	(void)io;
	if (evt == 2)
		fputs(s->reply, s->spool);
}

void serve_smtp(struct smtp_session *s, int sock)
{
	s->io = calloc(1, sizeof *s->io);
	s->io->sock = sock;
	io_set_callback(s->io, smtp_io, s);
	io_dispatch(s->io);
	send(sock, s->io->buf, strlen(s->io->buf), 0);	// expect: pi-cleartext-transmission "email"
}

void serve_bounce(struct bounce_session *b, int sock)
{
	b->io = calloc(1, sizeof *b->io);
	b->io->sock = sock;
	io_set_callback(b->io, bounce_io, b);
	io_dispatch(b->io);
}
