/* What a pool allocator returns is fresh memory, as malloc's is, though
 * its body returns a pointer into the pool (`return from $0.* (points
 * into it)`). Taken as it reads, every chunk was the pool itself: a
 * second chunk's constant overwrote the first chunk's PI (a leak lost),
 * and in PostgreSQL, whose palloc hands out chunks of the global
 * CurrentMemoryContext, every object the program allocated was one object
 * with every context it ever switched to, and the analysis never ended.
 * An allocator is a function returning `void *` whose name says it
 * allocates; only its returns from the pool are dropped (a record it is
 * given, or what it reads itself), so a repalloc still returns the chunk
 * it is given with what it holds. A function that hands out room inside a
 * buffer under another name (buf_reserve) still aliases it.
 * Positive: the PI written into the first chunk is logged, through each
 * way of getting a chunk, and through repalloc and buf_reserve. Negative:
 * the second chunk holds a constant. */
// pitrace-args: --no-heuristics
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include "pitrace.h"

struct block {
	char *freeptr;
};

struct pool {
	struct block *blocks;
};

struct pool *current_pool;

void *pool_alloc(struct pool *pool, size_t size)
{
	struct block *block = pool->blocks;
	char *chunk = block->freeptr;
	block->freeptr += size;
	return chunk;
}

void *palloc(size_t size)
{
	return pool_alloc(current_pool, size);
}

void *repalloc(void *chunk, size_t size)
{
	(void)size;
	return chunk;
}

struct node {
	char label[32];
};

void two_chunks(struct pool *pool, const char *name PI(name))
{
	struct node *a = pool_alloc(pool, sizeof *a);
	strcpy(a->label, name);
	struct node *b = pool_alloc(pool, sizeof *b);
	strcpy(b->label, "constant");
	printf("%s\n", b->label);
	printf("%s\n", a->label);               // expect: pi-logging "name"
}

void two_pallocs(const char *name PI(name))
{
	struct node *a = palloc(sizeof *a);
	strcpy(a->label, name);
	struct node *b = palloc(sizeof *b);
	strcpy(b->label, "constant");
	printf("%s\n", b->label);
	printf("%s\n", a->label);               // expect: pi-logging
}

void grown(const char *name PI(name))
{
	char *buf = palloc(64);
	strcpy(buf, name);
	buf = repalloc(buf, 128);
	printf("%s\n", buf);                    // expect: pi-logging
}

struct buf {
	char data[256];
	size_t len;
};

void *buf_reserve(struct buf *b, size_t n)
{
	char *room = b->data + b->len;
	b->len += n;
	return room;
}

void reserved(int fd, struct buf *b, const char *name PI(name))
{
	char *room = buf_reserve(b, 32);
	strcpy(room, name);
	send(fd, b->data, b->len, 0);           // expect: pi-cleartext-transmission
}

/* An allocator's bookkeeping inside the pool (a free list made from its
 * blocks) is not applied at its calls: it only moves what the caller
 * holds in the pool within the pool. Its other rows are: one that logs
 * the pool's label when the pool runs dry reports the label's PI. */
struct labelled_pool {
	char *label;
	struct block *blocks;
	struct block *freelist;
	size_t left;
};

void *labelled_alloc(struct labelled_pool *pool, size_t size)
{
	if (size > pool->left) {
		fprintf(stderr, "pool %s exhausted\n", pool->label);
		return NULL;
	}
	pool->freelist = pool->blocks;
	pool->left -= size;
	return pool->blocks->freeptr;
}

void name_the_pool(struct labelled_pool *pool, char *name PI(name))
{
	pool->label = name;
	struct node *n = labelled_alloc(pool, sizeof *n); // expect: pi-logging
	(void)n;
}
