/* SPDX-License-Identifier: Apache-2.0 */
/* engine_summary.c - summary rows, kept unique by what they say (not by
 * their trace), so that re-analysing a function in a fixpoint adds
 * nothing when nothing changed. */
#include "engine_int.h"

/* A row's identity is everything but its trace; strings are interned, so
 * they compare by pointer. */
static guint row_hash(gconstpointer k)
{
	const struct row *r = k;
	guint h = (guint)r->kind * 7u + r->from_input;
	h = h * 31u + (guint)r->in.param;
	h = (h * 31u) ^ g_direct_hash(r->in.path);
	h = h * 31u + r->in.deep + r->in.number * 2u + r->origin * 17u + r->cats * 3u + r->handle + r->prot * 5u + r->function;
	h = (h * 31u + (guint)r->out_param) ^ g_direct_hash(r->out_path);
	h = h * 31u + r->sink_kinds + r->has_dest + r->default_kind + r->field_kinds * 7u + r->points_into * 13u + r->object * 17u + r->socket * 19u + r->stream_shape * 23u;
	h = (h * 31u) ^ g_direct_hash(r->dest.path) ^ (guint)r->dest.param;
	h = (h * 31u) ^ g_direct_hash(r->sink_function) ^ g_direct_hash(r->global) ^ r->cleared;
	return h;
}

static gboolean row_equal(gconstpointer a, gconstpointer b)
{
	const struct row *x = a, *y = b;
	return x->kind == y->kind && x->from_input == y->from_input && x->in.param == y->in.param &&
	       x->in.path == y->in.path && x->in.deep == y->in.deep && x->in.number == y->in.number && x->origin == y->origin &&
	       x->cats == y->cats && x->handle == y->handle && x->prot == y->prot && x->function == y->function &&
	       x->out_param == y->out_param && x->out_path == y->out_path &&
	       x->sink_kinds == y->sink_kinds && x->has_dest == y->has_dest &&
	       x->dest.param == y->dest.param && x->dest.path == y->dest.path &&
	       x->dest.deep == y->dest.deep && x->default_kind == y->default_kind &&
	       x->field_kinds == y->field_kinds && x->points_into == y->points_into && x->object == y->object && x->socket == y->socket && x->stream_shape == y->stream_shape &&
	       x->sink_function == y->sink_function && x->global == y->global && x->cleared == y->cleared;
}

void summary_init(struct summary *s)
{
	s->rows = g_array_new(FALSE, FALSE, sizeof(struct row));
	s->dropped = NULL;
	s->slots = NULL;
	s->nslots = 0;
	s->nkeys = 0;
	s->has_clear = false;
	s->tails = NULL;
}

void summary_free(struct summary *s)
{
	if (s->rows)
		g_array_free(s->rows, TRUE);
	if (s->dropped)
		g_array_free(s->dropped, TRUE);
	g_free(s->slots);
	tails_table_free(s);
	s->rows = NULL;
	s->dropped = NULL;
	s->slots = NULL;
	s->nslots = 0;
	s->nkeys = 0;
}

/* The index of identities holds refs, not rows: positions in rows, or
 * (DROPPED) in dropped. Refs, not pointers, because both arrays move as
 * they grow; a row dropped as covered moves to dropped, which keeps its
 * identity known (a row covered once stays covered). Not a GHashTable:
 * its hash and equal functions get no context, and a ref means nothing
 * without its summary, so the table would have to hold copies of the
 * rows again. */
#define DROPPED (1u << 31)

static struct row *key_row(const struct summary *s, uint32_t slot)
{
	uint32_t ref = slot - 1;
	if (ref & DROPPED)
		return &g_array_index(s->dropped, struct row, ref & ~DROPPED);
	return &g_array_index(s->rows, struct row, ref);
}

/* The slot holding r's identity, or the empty slot where it would go
 * (linear probing); NULL when the index is empty. */
static uint32_t *find_slot(const struct summary *s, const struct row *r)
{
	if (!s->nslots)
		return NULL;
	uint32_t mask = s->nslots - 1;
	for (uint32_t i = row_hash(r) & mask;; i = (i + 1) & mask) {
		uint32_t *slot = &s->slots[i];
		if (!*slot || row_equal(key_row(s, *slot), r))
			return slot;
	}
}

static struct row *find_key(const struct summary *s, const struct row *r)
{
	const uint32_t *slot = find_slot(s, r);
	return slot && *slot ? key_row(s, *slot) : NULL;
}

