/* SPDX-License-Identifier: Apache-2.0 */
/* engine_state.c - places (access paths) and states for one analysis.
 * Places are interned per analysis: a place is its number, its parent is
 * the path one step shorter, and "is below" is a walk up the parents. */
#include <string.h>

#include "engine_state.h"

/* Marks a dereference among a path's steps (a field is never this). */
static const char STEP_DEREF[] = "*";

/* Keys of the place and input tables: small structs compared by value
 * (strings in them are interned, so by pointer). */
struct place_key {
	uint32_t base;
	const char *field;	/* NULL: a dereference; for roots, the global */
	bool root;
};

static guint place_key_hash(gconstpointer k)
{
	const struct place_key *pk = k;
	return (guint)(pk->base * 2654435761u) ^ g_direct_hash(pk->field) ^ pk->root;
}

static gboolean place_key_equal(gconstpointer a, gconstpointer b)
{
	const struct place_key *x = a, *y = b;
	return x->base == y->base && x->field == y->field && x->root == y->root;
}

struct input_key {
	int param;
	const char *path;
	bool deep, number;
};

static guint input_key_hash(gconstpointer k)
{
	const struct input_key *ik = k;
	return (guint)ik->param * 31u ^ g_direct_hash(ik->path) ^ ik->deep ^ (guint)ik->number << 1;
}

static gboolean input_key_equal(gconstpointer a, gconstpointer b)
{
	const struct input_key *x = a, *y = b;
	return x->param == y->param && x->path == y->path && x->deep == y->deep && x->number == y->number;
}

void ctx_places_init(struct ctx *c)
{
	c->places = g_array_new(FALSE, FALSE, sizeof(struct place));
	c->place_ids = g_hash_table_new_full(place_key_hash, place_key_equal, g_free, NULL);
	c->inputs = g_array_new(FALSE, FALSE, sizeof(struct input));
	c->input_ids = g_hash_table_new_full(input_key_hash, input_key_equal, g_free, NULL);
	/* Roots of locals and parameters are the first places, by index.
	 * Paths are interned, "" too: they compare by pointer. */
	const char *root_path = prog_intern(c->p, "");
	for (unsigned v = 0; v < c->fn->nvars; v++) {
		struct place pl = { .parent = NO_PLACE, .var = (int)v, .path = root_path };
		g_array_append_val(c->places, pl);
	}
}

void ctx_places_free(struct ctx *c)
{
	g_array_free(c->places, TRUE);
	g_hash_table_destroy(c->place_ids);
	g_array_free(c->inputs, TRUE);
	g_hash_table_destroy(c->input_ids);
}

const struct place *place_get(const struct ctx *c, uint32_t id)
{
	return &g_array_index(c->places, struct place, id);
}

uint32_t place_root_var(struct ctx *c, int var)
{
	(void)c;
	return (uint32_t)var;
}

static uint32_t lookup(struct ctx *c, const struct place_key *key)
{
	gpointer v = g_hash_table_lookup(c->place_ids, key);
	return v ? GPOINTER_TO_UINT(v) - 1 : NO_PLACE;
}

static uint32_t insert(struct ctx *c, const struct place_key *key, const struct place *pl)
{
	g_array_append_val(c->places, *pl);
	uint32_t id = c->places->len - 1;
	g_hash_table_insert(c->place_ids, g_memdup2(key, sizeof *key), GUINT_TO_POINTER(id + 1));
	return id;
}

uint32_t place_root_global(struct ctx *c, const char *ident)
{
	struct place_key key = { .base = NO_PLACE, .field = ident, .root = true };
	uint32_t id = lookup(c, &key);
	if (id != NO_PLACE)
		return id;
	struct place pl = { .parent = NO_PLACE, .var = -1, .global = ident, .path = prog_intern(c->p, "") };
	return insert(c, &key, &pl);
}

uint32_t place_root_site(struct ctx *c, const struct ir_expr *call)
{
	/* keyed by the call itself: base NO_PLACE - 1 keeps it apart from
	 * globals, whose key is their interned name */
	struct place_key pk = { .base = NO_PLACE - 1, .field = (const char *)(const void *)call, .root = true };
	uint32_t id = lookup(c, &pk);
	if (id != NO_PLACE)
		return id;
	struct place pl = { .parent = NO_PLACE, .var = -1, .site = call, .path = prog_intern(c->p, "") };
	return insert(c, &pk, &pl);
}

