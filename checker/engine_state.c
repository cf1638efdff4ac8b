/* SPDX-License-Identifier: Apache-2.0 */
/* engine_state.c - states for one analysis: what each place holds at a
 * point, sorted by place, with the facts of an entry shared between the
 * states of blocks until one of them changes. A write to a global's
 * place is also a write to the global store (engine_global.c). */
#include <string.h>

#include "engine_state.h"

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

void state_copy_where(struct state *dst, const struct state *src, const bool *keep)
{
	state_init(dst);
	dst->live = src->live;
	for (unsigned i = 0; i < src->entries->len; i++) {
		struct entry e = g_array_index(src->entries, struct entry, i);
		if (!keep[i])
			continue;
		facts_ref(e.facts);
		g_array_append_val(dst->entries, e);
	}
}

void state_range_under(const struct state *s, const struct ctx *c, uint32_t place, unsigned *lo, unsigned *hi)
{
	/* nothing is below no place (a pointer to nothing known) */
	if (place >= c->places->len) {
		*lo = *hi = 0;
		return;
	}
	*lo = state_lower_bound(s, place);
	*hi = state_lower_bound(s, place_get(c, place)->last_below + 1);
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

/* The object a call returned (its result's place stands for it), or the
 * object a pointer held at place stands for when it may be one of
 * several such (merge_objects). */
static bool joinable_object(const struct ctx *c, uint32_t place, uint32_t pt)
{
	if (pt == NO_PLACE)
		return false;
	const struct place *o = place_get(c, pt);
	if (o->field || o->parent == NO_PLACE)
		return false;
	return o->parent == place || place_get(c, o->parent)->site;
}

/* The nearest place both a and b lie at or below, when it is below a
 * root (a dereference or a field of a variable, not the variable);
 * else NO_PLACE. */
static uint32_t common_below_root(const struct ctx *c, uint32_t a, uint32_t b)
{
	for (uint32_t x = a; x != NO_PLACE; x = place_get(c, x)->parent)
		if (place_get(c, x)->parent != NO_PLACE && place_under(c, b, x))
			return x;
	return NO_PLACE;
}

/* A pointer a path set to a constant (`s->bufr = NULL` before an early
 * return): no object of the function's is behind it. */
static bool null_pointer(const struct entry *e)
{
	return e->cleared && e->pt == NO_PLACE && entry_facts(e)->n == 0;
}

/* An entry only one path of a join has: nothing that held on every
 * path holds. Returns true when e changed. */
static bool forget_every_path(struct entry *e)
{
	bool had = e->strong || e->cleared || e->sealed || e->null;
	e->strong = e->cleared = e->sealed = e->null = false;
	return had;
}

/* A join keeps what either path wrote; an entry only one path has is no
 * longer a strong write (the other path kept the old value), so it is
 * joined as weak. A pointer that points to two objects calls returned
 * is left to merge_objects (conflicts). Returns true when dst changed. */
static bool join_entry(const struct ctx *c, struct entry *d, const struct entry *e, GArray **conflicts)
{
	/* A pointer that is null on one path points, after the join, to
	 * what the other path made it point to, as `c ? NULL : buf` does
	 * (eval_cond): curl's dyn_nappend frees and nulls its buffer on
	 * the paths that fail, and the bytes it copies into the buffer it
	 * reallocated on the other were lost with the pointer. */
	bool d_null = null_pointer(d), e_null = null_pointer(e);
	bool changed = entry_union(d, e, entry_facts(e));
	if ((e->param_ptrs & ~d->param_ptrs) || (e->frame_ptr && !d->frame_ptr) || (e->cut && !d->cut)) {
		d->param_ptrs |= e->param_ptrs;
		d->frame_ptr = d->frame_ptr || e->frame_ptr;
		d->cut = d->cut || e->cut;
		changed = true;
	}
	/* what holds only where it held on every path */
	if ((d->strong && !e->strong) || (d->cleared && !e->cleared) || (d->sealed && !e->sealed) ||
	    (d->null && !e->null)) {
		d->strong = d->strong && e->strong;
		d->cleared = d->cleared && e->cleared;
		d->sealed = d->sealed && e->sealed;
		d->null = d->null && e->null;
		changed = true;
	}
	if (d_null && e->pt != NO_PLACE) {
		d->pt = e->pt;
		return true;
	}
	if (d->pt == e->pt && e->pt_weak && !d->pt_weak) {
		d->pt_weak = true;
		return true;
	}
	if (d->pt == e->pt || d->pt == NO_PLACE || e_null)
		return changed;
	if (joinable_object(c, d->place, d->pt) && joinable_object(c, d->place, e->pt)) {
		uint32_t pair[2] = { d->place, e->pt };
		if (!*conflicts)
			*conflicts = g_array_new(FALSE, FALSE, sizeof(uint32_t));
		g_array_append_vals(*conflicts, pair, 2);
	} else {
		/* two fields of one record (curl's userp = proxy ?
		 * &aptr.proxyuserpwd : &aptr.userpwd): somewhere in it */
		d->pt = common_below_root(c, d->pt, e->pt);
		d->pt_weak = d->pt != NO_PLACE;
		changed = true;
	}
	return changed;
}

/* Adds what dst holds in object obj, weakly, to object m (the pointer's
 * own target place). Returns true when dst changed. */
static bool merge_object(struct ctx *c, struct state *dst, uint32_t obj, uint32_t m)
{
	if (obj == m)
		return false;
	GArray *moved = g_array_new(FALSE, FALSE, sizeof(struct entry));
	unsigned lo, hi;
	state_range_under(dst, c, obj, &lo, &hi);
	for (unsigned i = lo; i < hi; i++) {
		const struct entry *e = &g_array_index(dst->entries, struct entry, i);
		if (e->place == obj || place_under(c, e->place, obj))
			g_array_append_val(moved, *e);
	}
	bool changed = false;
	for (unsigned i = 0; i < moved->len; i++) {
		const struct entry *e = &g_array_index(moved, struct entry, i);
		uint32_t to = place_rebase(c, e->place, obj, m);
		if (to == NO_PLACE)
			continue;
		bool had = state_find(dst, to) != NULL;
		struct entry *t = state_get(dst, to);
		changed |= entry_union(t, NULL, entry_facts(e));
		if (!had) {
			t->pt = e->pt;
			changed = true;
		} else if (t->pt != e->pt && t->pt != NO_PLACE) {
			t->pt = NO_PLACE;
			changed = true;
		}
	}
	g_array_free(moved, TRUE);
	return changed;
}

/* A pointer that holds, after the join, one of two objects that calls
 * returned (`fp = open(...); if (!fp) fp = open(...);`) points to one
 * object that holds what both do: its own target place. Forgetting the
 * target, as for other pointers, lost what the objects held: postfix's
 * mail_queue_open returned a stream whose write function no caller knew,
 * and every write to a queue file went through every stream's. */
static bool merge_objects(struct ctx *c, struct state *dst, const GArray *conflicts)
{
	bool changed = false;
	for (unsigned i = 0; i + 1 < conflicts->len; i += 2) {
		uint32_t place = g_array_index(conflicts, uint32_t, i);
		uint32_t other = g_array_index(conflicts, uint32_t, i + 1);
		const struct entry *d = state_find(dst, place);
		if (NEVER(!d))
			continue;
		uint32_t mine = d->pt, m = place_step(c, place, NULL, false);
		changed |= merge_object(c, dst, mine, m);
		changed |= merge_object(c, dst, other, m);
		struct entry *e = state_find(dst, place);
		if (e->pt != m) {
			e->pt = m;
			changed = true;
		}
	}
	return changed;
}

/* Both entry arrays are sorted by place, so a join is a merge (see
 * join_entry). Returns true when dst changed. */
static bool join_states(struct ctx *c, struct state *dst, const struct state *src, GArray **conflicts)
{
	bool changed = false;
	unsigned nd = dst->entries->len, ns = src->entries->len, fresh = 0;
	unsigned i = 0, k = 0;
	while (i < nd || k < ns) {
		struct entry *d = i < nd ? &g_array_index(dst->entries, struct entry, i) : NULL;
		const struct entry *e = k < ns ? &g_array_index(src->entries, struct entry, k) : NULL;
		if (d && (!e || d->place < e->place)) {
			changed |= forget_every_path(d);
			i++;
		} else if (!d || e->place < d->place) {
			fresh++;
			k++;
		} else {
			changed |= join_entry(c, d, e, conflicts);
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
			forget_every_path(&n);
			facts_ref(n.facts);
			g_array_index(dst->entries, struct entry, --out) = n;
			k--;
		}
	}
	return true;
}

bool state_join(struct ctx *c, struct state *dst, const struct state *src)
{
	if (!src->live)
		return false;
	if (!dst->live) {
		state_copy(dst, src);
		return true;
	}
	GArray *conflicts = NULL;	/* made at the first, which is rare */
	facts_work += dst->entries->len + src->entries->len;
	bool changed = join_states(c, dst, src, &conflicts);
	if (conflicts) {
		changed |= merge_objects(c, dst, conflicts);
		g_array_free(conflicts, TRUE);
	}
	return changed;
}

void state_kill_under(struct state *s, const struct ctx *c, uint32_t place)
{
	unsigned first, end;
	state_range_under(s, c, place, &first, &end);
	first += first < end && g_array_index(s->entries, struct entry, first).place == place;
	for (unsigned i = end; i-- > first;) {
		struct entry *e = &g_array_index(s->entries, struct entry, i);
		if (place_under(c, e->place, place)) {
			facts_unref(e->facts);
			g_array_remove_index(s->entries, i);
		}
	}
}

/* The entry state_write writes, without the global store. */
static struct entry *write_entry(struct ctx *c, uint32_t place, const struct factset *fs, bool strong, bool cleared,
				 uint32_t pt)
{
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
		e->sealed = factset_sealed(fs);
		e->pt = pt;
		e->pt_weak = false;
		e->param_ptrs = 0;
		e->frame_ptr = false;
		e->cut = false;
		e->null = false;
	} else {
		e->null = false;
		entry_union(e, NULL, fs);
		/* what a weak write adds that is not protected PI unseals */
		if (e->sealed && fs->n && !factset_sealed(fs))
			e->sealed = false;
		if (e->pt != pt) {
			e->pt = NO_PLACE;
			e->pt_weak = false;
		}
	}
	return e;
}

