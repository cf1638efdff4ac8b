/* SPDX-License-Identifier: Apache-2.0 */
/* wire.h - the compact byte encoding shared by the IR's serialised form,
 * facts files, the cache and the run memo: LEB128 numbers and
 * length-prefixed bytes appended to a GByteArray, and a reader that checks
 * every read against the end of its buffer.
 *
 * The reader's failure is sticky: after the first bad read every get
 * returns 0 (or NULL) and wire_failed() says so, so that a decoder reads a
 * whole record and checks once, and a truncated or corrupt buffer can never
 * make it read outside the buffer. The first failure's reason is kept for
 * the message.
 */
#ifndef PITRACE_WIRE_H
#define PITRACE_WIRE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <glib.h>

/* Writing; the GByteArray is the caller's. */
void wire_put_uint(GByteArray *b, uint64_t v);
void wire_put_int(GByteArray *b, int64_t v);	/* zig-zag, so -1 is one byte */
void wire_put_bytes(GByteArray *b, const void *p, size_t n);	/* length first */
void wire_put_string(GByteArray *b, const char *s);	/* NULL and "" differ */

struct wire_reader {
	const guint8 *p, *end;
	const char *error;	/* static text; NULL until a read fails */
};

void wire_reader_init(struct wire_reader *r, const void *data, size_t len);
uint64_t wire_get_uint(struct wire_reader *r);
/* A number that must lie in [0, max]; anything else fails the reader. */
uint64_t wire_get_uint_max(struct wire_reader *r, uint64_t max, const char *what);
int64_t wire_get_int(struct wire_reader *r);
/* A count of items that each take at least min_bytes of what is left:
 * fails rather than let a corrupt count drive a huge allocation. */
unsigned wire_get_count(struct wire_reader *r, size_t min_bytes, const char *what);
/* Points into the buffer; *n is the length. */
const guint8 *wire_get_bytes(struct wire_reader *r, size_t *n);
/* A copy with a terminating NUL (free with g_free()); NULL for a NULL
 * string or on failure (tell them apart with wire_failed()). Fails on a
 * string with a NUL inside: the IR's strings never hold one. */
char *wire_get_string(struct wire_reader *r);
/* Reads exactly n raw bytes (no length prefix) and compares. */
bool wire_expect(struct wire_reader *r, const void *magic, size_t n, const char *what);
void wire_fail(struct wire_reader *r, const char *why);
bool wire_failed(const struct wire_reader *r);
bool wire_at_end(const struct wire_reader *r);
/* Bytes read from start (the buffer given to wire_reader_init()); after a
 * failure, where it happened. */
size_t wire_offset(const struct wire_reader *r, const void *start);

#endif
