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
	h = h * 31u + r->sink_kinds + r->has_dest + r->default_kind + r->field_kinds * 7u + r->points_into * 13u + r->object * 17u;
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
	       x->field_kinds == y->field_kinds && x->points_into == y->points_into && x->object == y->object &&
	       x->sink_function == y->sink_function && x->global == y->global && x->cleared == y->cleared;
}

void summary_init(struct summary *s)
{
	s->rows = g_array_new(FALSE, FALSE, sizeof(struct row));
	s->keys = g_hash_table_new_full(row_hash, row_equal, g_free, NULL);
	s->has_clear = false;
}

void summary_free(struct summary *s)
{
	if (s->rows)
		g_array_free(s->rows, TRUE);
	if (s->keys)
		g_hash_table_destroy(s->keys);
	s->rows = NULL;
	s->keys = NULL;
}

/* Past ROW_LIMIT rows, paths are cut to their first WIDE_STEPS steps
 * (inputs then stand for everything below): a function that moves dozens
 * of fields of a context struct keeps a bounded summary, and still tells
 * `ctx->settings` from `ctx->connection`, which keeps PI stored in one
 * part of a handle from following every use of another. Past four times
 * the limit, everything below the parameter is one. */
static void widen(struct program *p, const struct summary *s, struct row *r)
{
	/* a call row names the exact place of a function pointer, and a
	 * pointer returned into an argument the exact place it points to */
	if (r->kind == ROW_CALL || r->points_into)
		return;
	/* What goes into a global is kept by its first steps, always: the
	 * store is flow-insensitive anyway, and a logging library's global
	 * stream (postfix's msg_stream) is written at a dozen paths by every
	 * function that logs, each a row of its own otherwise. */
	if (r->kind == ROW_GLOBAL)
		r->out_path = path_first_steps(p, r->out_path, WIDE_STEPS);
	/* Rows that carry PI of their own keep their paths: widening
	 * `IMEI -> $0.*.Phone.Data.IMEI` to `$0.*.Phone` would make every
	 * field of a state record PI for every caller. Their number is
	 * bounded by the sources that reach the function. */
	if (!r->from_input && r->cats && g_hash_table_size(s->keys) < 4 * ROW_LIMIT)
		return;
	/* counted by keys, which only grow (covered rows are dropped) */
	guint n = g_hash_table_size(s->keys);
	if (n < ROW_LIMIT)
		return;
	bool all = n >= 4 * ROW_LIMIT;
	if (r->from_input && r->in.param >= 0) {
		const char *cut = all ? prog_intern(p, "") : path_first_steps(p, r->in.path, WIDE_STEPS);
		if (cut != r->in.path || all) {
			r->in.path = cut;
			r->in.deep = true;
		}
	}
	if (r->kind == ROW_OUT)
		r->out_path = all ? prog_intern(p, "*") : path_first_steps(p, r->out_path, WIDE_STEPS);
}

/* A row from an input says nothing a row from a deep input above it (or
 * at it) does not, when everything else is equal: `$2.*.state (deep)`
 * reaching send covers `$2.*.state.buffer` reaching send. Keeping only
 * the wider one keeps summaries small where widening has begun. */
static bool row_covered(struct program *p, const struct summary *s, const struct row *r)
{
	if (!r->from_input || r->in.param < 0 || r->kind == ROW_CLEAR || r->kind == ROW_CALL)
		return false;
	/* a number row is covered by a deep row of either sort, any other
	 * row only by a deep row of its own sort */
	for (int number = r->in.number; number >= 0; number--) {
		struct row k = *r;
		k.trace = 0;
		k.in.deep = true;
		k.in.number = number;
		if (!r->in.deep && g_hash_table_contains(s->keys, &k))
			return true;
		for (const char **q = path_prefixes(p, r->in.path); *q; q++) {
			k.in.path = *q;
			if (g_hash_table_contains(s->keys, &k))
				return true;
		}
	}
	return false;
}

/* Drops the rows a new deep row r covers (see row_covered). Their keys
 * stay: a row covered once stays covered. */
