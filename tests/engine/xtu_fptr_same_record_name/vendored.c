/* xtu_fptr_same_record_name: a project that links a vendored library
 * with a record of the same name as one of its own. redis builds
 * hiredis, whose `struct dictType` has a keyCompare of another type than
 * redis's own dictType, and a hiredis lookup was taken to call redis's
 * comparers, which free redis objects and log through redis: the
 * sentinel password fed to hiredis came out in redis's log. A function
 * stored in a field without a cast has that field's type, so a call
 * through a field of another type does not reach it; one stored through
 * a cast still may. This file is the vendored library: its table calls
 * its own comparer only. */
#include <string.h>

struct table_type {
	int (*compare)(void *priv, const void *a, const void *b);
};

struct table {
	const struct table_type *type;
	void *priv;
	const char *keys[4];
};

static int lib_compare(void *priv, const void *a, const void *b)
{
	(void)priv;
	return strcmp(a, b) == 0;
}

static const struct table_type lib_type = { lib_compare };

void lib_init(struct table *t)
{
	t->type = &lib_type;
}

int lib_find(struct table *t, const char *key)
{
	for (int i = 0; i < 4; i++)
		if (t->keys[i] && t->type->compare(t->priv, key, t->keys[i]))
			return i;
	return -1;
}

/* a hook table of the library's own; the program stores into its own
 * record of this name through a cast */
struct hook_type {
	void (*run)(void *arg);
};

struct hook {
	const struct hook_type *type;
};

void lib_run(struct hook *h, char *arg)
{
	h->type->run(arg);
}
