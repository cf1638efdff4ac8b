/* Calls through a function pointer the caller passes (ROW_CALL in
 * docs/engine.md): a stream abstraction like redis's rio. Each kind of
 * stream is made from a template struct holding its write function, and
 * stream_write() calls through `s->write`. Of its own, stream_write()
 * reaches every function the program stores in that field; a caller that
 * knows which stream it made gets stream_write() (and the wrapper
 * write_field() around it) analysed for that stream.
 * Positives: PI written through a file stream; through a stream whose
 * kind the caller does not know (it came from its own caller), where
 * every writer stays possible.
 * Negatives: PI written through a memory stream, which only copies into a
 * buffer; the same stream written with a constant. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct stream {
	size_t (*write)(struct stream *s, const void *buf, size_t len);
	char *mem;
	size_t pos;
	FILE *fp;
};

static size_t mem_write(struct stream *s, const void *buf, size_t len)
{
	memcpy(s->mem + s->pos, buf, len);
	s->pos += len;
	return len;
}

static size_t file_write(struct stream *s, const void *buf, size_t len)
{
	return fwrite(buf, len, 1, s->fp);
}

static const struct stream mem_stream = { mem_write, NULL, 0, NULL };
static const struct stream file_stream = { file_write, NULL, 0, NULL };

static void stream_init_mem(struct stream *s, char *mem)
{
	*s = mem_stream;
	s->mem = mem;
}

static void stream_init_file(struct stream *s, FILE *fp)
{
	*s = file_stream;
	s->fp = fp;
}

static size_t stream_write(struct stream *s, const void *buf, size_t len)
{
	return s->write(s, buf, len);
}

static size_t write_field(struct stream *s, const char *text)
{
	return stream_write(s, text, strlen(text));
}

struct person {
	char id_number[19] PI(id_number);
};

void save_to_file(const struct person *p, FILE *fp)
{
	struct stream s;
	stream_init_file(&s, fp);
	write_field(&s, p->id_number); // expect: pi-unencrypted-storage "id_number"
}

void copy_to_memory(const struct person *p, char *mem)
{
	struct stream s;
	stream_init_mem(&s, mem);
	write_field(&s, p->id_number);
	write_field(&s, "\n");
}

void save_to_any(const struct person *p, struct stream *s)
{
	write_field(s, p->id_number); // expect: pi-unencrypted-storage "id_number"
}
