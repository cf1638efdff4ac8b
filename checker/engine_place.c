/* SPDX-License-Identifier: Apache-2.0 */
/* engine_place.c - places (access paths) and inputs for one analysis.
 * Places are interned per analysis: a place is its number, its parent is
 * the path one step shorter, and "is below" is a walk up the parents.
 * What a place holds is the state's (engine_state.c). */
#include <string.h>

#include "engine_state.h"

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
	c->input_tails = g_ptr_array_new();
	/* Roots of locals and parameters are the first places, by index.
	 * Paths are interned, "" too: they compare by pointer. */
	const char *root_path = c->p->empty;
	for (unsigned v = 0; v < c->fn->nvars; v++) {
		struct place pl = { .parent = NO_PLACE, .root = v, .var = (int)v, .path = root_path, .last_below = v };
		g_array_append_val(c->places, pl);
	}
}

void ctx_places_free(struct ctx *c)
{
	g_array_free(c->places, TRUE);
	g_hash_table_destroy(c->place_ids);
	g_array_free(c->inputs, TRUE);
	g_hash_table_destroy(c->input_ids);
	g_ptr_array_free(c->input_tails, TRUE);
}

void input_read_at(struct ctx *c, uint32_t id, uint32_t place, uint32_t q, bool exact, const struct tails *below)
{
	if (id >= c->input_tails->len)
		g_ptr_array_set_size(c->input_tails, (guint)c->inputs->len);
	if (!c->input_tails->pdata[id])
		c->input_tails->pdata[id] = tails_entry(c->sum, input_get(c, id));
	struct tails *t = c->input_tails->pdata[id];
	const char *rest = path_rest(place_get(c, place)->path, place_get(c, q)->path);
	/* Parked pointers: a read with a callee's tails takes all below
	 * rest on them (over-approximated by all below rest); one with a
	 * callee's parked tails, only on those. The first read that notes
	 * otherwise than the tails do gives the input parked tails of its
	 * own, a copy of its tails so far. */
	const struct tails *parked = below || exact ? NULL : c->read_parked;
	struct tails *pt = below || parked ? tails_parked(t) : tails_parked_if(t);
	if (tails_note(c->p, t, rest, exact, below))
		c->changed_summary = true;
	if (pt && tails_note(c->p, pt, rest, exact, parked))
		c->changed_summary = true;
	if (c->parked_notes && !below && !exact) {
		struct parked_note n = { .t = t, .rest = rest };
		g_array_append_val(c->parked_notes, n);
	}
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
	struct place *made = &g_array_index(c->places, struct place, id);
	made->root = made->parent == NO_PLACE ? id : g_array_index(c->places, struct place, made->parent).root;
	for (uint32_t q = id; q != NO_PLACE; q = g_array_index(c->places, struct place, q).parent)
		g_array_index(c->places, struct place, q).last_below = id;
	g_hash_table_insert(c->place_ids, g_memdup2(key, sizeof *key), GUINT_TO_POINTER(id + 1));
	return id;
}

uint32_t place_root_global(struct ctx *c, const char *ident)
{
	struct place_key key = { .base = NO_PLACE, .field = ident, .root = true };
	uint32_t id = lookup(c, &key);
	if (id != NO_PLACE)
		return id;
	struct place pl = { .parent = NO_PLACE, .var = -1, .global = ident, .gi = tags_global(c->p, ident),
			    .path = c->p->empty };
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
	struct place pl = { .parent = NO_PLACE, .var = -1, .site = call, .path = c->p->empty };
	return insert(c, &pk, &pl);
}

bool place_is_local(const struct ctx *c, uint32_t place)
{
	if (place == NO_PLACE)
		return false;
	const struct place *r = place_get(c, place_root(c, place));
	return r->site || (r->var >= 0 && c->fn->vars[r->var].kind != IR_VAR_PARAM);
}