bool summary_knows(const struct summary *s, const struct row *r)
{
	return find_key(s, r) != NULL;
}

static void put_slot(struct summary *s, uint32_t v)
{
	uint32_t mask = s->nslots - 1;
	uint32_t i = row_hash(key_row(s, v)) & mask;
	while (s->slots[i])
		i = (i + 1) & mask;
	s->slots[i] = v;
}

/* Adds ref, whose row has an identity not in the index yet. At most half
 * the slots are full, which keeps probe chains short. */
static void add_key(struct summary *s, uint32_t ref)
{
	if (2 * (s->nkeys + 1) > s->nslots) {
		uint32_t *old = s->slots, n = s->nslots;
		s->nslots = n ? 2 * n : 8;
		s->slots = g_new0(uint32_t, s->nslots);
		for (uint32_t i = 0; i < n; i++)
			if (old[i])
				put_slot(s, old[i]);
		g_free(old);
	}
	put_slot(s, ref + 1);
	s->nkeys++;
}

/* Empties a slot, moving back the entries after it that would no longer
 * be found past the hole (deletion under linear probing). */
static void remove_slot(struct summary *s, uint32_t *slot)
{
	uint32_t mask = s->nslots - 1;
	uint32_t hole = (uint32_t)(slot - s->slots);
	s->slots[hole] = 0;
	for (uint32_t i = (hole + 1) & mask; s->slots[i]; i = (i + 1) & mask) {
		uint32_t home = row_hash(key_row(s, s->slots[i])) & mask;
		/* the entry stays unless its home is cyclically in (hole, i] */
		if (((i - home) & mask) >= ((i - hole) & mask)) {
			s->slots[hole] = s->slots[i];
			s->slots[i] = 0;
			hole = i;
		}
	}
}

unsigned summary_widening(const struct summary *s)
{
	return s->nkeys < ROW_LIMIT ? 0 : s->nkeys < 4 * ROW_LIMIT ? 1 : 2;
}

/* Past ROW_LIMIT rows, paths are cut to their first WIDE_STEPS steps
 * (inputs then stand for everything below): a function that moves dozens
 * of fields of a context struct keeps a bounded summary, and still tells
 * `ctx->settings` from `ctx->connection`, which keeps PI stored in one
 * part of a handle from following every use of another. (Keeping the
 * fields of records held by value, as inputs past INPUT_STEPS do, made
 * curl's summaries a quarter bigger and redis's analysis grow faster
 * than its code, for 2% fewer findings on postfix and gammu: not kept.)
 * Past four times
 * the limit, an input is the whole parameter; an out path keeps its two
 * steps, never `*` alone, which would make every field of the caller's
 * record PI. False: the row is left out (nothing a caller needs). */
static bool widen(struct program *p, const struct summary *s, struct row *r)
{
	/* a call row names the exact place of a function pointer, and a
	 * pointer returned into an argument the exact place it points to */
	if (r->kind == ROW_CALL || r->points_into)
		return true;
	/* What goes into a global is kept by its first steps, always: the
	 * store is flow-insensitive anyway, and a logging library's global
	 * stream (postfix's msg_stream) is written at a dozen paths by every
	 * function that logs, each a row of its own otherwise. */
	if (r->kind == ROW_GLOBAL)
		r->out_path = path_first_steps(p, r->out_path, WIDE_STEPS);
	/* counted by keys, which only grow (covered rows are dropped) */
	unsigned regime = summary_widening(s);
	if (!regime)
		return true;
	/* Rows that carry PI of their own keep their paths: widening
	 * `IMEI -> $0.*.Phone.Data.IMEI` to `$0.*.Phone` would make every
	 * field of a state record PI for every caller. Their number is
	 * bounded by the sources that reach the function. */
	if (!r->from_input && r->cats && regime < 2)
		return true;
	bool all = regime == 2;
	bool cut_in = false;
	if (r->from_input && r->in.param >= 0) {
		const char *cut = all ? p->empty : path_first_steps(p, r->in.path, WIDE_STEPS);
		if (cut != r->in.path || all) {
			cut_in = cut != r->in.path || !r->in.deep;
			r->in.path = cut;
			r->in.deep = true;
		}
	}
	if (r->kind != ROW_OUT)
		return true;
	const char *out = path_first_steps(p, r->out_path, WIDE_STEPS);
	r->out_cut = r->out_cut || out != r->out_path;
	r->out_path = out;
	/* A move within one argument's object that widening made into
	 * "everything below here to anywhere below here" is left out: it
	 * can only spread what the caller holds in that object over all of
	 * it (gammu's state record, whose every read was the IMEI once a
	 * command's summary passed 256 rows), never bring anything in. */
	return !(cut_in && r->out_param == r->in.param && path_below(r->out_path, r->in.path));
}

