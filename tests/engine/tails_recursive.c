/* tails_recursive.c: the paths a function reads below a cut input (its
 * tails, engine_tails.c) compose through calls, and through a recursion
 * they grew a step each round. PostgreSQL's dynahash hashes a lock's tag
 * through the hash table's function pointer, and one of the table's hash
 * functions takes the key for a process-lock tag: it reads the process
 * pointer and hashes the tag of the lock the key points to, which the
 * table hashes again. Each round read one more `tag.mylock.*` before
 * `=tag.myproc`, and the three functions stopped at their bound before
 * they settled: a run problem, exit 2 (08dbb29 fails here). Tails are cut
 * at the step bound of places, and the component settles; the PI beside
 * it is still found. */
#include <stdio.h>
#include "pitrace.h"

struct ltag {
	unsigned dbid, relid;
};
struct lock {
	struct ltag tag;
	char holder[32] PI(name);
};
struct proc {
	int pid;
};
struct ptag {
	struct lock *mylock;
	struct proc *myproc;
};
struct htab {
	unsigned (*hash)(const void *key);
};

static unsigned proclock_hash(const void *key);
static struct htab lock_tab = { proclock_hash };

static unsigned get_hash(struct htab *h, const void *key)
{
	return h->hash(key);
}

static unsigned lock_tag_hash(const struct ltag *t)
{
	return get_hash(&lock_tab, t);
}

static unsigned proclock_hash(const void *key)
{
	const struct ptag *pt = key;
	return lock_tag_hash(&pt->mylock->tag) ^ (unsigned)(unsigned long)pt->myproc;
}

unsigned lock_hash_and_log(struct ptag *pt)
{
	unsigned h = proclock_hash(pt);
	printf("%s\n", pt->mylock->holder); // expect: pi-logging
	return h;
}