bool place_in_frame(const struct ctx *c, uint32_t place)
{
	if (place == NO_PLACE || place_get(c, place)->under_deref)
		return false;
	const struct place *r = place_get(c, place_root(c, place));
	if (r->var < 0 || NEVER((unsigned)r->var >= c->fn->nvars))
		return false;
	const struct ir_var *v = &c->fn->vars[r->var];
	return v->kind == IR_VAR_LOCAL && !v->is_static;
}

/* e without casts, and without an offset added to a pointer (`buf + 5`):
 * the pointer as written, which a callee's returned argument is not
 * (xstrdup's summary reads as returning its argument, though its result
 * is a copy). */
static const struct ir_expr *pointer_base(const struct ir_expr *e)
{
	e = ir_strip_casts(e);
	if (e && e->kind == IR_E_BINARY && (e->op == IR_OP_ADD || e->op == IR_OP_SUB) && e->nkids &&
	    type_is_pointer(e->kids[0]->type_flags))
		e = ir_strip_casts(e->kids[0]);
	return e;
}

unsigned expr_param_pointer(const struct ctx *c, const struct ir_expr *e)
{
	e = pointer_base(e);
	if (!e || e->kind != IR_E_VAR || e->var < 0 || (unsigned)e->var >= c->fn->nvars)
		return 0;
	const struct ir_var *v = &c->fn->vars[e->var];
	if (v->kind != IR_VAR_PARAM || !type_is_pointer(v->type_flags) || v->param_index < 0 || v->param_index >= 8)
		return 0;
	return 1u << v->param_index;
}

bool expr_frame_pointer(const struct ctx *c, const struct ir_expr *e)
{
	e = pointer_base(e);
	if (!e)
		return false;
	bool addr = e->kind == IR_E_ADDR && e->nkids;
	if (addr) {
		/* &local, &local.field, &local[i] */
		e = e->kids[0];
		while (((e->kind == IR_E_FIELD && !e->arrow) || e->kind == IR_E_INDEX) && e->nkids)
			e = e->kids[0];
	}
	if (e->kind != IR_E_VAR || e->var < 0 || (unsigned)e->var >= c->fn->nvars)
		return false;
	const struct ir_var *v = &c->fn->vars[e->var];
	/* without &, only an array stands for its own memory */
	return v->kind == IR_VAR_LOCAL && !v->is_static && (addr || type_is_array(v->type_flags));
}

/* The walks that follow summary paths at every call make most steps,
 * with names interned already; hashing each again was a twentieth of
 * redis's analysis. */
uint32_t place_step_interned(struct ctx *c, uint32_t base, const char *field, bool weak)
{
	if (base == NO_PLACE)
		return NO_PLACE;
	const struct place *b = place_get(c, base);
	/* A path longer than the bound stands for everything below it. */
	if (b->depth >= MAX_STEPS)
		return base;
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

uint32_t place_step(struct ctx *c, uint32_t base, const char *field, bool weak)
{
	/* Field names come from every TU and from summaries: one copy of
	 * each, so that places compare by pointer. */
	return place_step_interned(c, base, field ? prog_intern(c->p, field) : NULL, weak);
}

/* Inputs name at most INPUT_STEPS steps below a parameter, and the
 * fields of records held by value after them (path_cut); a longer path
 * stands for all below this ancestor of it. Summaries of functions that
 * take a big context struct stay small. */
uint32_t place_input_cut(struct ctx *c, uint32_t place)
{
	if (place_get(c, place)->depth <= INPUT_STEPS)
		return place;
	const char *cut = path_cut(c->p, place_get(c, place)->path, INPUT_STEPS);
	uint32_t q = place;
	while (place_get(c, q)->path != cut && !NEVER(place_get(c, q)->parent == NO_PLACE))
		q = place_get(c, q)->parent;
	return q;
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
	return place_step_interned(c, parent, field, false);
}

/* Follows a path such as "*.phone" from base. */
uint32_t place_follow(struct ctx *c, uint32_t base, const char *path)
{
	if (!path || !*path)
		return base;
	uint32_t q = base;
	for (const char *const *s = path_steps(c->p, path); *s && q != NO_PLACE; s++)
		q = place_step_interned(c, q, *s == STEP_DEREF ? NULL : *s, false);
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