/* A row from an input says nothing a row from a deep input above it (or
 * at it) does not, when everything else is equal: `$2.*.state (deep)`
 * reaching send covers `$2.*.state.buffer` reaching send. Keeping only
 * the wider one keeps summaries small where widening has begun. */
static uint32_t *row_covered(struct program *p, const struct summary *s, const struct row *r)
{
	if (!r->from_input || r->in.param < 0 || r->kind == ROW_CLEAR || r->kind == ROW_CALL)
		return NULL;
	/* a number row is covered by a deep row of either sort, any other
	 * row only by a deep row of its own sort */
	for (int number = r->in.number; number >= 0; number--) {
		struct row k = *r;
		k.trace = 0;
		k.in.deep = true;
		k.in.number = number;
		uint32_t *slot = r->in.deep ? NULL : find_slot(s, &k);
		if (slot && *slot)
			return slot;
		/* a deep input with tails (engine_tails.c) covers what is on
		 * them */
		for (const char **q = path_prefixes(p, r->in.path); *q; q++) {
			k.in.path = *q;
			slot = find_slot(s, &k);
			if (slot && *slot &&
			    tails_cover(tails_filter(key_row(s, *slot)->tails), path_rest(r->in.path, *q), r->in.deep))
				return slot;
		}
	}
	return NULL;
}

/* Whether a row from o's input to where r goes is r's identity with
 * another input: what drop_covered drops when r is added (tails: r's
 * input's). */
static bool covers(const struct row *r, const struct row *o)
{
	if (!o->from_input || o->in.param != r->in.param || o->kind != r->kind ||
	    (o->in.path == r->in.path && o->in.deep) || !path_below(o->in.path, r->in.path) ||
	    (r->in.number && !o->in.number) || !tails_cover(tails_filter(r->tails), path_rest(o->in.path, r->in.path), o->in.deep))
		return false;
	struct row k = *o, key = *r;
	k.trace = 0;
	key.trace = 0;
	k.in = r->in;
	return row_equal(&k, &key);
}

/* The row at slot (known by r's identity, or covering it) says what r
 * does in the programs it is known in: r's route may run in others
 * (engine_route.c), and they join its own. A row dropped as covered
 * passes them to the rows that cover it. Returns whether anything
 * changed. */
static bool allow_programs(struct program *p, struct summary *s, uint32_t slot, uint64_t excl)
{
	struct row *k = key_row(s, slot);
	if (programs_within(p, k->excl, excl))
		return false;
	k->excl = programs_and(p, k->excl, excl);
	if ((slot - 1) & DROPPED)
		for (unsigned i = 0; i < s->rows->len; i++) {
			struct row *o = &g_array_index(s->rows, struct row, i);
			if (o->in.deep && covers(o, k))
				o->excl = programs_and(p, o->excl, excl);
		}
	return true;
}

/* A row w whose input's tails are everything stands for o, whose input
 * lies below w's (o covered by w, or o cut to w's input): where o read
 * the pointers a caller parked, w reads them too (engine_tails.c).
 * Returns whether that changed what w's callers have seen. */
static bool cover_parked(struct program *p, struct row *w, const char *path, bool deep)
{
	if (!w->from_input || !w->in.deep || !w->tails || tails_filter(w->tails))
		return false;
	/* an input whose parked tails are its tails (everything) reads all */
	struct tails *t = w->parked ? w->parked : tails_parked_if((struct tails *)w->tails);
	return t && tails_note(p, t, path_rest(path, w->in.path), !deep, NULL);
}

/* Drops the rows a new deep row r covers (see row_covered). Their
 * identities move to dropped and stay known: a row covered once stays
 * covered. */