bool place_is_local(const struct ctx *c, uint32_t place)
{
	if (place == NO_PLACE)
		return false;
	const struct place *r = place_get(c, place_root(c, place));
	return r->site || (r->var >= 0 && c->fn->vars[r->var].kind != IR_VAR_PARAM);
}

uint32_t place_step(struct ctx *c, uint32_t base, const char *field, bool weak)
{
	if (base == NO_PLACE)
		return NO_PLACE;
	const struct place *b = place_get(c, base);
	/* A path longer than the bound stands for everything below it. */
	if (b->depth >= MAX_STEPS)
		return base;
	/* Field names come from every TU and from summaries: one copy of
	 * each, so that places compare by pointer. */
	if (field)
		field = prog_intern(c->p, field);
	/* "^m" (container_of) undoes a step m, and m undoes a "^m" */
	if (field && b->field &&
	    ((field[0] == '^' && !strcmp(field + 1, b->field)) || (b->field[0] == '^' && !strcmp(b->field + 1, field))))
		return b->parent;
	struct place_key key = { .base = base, .field = field };
	uint32_t id = lookup(c, &key);
	if (id != NO_PLACE)
		return id;
	struct place pl = {
		.parent = base,
		.var = -1,
		.field = field,
		.depth = (uint8_t)(b->depth + 1),
		.weak = b->weak || weak,
		.under_deref = b->under_deref || !field,
	};
	char *path = *b->path ? g_strconcat(b->path, field ? "." : ".*", field ? field : "", NULL)
			      : g_strdup(field ? field : "*");
	pl.path = prog_intern(c->p, path);
	g_free(path);
	return insert(c, &key, &pl);
}

uint32_t place_root(const struct ctx *c, uint32_t place)
{
	while (place_get(c, place)->parent != NO_PLACE)
		place = place_get(c, place)->parent;
	return place;
}

/* A place is made after its parent, so numbers fall going up a path:
 * the walk stops below the ancestor's number. */
bool place_under(const struct ctx *c, uint32_t id, uint32_t ancestor)
{
	for (uint32_t q = id; q != NO_PLACE && q >= ancestor; q = place_get(c, q)->parent)
		if (q == ancestor)
			return true;
	return false;
}

/* The place that stands to `to` as id stands to `from` (id is below from). */
uint32_t place_rebase(struct ctx *c, uint32_t id, uint32_t from, uint32_t to)
{
	if (id == from)
		return to;
	/* callers rebase only places below from: reaching a root is a bug */
	if (NEVER(id == NO_PLACE || place_get(c, id)->parent == NO_PLACE))
		return to;
	/* copied out: the recursion makes places, and may move the array */
	uint32_t up = place_get(c, id)->parent;
	const char *field = place_get(c, id)->field;
	uint32_t parent = place_rebase(c, up, from, to);
	return place_step(c, parent, field, false);
}

/* The steps of an interned path, split once per program: summaries are
 * applied at every call, and each application follows their paths. */
static const char *const *path_steps(struct program *p, const char *path)
{
	const char **steps = g_hash_table_lookup(p->path_steps, path);
	if (steps)
		return steps;
	char **parts = g_strsplit(path, ".", -1);
	guint n = g_strv_length(parts);
	steps = g_new(const char *, n + 1);
	for (guint i = 0; i < n; i++)
		steps[i] = strcmp(parts[i], "*") ? prog_intern(p, parts[i]) : STEP_DEREF;
	steps[n] = NULL;
	g_strfreev(parts);
	g_hash_table_insert(p->path_steps, (gpointer)prog_intern(p, path), steps);
	return steps;
}

/* Follows a path such as "*.phone" from base. */
uint32_t place_follow(struct ctx *c, uint32_t base, const char *path)
{
	if (!path || !*path)
		return base;
	uint32_t q = base;
	for (const char *const *s = path_steps(c->p, path); *s && q != NO_PLACE; s++)
		q = place_step(c, q, *s == STEP_DEREF ? NULL : *s, false);
	return q;
}

