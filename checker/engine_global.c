/* SPDX-License-Identifier: Apache-2.0 */
/* engine_global.c - the global store: what every global holds, written
 * and read by every function, flow-insensitive. The program's side (its
 * entries, the functions globals' initializers hold, which functions a
 * change makes stale) and an analysis's side (what a write to a global
 * adds, what a read of one yields) are both here. */
#include <string.h>

#include "engine_state.h"

/* What a global holds at one path below it. */
struct gentry {
	const char *path;	/* below the global: "", "*", "*.phone" */
	struct factset fs;
	unsigned changed_at;	/* epoch of its last change */
};

static void gentries_free(gpointer data)
{
	GPtrArray *list = data;
	for (unsigned i = 0; i < list->len; i++) {
		struct gentry *g = list->pdata[i];
		factset_free(&g->fs);
		g_free(g);
	}
	g_ptr_array_free(list, TRUE);
}

void store_init(struct program *p)
{
	p->store.globals = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, gentries_free);
	p->store.changed_at = g_hash_table_new(g_str_hash, g_str_equal);
}

void store_free(struct program *p)
{
	g_hash_table_destroy(p->store.globals);
	g_hash_table_destroy(p->store.changed_at);
}

/* The entry of global ident at path (interned), or NULL. */
static struct gentry *store_entry(const struct program *p, const char *ident, const char *path)
{
	GPtrArray *list = g_hash_table_lookup(p->store.globals, ident);
	for (unsigned i = 0; list && i < list->len; i++)
		if (((struct gentry *)list->pdata[i])->path == path)
			return list->pdata[i];
	return NULL;
}

/* One fact per source, not per place it was read: the store is
 * flow-insensitive, and every read of `state->sender` in every function
 * that reaches a global would add one more each pass (postfix's did not
 * settle in six). Whether g holds f's source so already. */
static bool holds_source(const struct program *p, const struct gentry *g, const struct fact *f)
{
	if (!f->cats || f->input)
		return false;
	const char *id = prog_origin_get(p, f->origin)->identity;
	for (uint32_t i = 0; i < g->fs.n; i++) {
		const struct fact *o = &g->fs.v[i];
		if (o->cats && !o->input && o->prot == f->prot && !(f->cats & ~o->cats) &&
		    prog_origin_get(p, o->origin)->identity == id)
			return true;
	}
	return false;
}

/* Adds a fact to what global ident holds at path (interned); true when
 * the store grew. */
static bool store_add_fact(struct program *p, const char *ident, const char *path, const struct fact *f)
{
	struct gentry *g = store_entry(p, ident, path);
	if (!g) {
		GPtrArray *list = g_hash_table_lookup(p->store.globals, ident);
		if (!list) {
			list = g_ptr_array_new();
			g_hash_table_insert(p->store.globals, (gpointer)ident, list);
		}
		g = g_new0(struct gentry, 1);
		g->path = path;
		g_ptr_array_add(list, g);
	}
	if (holds_source(p, g, f) || !factset_add(&g->fs, f))
		return false;
	g->changed_at = p->epoch;
	p->store.changed = true;
	g_hash_table_insert(p->store.changed_at, (gpointer)ident, GUINT_TO_POINTER(p->epoch));
	return true;
}

/* Whether a read of path (deep: and everything below it) sees the entry
 * at entry_path: an entry above the path holds what is below it too. */
static bool store_read_sees(const char *path, bool deep, const char *entry_path)
{
	return path_below(path, entry_path) || (deep && path_below(entry_path, path));
}

/* Whether what fi's last analysis read of the store has changed since,
 * entry by entry: a global that gained a callback deep inside it does not
 * make every reader of its top run again. With no reads recorded, a
 * change to any global it names counts. */
bool store_changed_since(const struct program *p, const struct fn_info *fi)
{
	if (fi->store_reads) {
		for (unsigned i = 0; i < fi->store_reads->len; i++) {
			const struct store_read *r = &g_array_index(fi->store_reads, struct store_read, i);
			if (GPOINTER_TO_UINT(g_hash_table_lookup(p->store.changed_at, r->ident)) <= fi->analysed_at)
				continue;
			const GPtrArray *list = g_hash_table_lookup(p->store.globals, r->ident);
			for (unsigned k = 0; list && k < list->len; k++) {
				const struct gentry *g = list->pdata[k];
				if (g->changed_at > fi->analysed_at && store_read_sees(r->path, r->deep, g->path))
					return true;
			}
		}
		return false;
	}
	for (unsigned i = 0; i < fi->globals_read->len; i++) {
		gpointer at = g_hash_table_lookup(p->store.changed_at, fi->globals_read->pdata[i]);
		if (GPOINTER_TO_UINT(at) > fi->analysed_at)
			return true;
	}
	return false;
}

