/* A rule file says which functions are allocators where the name does
 * not (docs/rules.md, "allocators"; docs/engine.md, "Pool allocators").
 * The engine takes a function returning `void *` whose name says it
 * allocates for one that returns fresh memory: what its body returns
 * from its pool is not applied at a call. chunk_get() is such an
 * allocator under another name: without its entry, both chunks are the
 * pool, the second chunk's constant overwrites the first chunk's PI and
 * that leak is lost. buf_alloc_room() is named like an allocator but
 * hands out room inside its buffer: without its entry (`"fresh":
 * false`), the room is taken for fresh memory and the buffer sent
 * afterwards no longer holds what was written there.
 * Positive: the first chunk's PI is logged; the buffer holding the PI
 * written into its room is sent. Negative: the second chunk holds a
 * constant. */
// pitrace-args: --rules rules.json --no-heuristics
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#define PI(c) __attribute__((annotate("pi:" c)))

struct block {
	char *freeptr;
};

struct pool {
	struct block *blocks;
};

void *chunk_get(struct pool *pool, size_t size)
{
	struct block *block = pool->blocks;
	char *chunk = block->freeptr;
	block->freeptr += size;
	return chunk;
}

struct node {
	char label[32];
};

void two_chunks(struct pool *pool, const char *name PI("name"))
{
	struct node *a = chunk_get(pool, sizeof *a);
	strcpy(a->label, name);
	struct node *b = chunk_get(pool, sizeof *b);
	strcpy(b->label, "constant");
	printf("%s\n", b->label);
	printf("%s\n", a->label);               // expect: pi-logging "name"
}

struct buf {
	char data[256];
	size_t len;
};

void *buf_alloc_room(struct buf *b, size_t n)
{
	char *room = b->data + b->len;
	b->len += n;
	return room;
}

void reserved(int fd, struct buf *b, const char *name PI("name"))
{
	char *room = buf_alloc_room(b, 32);
	strcpy(room, name);
	send(fd, b->data, b->len, 0);           // expect: pi-cleartext-transmission
}