static void drop_covered(struct program *p, struct summary *s, struct row *r)
{
	if (!r->from_input || !r->in.deep || r->in.param < 0 || r->kind == ROW_CLEAR || r->kind == ROW_CALL)
		return;
	uint32_t *ref = NULL;	/* old position -> new ref, once one is dropped */
	uint32_t kept = 0;
	for (unsigned i = 0; i < s->rows->len; i++) {
		const struct row *o = &g_array_index(s->rows, struct row, i);
		bool covered = covers(r, o);
		/* r stands for o from now on, in o's programs too */
		if (covered) {
			r->excl = programs_and(p, r->excl, o->excl);
			r->stores_pointer = r->stores_pointer && o->stores_pointer;
			cover_parked(p, r, o->in.path, o->in.deep);
		}
		if (covered && !ref) {
			ref = g_new(uint32_t, s->rows->len);
			for (uint32_t j = 0; j < i; j++)
				ref[j] = j;
			if (!s->dropped)
				s->dropped = g_array_new(FALSE, FALSE, sizeof(struct row));
		}
		if (covered) {
			ref[i] = DROPPED | s->dropped->len;
			g_array_append_val(s->dropped, *o);
		} else if (ref) {
			ref[i] = kept;
		}
		kept += !covered;
	}
	if (!ref)
		return;
	/* the identities are the same, so every entry keeps its slot */
	for (uint32_t i = 0; i < s->nslots; i++)
		if (s->slots[i] && !((s->slots[i] - 1) & DROPPED))
			s->slots[i] = ref[s->slots[i] - 1] + 1;
	kept = 0;
	for (unsigned i = 0; i < s->rows->len; i++)
		if (!(ref[i] & DROPPED))
			g_array_index(s->rows, struct row, kept++) = g_array_index(s->rows, struct row, i);
	g_array_set_size(s->rows, kept);
	g_free(ref);
}

/* The slot of the row that says what r does: its own identity's, or one
 * covering it; NULL when none. */
static uint32_t *known_slot(struct program *p, const struct summary *s, const struct row *r)
{
	uint32_t *slot = find_slot(s, r);
	if (!slot || !*slot)
		slot = row_covered(p, s, r);
	return slot && *slot ? slot : NULL;
}

bool summary_has(struct program *p, const struct summary *s, const struct row *r0)
{
	struct row r = *r0;
	/* a row widening leaves out is one the summary has no need of */
	if (!widen(p, s, &r))
		return true;
	r.trace = 0;
	const uint32_t *slot = known_slot(p, s, &r);
	/* known, and in every program r's route may run in */
	return slot && programs_within(p, key_row(s, *slot)->excl, r.excl);
}

/* A sink row is one row whether its route calls through a function
 * pointer or not; a route without one, once seen, makes it direct
 * (engine_callbacks.c follows only a handler's direct sinks). Rows that
 * differed only in this doubled redis's summaries. */
static bool direct_route(struct summary *s, const struct row *r)
{
	if (r->kind != ROW_SINK || r->via_pointer)
		return false;
	const uint32_t *slot = find_slot(s, r);
	if (!slot || !*slot || !key_row(s, *slot)->via_pointer)
		return false;
	key_row(s, *slot)->via_pointer = false;
	/* the row itself, unless it was dropped */
	return !((*slot - 1) & DROPPED);
}

/* An out row that stores a pointer (stores_pointer) is one row with the
 * same row that copies bytes; once a copy is seen it is a copy, in the
 * row there and in the rows that cover it when it was dropped (they
 * stand for it). Not part of a row's identity, so that the rows do not
 * count twice toward the limits. Returns whether a row changed. */
static bool bytes_copied(struct summary *s, uint32_t slot, const struct row *r)
{
	struct row *k = key_row(s, slot);
	if (r->kind != ROW_OUT || r->stores_pointer || !k->stores_pointer)
		return false;
	k->stores_pointer = false;
	if (!((slot - 1) & DROPPED))
		return true;
	for (unsigned i = 0; i < s->rows->len; i++) {
		struct row *o = &g_array_index(s->rows, struct row, i);
		if (o->stores_pointer && o->in.deep && covers(o, k))
			o->stores_pointer = false;
	}
	return true;
}

/* A number row and the same row from the same input read otherwise are
 * one row, the one that is not a number row (it says more reaches):
 * a field read both ways (`flags |= ...` and `if (flags & ...)`) must
 * not count twice toward the row limits, which would widen the summary
 * sooner than before number rows existed. Returns whether r is merged
 * (into the row there, or that row into r, which then stands in its
 * place); *wider, whether the row there now runs in more programs. */