/* As place_follow, but a dereference of a place holding a pointer whose
 * target is known goes there: `*out` after `out = &cur` and `cur = buf`
 * is buf, as the expression `**out` would be (pointee in engine_func.c). */
uint32_t place_follow_state(struct ctx *c, uint32_t base, const char *path)
{
	if (!path || !*path)
		return base;
	uint32_t q = base;
	for (const char *const *s = path_steps(c->p, path); *s && q != NO_PLACE; s++) {
		const struct entry *e = *s == STEP_DEREF ? state_find(&c->st, q) : NULL;
		q = e && e->pt != NO_PLACE ? e->pt : place_step(c, q, *s == STEP_DEREF ? NULL : *s, false);
	}
	return q;
}

char *place_text(const struct ctx *c, uint32_t id)
{
	if (id == NO_PLACE)
		return g_strdup("?");
	const struct place *pl = place_get(c, id);
	if (pl->parent == NO_PLACE) {
		if (pl->var >= 0)
			return g_strdup(c->fn->vars[pl->var].name);
		if (pl->site)
			return g_strdup_printf("%s(...)", pl->site->name ? pl->site->name : "(*fp)");
		const char *sep = strstr(pl->global, "::");
		return g_strdup(sep ? sep + 2 : pl->global);
	}
	char *base = place_text(c, pl->parent);
	char *r;
	if (!pl->field) {
		r = g_strconcat("*", base, NULL);
	} else if (base[0] == '*') {
		r = g_strconcat(base + 1, "->", pl->field, NULL);
	} else {
		r = g_strconcat(base, ".", pl->field, NULL);
	}
	g_free(base);
	return r;
}

static void facts_unref(struct shared_facts *sf)
{
	if (sf && --sf->refs == 0) {
		factset_free(&sf->set);
		g_free(sf);
	}
}

static struct shared_facts *facts_ref(struct shared_facts *sf)
{
	if (sf)
		sf->refs++;
	return sf;
}

/* A set of its own, holding a copy of fs (empty or not). */
static struct shared_facts *facts_box(const struct factset *fs)
{
	struct shared_facts *sf = g_new0(struct shared_facts, 1);
	sf->refs = 1;
	factset_copy(&sf->set, fs);
	return sf;
}

/* What an entry written with fs holds: no set for no facts. */
static struct shared_facts *facts_new(const struct factset *fs)
{
	return fs->n ? facts_box(fs) : NULL;
}

/* The entry's own copy of its facts, to change. */
static struct factset *entry_mut(struct entry *e)
{
	if (!e->facts || e->facts->refs > 1) {
		struct shared_facts *own = facts_box(entry_facts(e));
		facts_unref(e->facts);
		e->facts = own;
	}
	return &e->facts->set;
}

/* Adds o's facts to the entry's; true when they grew. */
static bool entry_union(struct entry *e, const struct entry *from_entry, const struct factset *o)
{
	if (!o->n || (from_entry && e->facts == from_entry->facts))
		return false;
	const struct factset *have = entry_facts(e);
	if (factset_covers(have, o))
		return false;
	/* what e has is within o: share o's set rather than copy it */
	if (from_entry && factset_covers(o, have)) {
		facts_unref(e->facts);
		e->facts = facts_ref(from_entry->facts);
		return true;
	}
	return factset_union(entry_mut(e), o);
}

void state_init(struct state *s)
{
	s->entries = g_array_new(FALSE, FALSE, sizeof(struct entry));
	s->live = false;
}

void state_free(struct state *s)
{
	if (!s->entries)
		return;
	for (unsigned i = 0; i < s->entries->len; i++)
		facts_unref(g_array_index(s->entries, struct entry, i).facts);
	g_array_free(s->entries, TRUE);
	s->entries = NULL;
}

/* The current state is copied in at every block; the copy shares every
 * fact set. */
void state_copy(struct state *dst, const struct state *src)
{
	if (!dst->entries)
		state_init(dst);
	dst->live = src->live;
	unsigned had = dst->entries->len, n = src->entries->len;
	for (unsigned i = 0; i < had; i++)
		facts_unref(g_array_index(dst->entries, struct entry, i).facts);
	g_array_set_size(dst->entries, n);
	if (n)
		memcpy(dst->entries->data, src->entries->data, n * sizeof(struct entry));
	for (unsigned i = 0; i < n; i++)
		facts_ref(g_array_index(dst->entries, struct entry, i).facts);
}