void state_write(struct ctx *c, uint32_t place, const struct factset *fs, bool strong, bool cleared,
		 uint32_t pt)
{
	if (place == NO_PLACE)
		return;
	write_entry(c, place, fs, strong, cleared, pt);
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

void state_write_frame(struct ctx *c, uint32_t place, const struct factset *fs, bool strong, bool cleared,
		       uint32_t pt)
{
	if (place == NO_PLACE)
		return;
	write_entry(c, place, fs, strong, cleared, pt)->frame_ptr = true;
	factset_union(&c->frame_facts, fs);
}

void state_forget_clears(struct ctx *c, uint32_t place)
{
	unsigned lo, hi;
	state_range_under(&c->st, c, place, &lo, &hi);
	for (unsigned i = lo; i < hi; i++) {
		struct entry *e = &g_array_index(c->st.entries, struct entry, i);
		if (place_under(c, e->place, place))
			e->cleared = e->sealed = e->null = false;
	}
	/* and a clear above it, which covers it */
	for (uint32_t q = place_get(c, place)->parent; q != NO_PLACE; q = place_get(c, q)->parent) {
		struct entry *e = state_find(&c->st, q);
		if (e && (e->cleared || e->sealed))
			e->cleared = e->sealed = false;
	}
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
		q = e && e->pt != NO_PLACE ? e->pt : place_step_interned(c, q, *s == STEP_DEREF ? NULL : *s, false);
	}
	return q;
}