/* The function addresses an initializer puts at path below global ident. */
static void seed_init(struct program *p, const char *ident, const char *path, const struct ir_expr *e)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_E_FUNC: {
		struct fact f = {
			.origin = prog_origin(p, ORIGIN_FUNCTION, e->ident, 0, (struct ir_loc){ 0 }),
			.function = 1,
		};
		store_add_fact(p, ident, prog_intern(p, path), &f);
		return;
	}
	case IR_E_ADDR:
	case IR_E_CAST:
		if (e->nkids)
			seed_init(p, ident, path, e->kids[0]);
		return;
	case IR_E_INITLIST: {
		const GPtrArray *fields = tags_record_fields(p, e->record);
		bool is_record = e->record && (e->type_flags & IR_TF_KNOWN) && !type_is_array(e->type_flags);
		for (unsigned i = 0; i < e->nkids; i++) {
			const char *field = e->names ? e->names[i] : NULL;
			if (!field && is_record && fields && i < fields->len)
				field = ((const struct field_info *)fields->pdata[i])->name;
			if (!is_record || !field) {
				seed_init(p, ident, path, e->kids[i]);	/* an array's elements */
				continue;
			}
			char *sub = *path ? g_strconcat(path, ".", field, NULL) : g_strdup(field);
			seed_init(p, ident, sub, e->kids[i]);
			g_free(sub);
		}
		return;
	}
	default:
		return;
	}
}

/* Dispatch tables and ops structs hold their functions from the start,
 * before any function is analysed. */
void seed_global_functions(struct program *p)
{
	for (unsigned t = 0; t < p->tus->len; t++) {
		const struct ir_tu *tu = p->tus->pdata[t];
		for (unsigned i = 0; i < tu->globals->len; i++) {
			const struct ir_global *g = tu->globals->pdata[i];
			if (g->init)
				seed_init(p, g->ident, "", g->init);
		}
	}
}

/* Recorded for store_changed_since(). */
static void note_store_read(struct ctx *c, const char *ident, const char *path, bool deep)
{
	GArray *reads = c->fi->store_reads;
	for (unsigned i = 0; i < reads->len; i++) {
		const struct store_read *r = &g_array_index(reads, struct store_read, i);
		if (r->ident == ident && r->path == path && r->deep == deep)
			return;
	}
	struct store_read r = { ident, path, deep };
	g_array_append_val(reads, r);
}

/* What global ident holds at path, for a read at loc: each fact with a
 * step saying which global it was read from. */
void global_store_read(struct ctx *c, const char *ident, const char *path, bool deep, struct ir_loc loc,
		       struct factset *out)
{
	note_store_read(c, ident, path, deep);
	GPtrArray *list = g_hash_table_lookup(c->p->store.globals, ident);
	if (!list)
		return;
	const char *sep = strstr(ident, "::");
	for (unsigned i = 0; i < list->len; i++) {
		const struct gentry *g = list->pdata[i];
		if (!store_read_sees(path, deep, g->path))
			continue;
		const char *msg = NULL;
		for (uint32_t k = 0; k < g->fs.n; k++) {
			struct fact f = g->fs.v[k];
			if (!msg)
				msg = trace_msg(c->p, "read from global `%s`", sep ? sep + 2 : ident);
			f.trace = trace_node(c->p, f.trace, loc, c->fn->name, msg);
			factset_add(out, &f);
		}
	}
}

/* Whether the store holds f at path of ident already, as store_add_fact
 * would find it (its trace and exit aside). */
static bool store_has_fact(const struct program *p, const char *ident, const char *path, const struct fact *f)
{
	const struct gentry *g = store_entry(p, ident, path);
	if (!g)
		return false;
	if (holds_source(p, g, f))
		return true;
	struct fact copy = *f;
	const struct factset one = { .v = &copy, .n = 1, .cap = 1 };
	return factset_covers(&g->fs, &one);
}

/* A ROW_GLOBAL row from one of the analysis's inputs, as summary_has
 * tells it from others: the input (an id of the analysis), its
 * protections, the global and the path (both interned). */
struct global_row_key {
	uint32_t input;
	uint16_t prot;
	/* how far the summary has widened (engine_summary.c): the row
	 * summary_has looks for is the widened one */
	uint16_t regime;
	const char *global, *path;
};

