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
 * The input's identity stays the cut path, so rows do not multiply.
 *
 * A row that widening cut (engine_summary.c) reads everything below its
 * input, except the pointers a caller parked there (`s->X = param`): it
 * takes those only on the paths it was cut from, its parked tails
 * (docs/engine.md, "Parked pointers"). */
#include "engine_int.h"

#include <stdio.h>
#include <string.h>

/* Past this many tails an input stands for everything below it: tails
 * are to tell a few parts of a handle apart, not to rebuild the paths
 * the cut was for. */
#define TAILS_MAX 32
/* Parked-pointer tails are only looked at for the few entries that hold
 * a parked pointer, and a state record's cut rows read many of its
 * fields: more of them are kept before they are cut shorter. */
#define PARKED_MAX 256

/* By parameter and path only: a number row and the same row read
 * otherwise merge into one (engine_summary.c), which must take the
 * tails of both. */
struct tails_key {
	const char *path;	/* interned */
	int param;
};

/* A path below the input, interned or inside an interned path (a
 * place's), read exactly (the value there: the pointer `link->cc`) or
 * with all below it. */
struct tail {
	const char *path;
	bool exact;
};

struct tails {
	bool any;		/* everything below the input */
	/* a row reads the input: its callers have applied it, and more
	 * tails must make them apply it again */
	bool used;
	/* parked tails: past PARKED_MAX, cut shorter rather than
	 * everything (tails_fit) */
	bool fit;
	GArray *v;		/* struct tail, none covering another */
	/* Where, below an input whose tails are everything, its reads take
	 * a pointer a caller parked there (an entry with param_ptrs), noted
	 * as the tails are but with a callee's parked tails where the callee
	 * read everything (tails_parked). NULL: where the tails say. */
	struct tails *parked;
};

static guint tails_key_hash(gconstpointer k)
{
	const struct tails_key *t = k;
	return g_direct_hash(t->path) * 31u + (guint)t->param;
}

static gboolean tails_key_equal(gconstpointer a, gconstpointer b)
{
	const struct tails_key *x = a, *y = b;
	return x->path == y->path && x->param == y->param;
}

static void tails_free(gpointer v)
{
	struct tails *t = v;
	if (t->parked)
		tails_free(t->parked);
	if (t->v)
		g_array_free(t->v, TRUE);
	g_free(t);
}

void tails_table_free(struct summary *s)
{
	if (s->tails)
		g_hash_table_destroy(s->tails);
	s->tails = NULL;
	if (s->parked)
		g_ptr_array_free(s->parked, TRUE);
	s->parked = NULL;
}

const struct tails *tails_filter(const struct tails *t)
{
	return t && !t->any && t->v->len ? t : NULL;
}

/* Whether tail a says all that tail b does. */
static bool tail_covers(const struct tail *a, const struct tail *b)
{
	if (a->exact)
		return b->exact && !strcmp(a->path, b->path);
	return path_below(b->path, a->path);
}

/* Adds one tail; "" is the whole object (read exactly, the input's own
 * value: a deep input is never read so, and taking all is safe).
 * Returns whether t changed. */
static bool tails_add_one(struct tails *t, const char *path, bool exact)
{
	if (t->any)
		return false;
	struct tail n = { .path = path, .exact = exact };
	if (!*path || (!t->fit && t->v->len >= TAILS_MAX)) {
		t->any = true;
		g_array_set_size(t->v, 0);
		return true;
	}
	for (unsigned i = 0; i < t->v->len; i++)
		if (tail_covers(&g_array_index(t->v, struct tail, i), &n))
			return false;
	for (unsigned i = t->v->len; i-- > 0;)
		if (tail_covers(&n, &g_array_index(t->v, struct tail, i)))
			g_array_remove_index_fast(t->v, i);
	g_array_append_val(t->v, n);
	return true;
}

static struct tails *tails_alloc(bool fit)
{
	struct tails *t = g_new0(struct tails, 1);
	t->v = g_array_new(FALSE, FALSE, sizeof(struct tail));
	t->fit = fit;
	return t;
}

struct tails *tails_entry(struct summary *s, const struct input *in)
{
	if (!s->tails)
		s->tails = g_hash_table_new_full(tails_key_hash, tails_key_equal, g_free, tails_free);
	struct tails_key key = { .path = in->path, .param = in->param };
	struct tails *t = g_hash_table_lookup(s->tails, &key);
	if (!t) {
		t = tails_alloc(false);
		g_hash_table_insert(s->tails, g_memdup2(&key, sizeof key), t);
	}
	return t;
}

const struct tails *tails_used(struct summary *s, const struct input *in)
{
	if (!in->deep || in->param < 0)
		return NULL;
	struct tails *t = tails_entry(s, in);
	t->used = true;
	if (t->parked)
		t->parked->used = true;
	return t;
}

/* An input's parked tails are its tails until a read notes something
 * else there, and then a copy of them that goes its own way: most
 * inputs never see a cut row. */
