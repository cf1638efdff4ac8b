/* A pointer that one path sets to null and another to a new buffer
 * points, where the paths meet, to that buffer (or nowhere). curl's
 * dynamic buffer (dynbuf.c's dyn_nappend) frees and nulls its buffer on
 * the paths that fail, reallocates it on the one that grows it, and
 * copies the bytes appended into it: every byte appended to a curl
 * buffer (request headers, formatted strings) was lost with the pointer,
 * its summary said nothing was copied.
 * Positive: the password appended to the buffer is sent.
 * Negative: a buffer that is only ever freed and nulled (reset) holds
 * nothing of the password, and the length sent after it is a number. */
// pitrace-args: --no-heuristics
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include "pitrace.h"

struct dynbuf {
	char *bufr;
	size_t leng, allc, toobig;
};

static void dyn_free(struct dynbuf *s)
{
	free(s->bufr);
	s->bufr = NULL;
	s->leng = s->allc = 0;
}

static int dyn_append(struct dynbuf *s, const char *mem, size_t len)
{
	size_t indx = s->leng, a = s->allc, fit = len + indx + 1;
	if (fit > s->toobig) {
		dyn_free(s);
		return -1;
	}
	if (!a)
		a = fit < 32 ? 32 : fit;
	while (a < fit)
		a *= 2;
	if (a != s->allc) {
		char *p = realloc(s->bufr, a);
		if (!p) {
			free(s->bufr);
			s->bufr = NULL;
			return -1;
		}
		s->bufr = p;
		s->allc = a;
	}
	memcpy(&s->bufr[indx], mem, len);
	s->leng = indx + len;
	s->bufr[s->leng] = 0;
	return 0;
}

struct login {
	char *passwd PI(credential);
};

void send_password(int sock, const struct login *l)
{
	struct dynbuf d = { .toobig = 1024 };
	dyn_append(&d, l->passwd, strlen(l->passwd));
	send(sock, d.bufr, d.leng, 0);	// expect: pi-cleartext-transmission "credential"
}

void send_reset(int sock, const struct login *l)
{
	struct dynbuf d = { .toobig = 1024 };
	size_t n = strlen(l->passwd);
	dyn_free(&d);
	send(sock, &n, sizeof n, 0);
}