static void drop_covered(struct summary *s, const struct row *r)
{
	if (!r->from_input || !r->in.deep || r->in.param < 0 || r->kind == ROW_CLEAR || r->kind == ROW_CALL)
		return;
	struct row key = *r;
	key.trace = 0;
	for (unsigned i = s->rows->len; i-- > 0;) {
		const struct row *o = &g_array_index(s->rows, struct row, i);
		if (!o->from_input || o->in.param != r->in.param || o->kind != r->kind ||
		    (o->in.path == r->in.path && o->in.deep) || !path_below(o->in.path, r->in.path) ||
		    (r->in.number && !o->in.number))
			continue;
		struct row k = *o;
		k.trace = 0;
		k.in = r->in;
		if (row_equal(&k, &key))
			g_array_remove_index(s->rows, i);
	}
}

bool summary_has(struct program *p, const struct summary *s, const struct row *r0)
{
	struct row r = *r0;
	widen(p, s, &r);
	r.trace = 0;
	return g_hash_table_contains(s->keys, &r) || row_covered(p, s, &r);
}

/* A sink row is one row whether its route calls through a function
 * pointer or not; a route without one, once seen, makes it direct
 * (engine_callbacks.c follows only a handler's direct sinks). Rows that
 * differed only in this doubled redis's summaries. */
static bool direct_route(struct summary *s, const struct row *r)
{
	if (r->kind != ROW_SINK || r->via_pointer)
		return false;
	gpointer stored = NULL;
	if (!g_hash_table_lookup_extended(s->keys, r, &stored, NULL) || !((struct row *)stored)->via_pointer)
		return false;
	((struct row *)stored)->via_pointer = false;
	bool changed = false;
	for (unsigned i = 0; i < s->rows->len; i++) {
		struct row *o = &g_array_index(s->rows, struct row, i);
		if (o->via_pointer) {
			struct row k = *o;
			k.trace = 0;
			k.via_pointer = false;
			if (row_equal(&k, r)) {
				o->via_pointer = false;
				changed = true;
			}
		}
	}
	return changed;
}

/* A number row and the same row from the same input read otherwise are
 * one row, the one that is not a number row (it says more reaches):
 * a field read both ways (`flags |= ...` and `if (flags & ...)`) must
 * not count twice toward the row limits, which would widen the summary
 * sooner than before number rows existed. Returns whether r is merged
 * (into the row there, or that row into r, which then stands in its
 * place). */
static bool number_row_merged(struct summary *s, const struct row *r)
{
	struct row k = *r;
	k.in.number = !r->in.number;
	gpointer stored = NULL;
	if (!g_hash_table_lookup_extended(s->keys, &k, &stored, NULL))
		return false;
	if (r->in.number)
		return true;
	/* the number row there becomes r */
	g_hash_table_steal(s->keys, stored);
	((struct row *)stored)->in.number = false;
	g_hash_table_add(s->keys, stored);
	for (unsigned i = 0; i < s->rows->len; i++) {
		struct row *o = &g_array_index(s->rows, struct row, i);
		struct row ko = *o;
		ko.trace = 0;
		if (row_equal(&ko, &k))
			o->in.number = false;
	}
	return true;
}

bool summary_add(struct program *p, struct summary *s, const struct row *r0)
{
	if ((r0->from_input && path_impossible(r0->in.path)) || path_impossible(r0->out_path) ||
	    (r0->has_dest && path_impossible(r0->dest.path)))
		return false;
	/* A widened clear would wipe more than the callee wrote; leaving a
	 * clear out only keeps old facts, which is safe. */
	if (r0->kind == ROW_CLEAR && g_hash_table_size(s->keys) >= ROW_LIMIT)
		return false;
	struct row r = *r0;
	widen(p, s, &r);
	uint32_t trace = r.trace;
	r.trace = 0;
	if (g_hash_table_contains(s->keys, &r) || row_covered(p, s, &r))
		return direct_route(s, &r);
	if (r.from_input && number_row_merged(s, &r))
		return !r.in.number;
	g_hash_table_add(s->keys, g_memdup2(&r, sizeof r));
	drop_covered(s, &r);
	s->has_clear = s->has_clear || r.kind == ROW_CLEAR;
	r.trace = trace;
	g_array_append_val(s->rows, r);
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
