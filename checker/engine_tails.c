/* SPDX-License-Identifier: Apache-2.0 */
/* engine_tails.c - what a function reads below a deep input.
 *
 * An input past INPUT_STEPS is cut (place_input_cut) and stands for
 * everything below it: a caller then hands the callee all it holds
 * there. redis's sentinelCheckSubjectivelyDown reads `ri->link->cc`'s
 * subscription dictionaries, cut to `$0.*.link.* (deep)`, and got the
 * AUTH command its caller had just formatted into `cc->c.obuf`: every
 * client of the server then "held" the sentinel's password.
 *
 * So a summary keeps, for each deep input it has, the rest of the paths
 * the function read below it (its tails: `cc.*.sub.channels`), and a
 * caller looks only at what it holds on those paths: an entry below a
 * tail (a deep read takes all below it) or above one (a read takes what
 * the places above it hold). A deep input without tails (none noted,
 * or more than TAILS_MAX) stands for everything below it, as before.
 * The input's identity stays the cut path, so rows do not multiply. */
#include "engine_int.h"

#include <stdio.h>
#include <string.h>

/* Past this many tails an input stands for everything below it: tails
 * are to tell a few parts of a handle apart, not to rebuild the paths
 * the cut was for. */
#define TAILS_MAX 32

struct tails_key {
	const char *path;	/* interned */
	int param;
	bool number;
};

struct tails {
	bool any;		/* everything below the input */
	GPtrArray *v;		/* interned paths, none below another */
};

static guint tails_key_hash(gconstpointer k)
{
	const struct tails_key *t = k;
	return g_direct_hash(t->path) * 31u + (guint)t->param * 2u + t->number;
}

static gboolean tails_key_equal(gconstpointer a, gconstpointer b)
{
	const struct tails_key *x = a, *y = b;
	return x->path == y->path && x->param == y->param && x->number == y->number;
}

static void tails_free(gpointer v)
{
	struct tails *t = v;
	if (t->v)
		g_ptr_array_free(t->v, TRUE);
	g_free(t);
}

void tails_table_free(struct summary *s)
{
	if (s->tails)
		g_hash_table_destroy(s->tails);
	s->tails = NULL;
}

const struct tails *tails_of(const struct summary *s, const struct input *in)
{
	if (!s || !s->tails || !in->deep || in->param < 0)
		return NULL;
	struct tails_key key = { .path = in->path, .param = in->param, .number = in->number };
	const struct tails *t = g_hash_table_lookup(s->tails, &key);
	return t && !t->any && t->v->len ? t : NULL;
}

/* A tail read exactly (the value at that path, not what is below it)
 * is kept with this mark before it: "=cc" is the pointer `link->cc`,
 * "cc" everything below it as well. */
#define EXACT '='

static const char *bare(const char *tail)
{
	return *tail == EXACT ? tail + 1 : tail;
}

/* Whether tail a says all that tail b does. */
static bool tail_covers(const char *a, const char *b)
{
	if (*a == EXACT)
		return !strcmp(a, b);
	return path_below(bare(b), a);
}

/* Adds one tail; "" is the whole object. Returns whether t changed. */
static bool tails_add_one(struct tails *t, const char *tail)
{
	if (t->any)
		return false;
	if (!*tail || t->v->len >= TAILS_MAX) {
		t->any = true;
		g_ptr_array_set_size(t->v, 0);
		return true;
	}
	for (unsigned i = 0; i < t->v->len; i++)
		if (tail_covers(t->v->pdata[i], tail))
			return false;
	for (unsigned i = t->v->len; i-- > 0;)
		if (tail_covers(tail, t->v->pdata[i]))
			g_ptr_array_remove_index_fast(t->v, i);
	g_ptr_array_add(t->v, (gpointer)tail);
	return true;
}

bool tails_note(struct program *p, struct summary *s, const struct input *in, const char *prefix, bool exact,
		const struct tails *below)
{
	if (!s || !in->deep || in->param < 0)
		return false;
	if (!s->tails)
		s->tails = g_hash_table_new_full(tails_key_hash, tails_key_equal, g_free, tails_free);
	struct tails_key key = { .path = in->path, .param = in->param, .number = in->number };
	struct tails *t = g_hash_table_lookup(s->tails, &key);
	if (!t) {
		t = g_new0(struct tails, 1);
		t->v = g_ptr_array_new();
		g_hash_table_insert(s->tails, g_memdup2(&key, sizeof key), t);
	}
	if (!prefix)
		return tails_add_one(t, "");
	if (!below) {
		if (!exact || !*prefix)
			return tails_add_one(t, prog_intern(p, prefix));
		char *marked = g_strdup_printf("%c%s", EXACT, prefix);
		bool changed = tails_add_one(t, prog_intern(p, marked));
		g_free(marked);
		return changed;
	}
	bool changed = false;
	for (unsigned i = 0; i < below->v->len; i++) {
		const char *b = below->v->pdata[i];
		char *whole = !*prefix ? g_strdup(b)
			      : *b == EXACT ? g_strdup_printf("%c%s.%s", EXACT, prefix, b + 1)
					    : g_strconcat(prefix, ".", b, NULL);
		changed |= tails_add_one(t, prog_intern(p, whole));
		g_free(whole);
	}
	return changed;
}

bool tails_admit(const struct tails *t, const char *below)
{
	if (!t)
		return true;
	for (unsigned i = 0; i < t->v->len; i++) {
		const char *tail = t->v->pdata[i];
		if (path_below(bare(tail), below) || (*tail != EXACT && path_below(below, tail)))
			return true;
	}
	return false;
}

bool tails_cover(const struct tails *t, const char *below, bool deep)
{
	if (!t)
		return true;
	if (!deep)
		return tails_admit(t, below);
	for (unsigned i = 0; i < t->v->len; i++) {
		const char *tail = t->v->pdata[i];
		if (*tail != EXACT && path_below(below, tail))
			return true;
	}
	return false;
}

void tails_print(const struct tails *t, FILE *out)
{
	fputs(" [", out);
	for (unsigned i = 0; i < t->v->len; i++)
		fprintf(out, "%s%s", i ? " " : "", (const char *)t->v->pdata[i]);
	fputs("]", out);
}
