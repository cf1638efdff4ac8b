/* SPDX-License-Identifier: Apache-2.0 */
/* wire.c - LEB128 numbers and length-prefixed bytes (wire.h). */
#include <string.h>

#include "wire.h"

void wire_put_uint(GByteArray *b, uint64_t v)
{
	guint8 buf[10];
	unsigned n = 0;
	do {
		guint8 byte = v & 0x7f;
		v >>= 7;
		buf[n++] = byte | (v ? 0x80 : 0);
	} while (v);
	g_byte_array_append(b, buf, n);
}

void wire_put_int(GByteArray *b, int64_t v)
{
	wire_put_uint(b, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

void wire_put_bytes(GByteArray *b, const void *p, size_t n)
{
	wire_put_uint(b, n);
	if (n)
		g_byte_array_append(b, p, (guint)n);
}

void wire_put_string(GByteArray *b, const char *s)
{
	if (!s) {
		wire_put_uint(b, 0);
		return;
	}
	size_t n = strlen(s);
	wire_put_uint(b, n + 1);
	g_byte_array_append(b, (const guint8 *)s, (guint)n);
}

void wire_reader_init(struct wire_reader *r, const void *data, size_t len)
{
	r->p = data;
	r->end = r->p + len;
	r->error = data || !len ? NULL : "no data";
}

void wire_fail(struct wire_reader *r, const char *why)
{
	/* p stays where the failure was, for the message; every read
	 * checks error first. */
	if (!r->error)
		r->error = why;
}

bool wire_failed(const struct wire_reader *r)
{
	return r->error != NULL;
}

bool wire_at_end(const struct wire_reader *r)
{
	return r->p == r->end;
}

uint64_t wire_get_uint(struct wire_reader *r)
{
	uint64_t v = 0;
	for (unsigned shift = 0; shift < 64; shift += 7) {
		if (r->error || r->p >= r->end) {
			wire_fail(r, "truncated");
			return 0;
		}
		guint8 byte = *r->p++;
		if (shift == 63 && byte > 1) {
			wire_fail(r, "number too large");
			return 0;
		}
		v |= (uint64_t)(byte & 0x7f) << shift;
		if (!(byte & 0x80))
			return v;
	}
	wire_fail(r, "number too long");
	return 0;
}

uint64_t wire_get_uint_max(struct wire_reader *r, uint64_t max, const char *what)
{
	uint64_t v = wire_get_uint(r);
	if (v > max) {
		wire_fail(r, what);
		return 0;
	}
	return v;
}

int64_t wire_get_int(struct wire_reader *r)
{
	uint64_t u = wire_get_uint(r);
	return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

unsigned wire_get_count(struct wire_reader *r, size_t min_bytes, const char *what)
{
	uint64_t n = wire_get_uint(r);
	size_t left = (size_t)(r->end - r->p);
	if (min_bytes < 1)
		min_bytes = 1;
	if (n > left / min_bytes || n > G_MAXUINT) {
		wire_fail(r, what);
		return 0;
	}
	return (unsigned)n;
}

size_t wire_offset(const struct wire_reader *r, const void *start)
{
	return (size_t)(r->p - (const guint8 *)start);
}

const guint8 *wire_get_bytes(struct wire_reader *r, size_t *n)
{
	uint64_t len = wire_get_uint(r);
	*n = 0;
	if (r->error)
		return NULL;
	if (len > (uint64_t)(r->end - r->p)) {
		wire_fail(r, "truncated");
		return NULL;
	}
	const guint8 *p = r->p;
	r->p += len;
	*n = (size_t)len;
	return p;
}

char *wire_get_string(struct wire_reader *r)
{
	uint64_t len = wire_get_uint(r);
	if (r->error || !len)
		return NULL;
	len--;
	if (len > (uint64_t)(r->end - r->p)) {
		wire_fail(r, "truncated");
		return NULL;
	}
	if (memchr(r->p, 0, (size_t)len)) {
		wire_fail(r, "a string holds a NUL byte");
		return NULL;
	}
	char *s = g_strndup((const char *)r->p, (gsize)len);
	r->p += len;
	return s;
}

bool wire_expect(struct wire_reader *r, const void *magic, size_t n, const char *what)
{
	if (r->error)
		return false;
	if ((size_t)(r->end - r->p) < n || memcmp(r->p, magic, n)) {
		wire_fail(r, what);
		return false;
	}
	r->p += n;
	return true;
}
