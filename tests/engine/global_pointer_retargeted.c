/* global_pointer_retargeted: a global pointer first given an object's
 * address and later something else (postgresql's xloginsert.c
 * mainrdata_last, miscinit.c MyLatch). Forgetting its targets freed them
 * twice and aborted the run ("free(): invalid pointer"); the leak through
 * the pointer is still reported. */
#include <stdio.h>
#include "pitrace.h"

struct latch {
	char owner[32] PI(name);
};

static struct latch local_latch;
static struct latch shared_latch;
static struct latch *my_latch;

void init_latch(void)
{
	my_latch = &local_latch;
}

void switch_latch(struct latch *other)
{
	my_latch = other;
}

void use_shared(void)
{
	switch_latch(&shared_latch);
	my_latch = &shared_latch;
}

void show_latch(void)
{
	printf("%s\n", my_latch->owner); // expect: pi-logging
}