struct tails *tails_parked(struct tails *t)
{
	if (!t->parked) {
		t->parked = tails_alloc(true);
		t->parked->used = t->used;
		t->parked->any = t->any;
		for (unsigned i = 0; i < t->v->len; i++)
			g_array_append_val(t->parked->v, g_array_index(t->v, struct tail, i));
	}
	return t->parked;
}

struct tails *tails_parked_if(struct tails *t)
{
	return t->parked;
}

struct tails *tails_new_parked(struct summary *s)
{
	if (!s->parked)
		s->parked = g_ptr_array_new_with_free_func(tails_free);
	struct tails *t = tails_alloc(true);
	t->used = true;
	g_ptr_array_add(s->parked, t);
	return t;
}

const struct tails *row_parked(const struct row *r)
{
	if (!r->tails || tails_filter(r->tails))
		return NULL;
	return tails_filter(r->parked ? r->parked : r->tails->parked);
}

static unsigned path_nsteps(const char *path)
{
	unsigned n = *path ? 1 : 0;
	for (; *path; path++)
		n += *path == '.';
	return n;
}

/* Parked-pointer tails past PARKED_MAX are cut a step shorter (taking
 * all below where they are cut) until they fit: gammu's state is read
 * on many paths (`Phone.Data.RequestMsg.*.Buffer`,
 * `Phone.Data.Priv.ATGEN.ErrorCode`...), and first steps still tell
 * them from the field a command parked its caller's buffer in
 * (`Phone.Data.PhoneString`). Tails of one step that do not fit are
 * everything. */
static void tails_fit(struct program *p, struct tails *t)
{
	while (!t->any && t->v->len > PARKED_MAX) {
		unsigned longest = 0;
		for (unsigned i = 0; i < t->v->len; i++) {
			unsigned n = path_nsteps(g_array_index(t->v, struct tail, i).path);
			longest = n > longest ? n : longest;
		}
		if (longest <= 1) {
			t->any = true;
			g_array_set_size(t->v, 0);
			return;
		}
		GArray *old = t->v;
		t->v = g_array_new(FALSE, FALSE, sizeof(struct tail));
		for (unsigned i = 0; i < old->len; i++) {
			const struct tail *x = &g_array_index(old, struct tail, i);
			bool cut = path_nsteps(x->path) == longest;
			tails_add_one(t, cut ? path_first_steps(p, prog_intern(p, x->path), longest - 1) : x->path,
				      x->exact && !cut);
		}
		g_array_free(old, TRUE);
	}
}

/* Tails composed through a recursion grow a step each round and never
 * settle: PostgreSQL's get_hash_value and proclock_hash hand a lock's tag
 * to each other (`tag.myLock.*.tag.myLock.*...tag.myProc`), and the
 * component stopped at its bound. Past MAX_STEPS steps, as places do, a
 * tail takes everything below its first ones. */
static bool tails_add_bounded(struct program *p, struct tails *t, const char *path, bool exact)
{
	const char *cut = path_first_steps(p, path, MAX_STEPS);
	bool changed = tails_add_one(t, cut, exact && cut == path);
	if (changed && t->fit)
		tails_fit(p, t);
	return changed;
}

bool tails_note(struct program *p, struct tails *t, const char *prefix, bool exact, const struct tails *below)
{
	/* a change before any row reads the input changes nothing a caller
	 * has seen: the row, when it comes, is new */
	if (!below)
		return tails_add_bounded(p, t, prefix, exact) && t->used;
	bool changed = false;
	for (unsigned i = 0; i < below->v->len; i++) {
		const struct tail *b = &g_array_index(below->v, struct tail, i);
		if (!*prefix) {
			changed |= tails_add_bounded(p, t, b->path, b->exact);
			continue;
		}
		char *whole = g_strconcat(prefix, ".", b->path, NULL);
		changed |= tails_add_bounded(p, t, prog_intern(p, whole), b->exact);
		g_free(whole);
	}
	return changed && t->used;
}

bool tails_admit(const struct tails *t, const char *below)
{
	if (!t)
		return true;
	for (unsigned i = 0; i < t->v->len; i++) {
		const struct tail *x = &g_array_index(t->v, struct tail, i);
		if (path_below(x->path, below) || (!x->exact && path_below(below, x->path)))
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
		const struct tail *x = &g_array_index(t->v, struct tail, i);
		if (!x->exact && path_below(below, x->path))
			return true;
	}
	return false;
}

void tails_print_parked(const struct tails *t, FILE *out)
{
	fputs(" parked", out);
	tails_print(t, out);
}

void tails_print(const struct tails *t, FILE *out)
{
	fputs(" [", out);
	for (unsigned i = 0; i < t->v->len; i++) {
		const struct tail *x = &g_array_index(t->v, struct tail, i);
		fprintf(out, "%s%s%s", i ? " " : "", x->exact ? "=" : "", x->path);
	}
	fputs("]", out);
}
