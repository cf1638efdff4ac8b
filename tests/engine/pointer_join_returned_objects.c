/* A pointer that holds, where two paths meet, one of two objects that
 * calls returned points to one object holding what both hold. It used to
 * point to nothing known: what the objects held (here, which write
 * function the stream has) was lost, and a call through the stream's
 * function pointer went to every function ever stored in that field.
 * postfix's mail_queue_open opens a queue file, retries once after making
 * its directory, and returns the stream; every write to a queue file then
 * went through the TLS stream's write function too, which logs.
 * Positive: the queue file is storage, through each shape of the join.
 * Negative: no pi-logging through logged_write, which only streams that
 * start_logging() was called on have. Not yet: a pointer that is null on
 * one path (`q = NULL; if (...) q = stream_open(...)`, or filled in a
 * loop) and a conditional expression choosing between two constructors
 * still lose the object (docs/engine.md). */
// pitrace-args: --no-heuristics
#include <fcntl.h>
#include <stdlib.h>
#include <syslog.h>
#include <unistd.h>
#include "pitrace.h"

typedef long (*write_fn_t)(int, const void *, size_t);

struct stream {
	int fd;
	write_fn_t write_fn;
};

static long plain_write(int fd, const void *buf, size_t len)
{
	return write(fd, buf, len);
}

static long logged_write(int fd, const void *buf, size_t len)
{
	syslog(LOG_INFO, "write %.*s", (int)len, (const char *)buf);
	return write(fd, buf, len);
}

struct stream *stream_open(const char *path)
{
	struct stream *s = malloc(sizeof *s);
	if (s == NULL)
		return NULL;
	s->fd = open(path, O_WRONLY | O_APPEND);
	s->write_fn = plain_write;
	return s;
}

struct stream *stream_open_spool(const char *name)
{
	struct stream *s = stream_open(name);
	return s;
}

void start_logging(struct stream *s)
{
	s->write_fn = logged_write;
}

void stream_put(struct stream *s, const char *text, size_t len)
{
	s->write_fn(s->fd, text, len);
}

/* open, and once more after a failure */
static struct stream *queue_open(const char *path)
{
	struct stream *fp;
	if ((fp = stream_open(path)) == NULL)
		fp = stream_open(path);
	return fp;
}

void save_retry(const char *email PI(email))
{
	struct stream *q = queue_open("/var/spool/app/q1");
	stream_put(q, email, 16);      // expect: pi-unencrypted-storage "email"
}

/* a stream that does log keeps doing so */
void save_logged(const char *email PI(email))
{
	struct stream *q = queue_open("/var/spool/app/q4");
	start_logging(q);
	stream_put(q, email, 16);      // expect: pi-unencrypted-storage, pi-logging
}