static guint global_row_key_hash(gconstpointer k)
{
	const struct global_row_key *g = k;
	return ((g->input * 31u + g->prot) * 31u + g->regime) * 31u + g_direct_hash(g->global) * 17u +
	       g_direct_hash(g->path);
}

static gboolean global_row_key_equal(gconstpointer a, gconstpointer b)
{
	const struct global_row_key *x = a, *y = b;
	return x->input == y->input && x->prot == y->prot && x->regime == y->regime && x->global == y->global &&
	       x->path == y->path;
}

/* Whether the summary has the global row r (from input fact f), asking
 * summary_has only the first time it does. */
static bool global_row_had(struct ctx *c, const struct fact *f, const struct row *r)
{
	struct global_row_key key = {
		.input = f->origin,
		.prot = f->prot,
		.regime = (uint16_t)summary_widening(c->sum),
		.global = r->global,
		.path = r->out_path,
	};
	if (c->global_rows_had && g_hash_table_contains(c->global_rows_had, &key))
		return true;
	if (!summary_has(c->p, c->sum, r))
		return false;
	if (!c->global_rows_had)
		c->global_rows_had = g_hash_table_new_full(global_row_key_hash, global_row_key_equal, g_free, NULL);
	g_hash_table_add(c->global_rows_had, g_memdup2(&key, sizeof key));
	return true;
}

/* A fact this analysis writes to global ident at path: the caller's input
 * becomes a ROW_GLOBAL row (its callers write it), PI or a handle of its
 * own goes into the store, with its exit. With dry, nothing is written,
 * and the answer is whether anything would be (traces aside: a fact keeps
 * the one it came with first). */
static bool put_fact(struct ctx *c, const char *ident, const char *path, const struct fact *f, bool dry)
{
	if (f->input) {
		struct row r = {
			.kind = ROW_GLOBAL,
			.from_input = true,
			.in = *input_get(c, f->origin),
			.prot = f->prot,
			.global = ident,
			.out_path = path,
			.trace = f->trace,
		};
		if (dry)
			return !global_row_had(c, f, &r);
		if (summary_add(c->p, c->sum, &r))
			c->changed_summary = true;
		return true;
	}
	/* A tagged parameter's PI is its callers' to report, unless nobody
	 * calls the function (engine_report.c) */
	if (f->param_tag && c->fi->has_callers)
		return false;
	struct fact stored = *f;
	stored.param_tag = 0;	/* a source of its own for the readers */
	if (dry)
		return !store_has_fact(c->p, ident, path, &stored);
	stored.exit = fact_exit(c->p, c->fn->ident, f, ident, 0);
	store_add_fact(c->p, ident, path, &stored);
	return true;
}

void global_store_add_fact(struct ctx *c, const char *ident, const char *path, const struct fact *f)
{
	put_fact(c, ident, path, f, false);
}

/* A write of fs to place, a global's or below one; with dry, only whether
 * it may add anything (put_fact). */
static bool put(struct ctx *c, uint32_t place, const struct factset *fs, bool dry)
{
	uint32_t root = place_root(c, place);
	const char *ident = place_get(c, root)->global;
	const char *path = place_get(c, place)->path;
	/* What a library stream such as stdout points to is the library's:
	 * the program writes through it with calls, and a write that lands
	 * inside it came from a pointer the analysis could not tell apart. */
	const struct global_info *gi = place_get(c, root)->gi;
	if (*path && gi->handle)
		return false;
	/* The program's own standard streams likewise: a handle that lands
	 * in one came with what another stream's writer logged, through the
	 * logger's stream (engine_streams.c). */
	bool standard = gi->standard;
	for (uint32_t i = 0; i < fs->n; i++) {
		struct fact f = fs->v[i];
		if (standard && f.handle) {
			if (!f.cats && !f.input)
				continue;
			f.handle = 0;
		}
		if (put_fact(c, ident, path, &f, dry) && dry)
			return true;
	}
	return false;
}

void global_store_add(struct ctx *c, uint32_t place, const struct factset *fs)
{
	put(c, place, fs, false);
}

/* A callee's global row is applied at every call of it in every pass, and
 * most of the time what it brings is in the store or the summary already
 * (on redis, 6.5% of 3.0 million applications added anything): the
 * call's trace steps, made before, were about a fifth of redis's
 * analysis. */
bool global_store_may_add(struct ctx *c, uint32_t place, const struct factset *fs)
{
	return put(c, place, fs, true);
}