unsigned state_lower_bound(const struct state *s, uint32_t place)
{
	unsigned lo = 0, hi = s->entries->len;
	while (lo < hi) {
		unsigned mid = lo + (hi - lo) / 2;
		if (g_array_index(s->entries, struct entry, mid).place < place)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

struct entry *state_find(const struct state *s, uint32_t place)
{
	unsigned i = state_lower_bound(s, place);
	if (i < s->entries->len && g_array_index(s->entries, struct entry, i).place == place)
		return &g_array_index(s->entries, struct entry, i);
	return NULL;
}

static struct entry *state_get(struct state *s, uint32_t place)
{
	unsigned i = state_lower_bound(s, place);
	if (i < s->entries->len && g_array_index(s->entries, struct entry, i).place == place)
		return &g_array_index(s->entries, struct entry, i);
	struct entry e = { .place = place, .pt = NO_PLACE };
	g_array_insert_val(s->entries, i, e);
	return &g_array_index(s->entries, struct entry, i);
}

/* A join keeps what either path wrote; an entry only one path has is no
 * longer a strong write (the other path kept the old value), so it is
 * joined as weak. Returns true when dst changed. */
/* A join keeps what either path wrote; an entry only one path has is no
 * longer a strong write (the other path kept the old value), so it is
 * joined as weak. Both entry arrays are sorted by place, so this is a
 * merge. Returns true when dst changed. */
static bool join_entry(struct entry *d, const struct entry *e)
{
	bool changed = entry_union(d, e, entry_facts(e));
	if (d->strong && !e->strong) {
		d->strong = false;
		changed = true;
	}
	if (d->cleared && !e->cleared) {
		d->cleared = false;
		changed = true;
	}
	if (d->pt != e->pt && d->pt != NO_PLACE) {
		d->pt = NO_PLACE;
		changed = true;
	}
	return changed;
}

bool state_join(struct state *dst, const struct state *src)
{
	if (!src->live)
		return false;
	if (!dst->live) {
		state_copy(dst, src);
		return true;
	}
	bool changed = false;
	unsigned nd = dst->entries->len, ns = src->entries->len, fresh = 0;
	unsigned i = 0, k = 0;
	while (i < nd || k < ns) {
		struct entry *d = i < nd ? &g_array_index(dst->entries, struct entry, i) : NULL;
		const struct entry *e = k < ns ? &g_array_index(src->entries, struct entry, k) : NULL;
		if (d && (!e || d->place < e->place)) {
			if (d->strong || d->cleared) {
				d->strong = d->cleared = false;
				changed = true;
			}
			i++;
		} else if (!d || e->place < d->place) {
			fresh++;
			k++;
		} else {
			changed |= join_entry(d, e);
			i++;
			k++;
		}
	}
	if (!fresh)
		return changed;
	/* Entries only src has come in weak, merged from the back. */
	g_array_set_size(dst->entries, nd + fresh);
	unsigned out = nd + fresh;
	i = nd;
	k = ns;
	while (k > 0) {
		const struct entry *e = &g_array_index(src->entries, struct entry, k - 1);
		struct entry *d = i ? &g_array_index(dst->entries, struct entry, i - 1) : NULL;
		if (d && d->place > e->place) {
			g_array_index(dst->entries, struct entry, --out) = *d;
			i--;
		} else if (d && d->place == e->place) {
			g_array_index(dst->entries, struct entry, --out) = *d;
			i--;
			k--;
		} else {
			struct entry n = *e;
			n.strong = n.cleared = false;
			facts_ref(n.facts);
			g_array_index(dst->entries, struct entry, --out) = n;
			k--;
		}
	}
	return true;
}

void state_kill_under(struct state *s, const struct ctx *c, uint32_t place)
{
	unsigned first = state_lower_bound(s, place + 1);
	for (unsigned i = s->entries->len; i-- > first;) {
		struct entry *e = &g_array_index(s->entries, struct entry, i);
		if (place_under(c, e->place, place)) {
			facts_unref(e->facts);
			g_array_remove_index(s->entries, i);
		}
	}
}

void state_write(struct ctx *c, uint32_t place, const struct factset *fs, bool strong, bool cleared,
		 uint32_t pt)
{
	if (place == NO_PLACE)
		return;
	if (place_get(c, place)->weak)
		strong = false;
	if (strong)
		state_kill_under(&c->st, c, place);
	struct entry *e = state_get(&c->st, place);
	if (strong) {
		facts_unref(e->facts);
		e->facts = facts_new(fs);
		e->strong = true;
		e->cleared = cleared && fs->n == 0;
		e->pt = pt;
	} else {
		entry_union(e, NULL, fs);
		if (e->pt != pt)
			e->pt = NO_PLACE;
	}
	/* What is written to a global is seen by every function. Not the
	 * kind of a stream reopened in place (freopen on stdout): the store
	 * is flow-insensitive, and it would turn every earlier write to
	 * stdout into storage too; an assignment still counts. */
	if (fs->n) {
		uint32_t root = place_root(c, place);
		if (place_get(c, root)->global) {
			struct factset data = { 0 };
			for (uint32_t i = 0; i < fs->n; i++)
				if (!fs->v[i].handle)
					factset_add(&data, &fs->v[i]);
			global_store_add(c, place, &data);
			factset_free(&data);
		}
	}
}

uint32_t input_id(struct ctx *c, int param, const char *path, bool deep, bool number)
{
	/* paths are interned: place paths are, and "" is made so here */
	struct input_key key = { .param = param, .path = prog_intern(c->p, path), .deep = deep, .number = number };
	gpointer v = g_hash_table_lookup(c->input_ids, &key);
	if (v)
		return GPOINTER_TO_UINT(v) - 1;
	struct input in = { .param = param, .path = key.path, .deep = deep, .number = number };
	g_array_append_val(c->inputs, in);
	uint32_t id = c->inputs->len - 1;
	g_hash_table_insert(c->input_ids, g_memdup2(&key, sizeof key), GUINT_TO_POINTER(id + 1));
	return id;
}

const struct input *input_get(const struct ctx *c, uint32_t id)
{
	return &g_array_index(c->inputs, struct input, id);
}

void facts_numbers_only(struct ctx *c, struct factset *fs)
{
	struct factset out = { 0 };
	for (uint32_t i = 0; i < fs->n; i++) {
		struct fact f = fs->v[i];
		if (f.input) {
			const struct input in = *input_get(c, f.origin);
			/* the list itself (its own or a caller's): its numbers;
			 * something below a path into it is not followed */
			if (*in.path == INPUT_KEYED) {
				factset_add(&out, &f);
				continue;
			}
			if (*in.path && strcmp(in.path, INPUT_NUMBERS))
				continue;
			f.origin = input_id(c, in.param, INPUT_NUMBERS, in.deep, false);
		} else if (f.cats) {
			continue;
		}
		factset_add(&out, &f);
	}
	factset_free(fs);
	*fs = out;
}

void facts_keyed(struct ctx *c, struct factset *fs, long long key, unsigned nvalues)
{
	struct factset out = { 0 };
	char path[48];
	g_snprintf(path, sizeof path, "%c%lld/%u", INPUT_KEYED, key, nvalues);
	for (uint32_t i = 0; i < fs->n; i++) {
		struct fact f = fs->v[i];
		if (f.input) {
			const struct input in = *input_get(c, f.origin);
			if (in.param == (int)c->fn->nparams && !*in.path)
				f.origin = input_id(c, in.param, path, in.deep, false);
		}
		factset_add(&out, &f);
	}
	factset_free(fs);
	*fs = out;
}

void state_forget_clears(struct ctx *c, uint32_t place)
{
	for (unsigned i = 0; i < c->st.entries->len; i++) {
		struct entry *e = &g_array_index(c->st.entries, struct entry, i);
		if (e->cleared && place_under(c, e->place, place))
			e->cleared = false;
	}
	/* and a clear above it, which covers it */
	for (uint32_t q = place_get(c, place)->parent; q != NO_PLACE; q = place_get(c, q)->parent) {
		struct entry *e = state_find(&c->st, q);
		if (e && e->cleared)
			e->cleared = false;
	}
}