static bool number_row_merged(struct program *p, struct summary *s, const struct row *r, bool *wider)
{
	struct row k = *r;
	k.in.number = !r->in.number;
	uint32_t *slot = find_slot(s, &k);
	if (!slot || !*slot)
		return false;
	*wider = allow_programs(p, s, *slot, r->excl);
	*wider = bytes_copied(s, *slot, r) || *wider;
	if (r->in.number)
		return true;
	/* the number row there (or its dropped identity) becomes r */
	uint32_t v = *slot;
	remove_slot(s, slot);
	key_row(s, v)->in.number = false;
	s->nkeys--;
	add_key(s, v - 1);
	return true;
}

bool summary_add(struct program *p, struct summary *s, const struct row *r0)
{
	if ((r0->from_input && path_impossible(r0->in.path)) || path_impossible(r0->out_path) ||
	    (r0->has_dest && path_impossible(r0->dest.path)))
		return false;
	/* A widened clear would wipe more than the callee wrote; leaving a
	 * clear out only keeps old facts, which is safe. */
	if (r0->kind == ROW_CLEAR && summary_widening(s))
		return false;
	struct row r = *r0;
	if (!widen(p, s, &r))
		return false;
	/* A widened input stands for everything below it; but of the
	 * pointers a caller parked below it, only those on the paths its
	 * rows were cut from (engine_tails.c). */
	bool cut = r.from_input && r.in.deep && (r.in.path != r0->in.path || !r0->in.deep);
	if (cut) {
		/* the input's reads keep their parked tails: only the rows
		 * cut to it read everything (each its own, below) */
		struct tails *t = tails_entry(s, &r.in);
		tails_parked(t);
		tails_note(p, t, "", false, NULL);
	}
	const char *cut_from = cut ? path_rest(r0->in.path, r.in.path) : NULL;
	bool parked_changed = false;
	uint32_t trace = r.trace;
	r.trace = 0;
	uint32_t *slot = known_slot(p, s, &r);
	/* the row it is, or covering it, reads where r0 did */
	if (slot && r.from_input && (cut || key_row(s, *slot)->in.path != r.in.path))
		parked_changed = cover_parked(p, key_row(s, *slot), r0->in.path, r0->in.deep);
	if (slot) {
		bool wider = allow_programs(p, s, *slot, r.excl);
		bool copy = bytes_copied(s, *slot, &r);
		/* a callee's summary that widened since: where the row writes
		 * stands for more than its path (struct row's out_cut) */
		struct row *k = key_row(s, *slot);
		bool cut_now = r.out_cut && !k->out_cut;
		if (cut_now)
			k->out_cut = true;
		return direct_route(s, &r) || wider || copy || parked_changed || cut_now;
	}
	bool wider = false;
	if (r.from_input && number_row_merged(p, s, &r, &wider))
		return !r.in.number || wider || parked_changed;
	/* this summary's: a row may come from another's */
	r.tails = r.from_input ? tails_used(s, &r.in) : NULL;
	r.dest_tails = r.has_dest ? tails_used(s, &r.dest) : NULL;
	r.parked = NULL;
	if (cut) {
		r.parked = tails_new_parked(s);
		tails_note(p, r.parked, cut_from, !r0->in.deep, NULL);
	}
	drop_covered(p, s, &r);
	s->has_clear = s->has_clear || r.kind == ROW_CLEAR;
	r.trace = trace;
	g_array_append_val(s->rows, r);
	add_key(s, s->rows->len - 1);
	return true;
}

/* The exit a source fact gets where it first leaves the function that
 * read it (one leak, one finding; engine_report.c): through its return
 * (param -1), an out-parameter, or a global (how names which). An
 * input, or a fact that left already, keeps what it has. */
uint32_t fact_exit(struct program *p, const char *function, const struct fact *f, const char *how, int param)
{
	if (f->exit || f->input || !f->cats)
		return f->exit;
	/* the parameter or global, not the path below it (CONTRACT 3: "the
	 * same parameter or global it writes the PI into"): curl's SOCKS
	 * password leaves do_SOCKS5 into `data`, and the paths it lands at
	 * there (`*.req`, `*.info`, widened differently on different routes)
	 * each made a leak of their own at every sink */
	char *id = g_strdup_printf("%s\x1f%s\x1f%d", function, how, param);
	uint32_t e = prog_origin(p, ORIGIN_EXIT, id, 0, (struct ir_loc){ 0 }) + 1;
	g_free(id);
	return e;
}
