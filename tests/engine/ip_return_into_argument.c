/* A callee that returns a pointer into its argument's object hands out
 * room there: opensmtpd's iobuf_reserve returns `q->buf + q->wpos` of the
 * queue's last buffer (a new one linked in first when it is full), and
 * its caller copies the reply into it; the writer later sends the queue.
 * What is copied through the returned pointer is in the argument's
 * object. A callee that copies PI into a static buffer and returns that
 * (mailaddr_to_text) returns no pointer into its argument: writing a
 * constant through the result neither reaches the queue nor overwrites
 * the address it was copied from, which is still PI afterwards. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct qbuf {
	struct qbuf *next;
	char *buf;
	size_t wpos;
};

struct queue {
	struct qbuf *first;
	struct qbuf *last;
	int fd;
};

struct mailaddr {
	char user[64];
};

static struct qbuf *qbuf_alloc(struct queue *q)
{
	struct qbuf *b = malloc(sizeof *b);
	if (b == NULL)
		return NULL;
	b->buf = malloc(4096);
	b->wpos = 0;
	b->next = NULL;
	if (q->last == NULL)
		q->first = b;
	else
		q->last->next = b;
	q->last = b;
	return b;
}

static void *reserve(struct queue *q, size_t len)
{
	struct qbuf *b;
	void *r;
	if ((b = q->last) == NULL || b->wpos + len > 4096) {
		if ((b = qbuf_alloc(q)) == NULL)
			return NULL;
	}
	r = b->buf + b->wpos;
	b->wpos += len;
	return r;
}

static void flush(struct queue *q)
{
	for (struct qbuf *b = q->first; b; b = b->next)
		write(q->fd, b->buf, b->wpos);
}

static char *to_text(const struct mailaddr *m)
{
	static char text[64];
	strncpy(text, m->user, sizeof text);
	return text;
}

void send_address(struct queue *q, const char *email)
{
	char *room = reserve(q, strlen(email));
	if (room)
		memcpy(room, email, strlen(email));
	flush(q);                                      // expect: pi-unencrypted-storage "email"
}

void send_constant(struct queue *q, struct mailaddr *to)
{
	char *t = to_text(to);
	memcpy(t, "postmaster", 11);
	write(q->fd, to->user, 0);                     // expect: pi-unencrypted-storage
	flush(q);
}
