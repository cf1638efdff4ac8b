/* SPDX-License-Identifier: Apache-2.0 */
/* engine_read.c - what reading a place yields: the facts the function wrote
 * there (and to enclosing places), the PI tags of the place, and what was
 * there before the function ran: the caller's input for a parameter, the
 * global store for a global (engine_global.c). */
#include "engine_state.h"

#include <string.h>

static const char *how_name(enum tag_origin how)
{
	switch (how) {
	case TAG_ANNOTATION: return "annotation";
	case TAG_RULE: return "rule";
	default: return "identifier heuristic";
	}
}

void place_set_field_tags(struct ctx *c, uint32_t place, const char *record, const char *field,
			  unsigned annotated)
{
	struct place *pl = &g_array_index(c->places, struct place, place);
	if (pl->tags_known || !pl->field)
		return;
	pl->tags_known = true;
	const struct field_info *fi = tags_field(c->p, record, field);
	unsigned cats = annotated | (fi ? fi->cats : 0);
	if (!cats)
		return;
	pl->tag_cats = cats;
	pl->tag_how = annotated ? TAG_ANNOTATION : fi->how;
	char *id = g_strconcat(record ? record : "?", ".", field, NULL);
	pl->tag_identity = prog_intern(c->p, id);
	g_free(id);
}

static void root_tags(struct ctx *c, uint32_t root)
{
	struct place *pl = &g_array_index(c->places, struct place, root);
	if (pl->tags_known)
		return;
	pl->tags_known = true;
	if (pl->var >= 0) {
		unsigned cats = c->fi->var_cats[pl->var];
		if (!cats)
			return;
		const struct ir_var *v = &c->fn->vars[pl->var];
		pl->tag_cats = cats;
		pl->tag_how = v->tags.pi ? TAG_ANNOTATION : TAG_HEURISTIC;
		char *id = g_strdup_printf("%s `%s` of %s()", v->kind == IR_VAR_PARAM ? "parameter" : "variable",
					   v->name, c->fn->name);
		pl->tag_identity = prog_intern(c->p, id);
		g_free(id);
	} else if (pl->global) {
		const struct global_info *gi = tags_global(c->p, pl->global);
		if (!gi->cats)
			return;
		pl->tag_cats = gi->cats;
		pl->tag_how = gi->how;
		char *id = g_strdup_printf("global `%s`", gi->name);
		pl->tag_identity = prog_intern(c->p, id);
		g_free(id);
	}
}

void add_source(struct ctx *c, struct factset *out, unsigned cats, const char *identity,
		enum tag_origin how, const char *what, struct ir_loc loc, bool param_tag)
{
	uint32_t o = prog_origin(c->p, ORIGIN_SOURCE, identity, cats, loc);
	struct source_origin *so = &g_array_index(c->p->origins, struct source_origin, o);
	/* One trace per source site, however often a loop re-reads it. */
	if (!so->trace) {
		char *ct = pi_categories_text(cats);
		so->trace = trace_step(c->p, 0, loc, c->fn->name, "reads `%s`: PI (%s) by %s", what, ct,
				       how_name(how));
		g_free(ct);
	}
	struct fact f = {
		.origin = o,
		.trace = so->trace,
		.cats = (uint16_t)cats,
		.param_tag = param_tag,
	};
	factset_add(out, &f);
}

const struct factset *special_known(const struct ctx *c, int param, const char *path)
{
	for (unsigned k = 0; c->special && k < c->special->n; k++)
		if (c->special->v[k].in.param == param && c->special->v[k].in.path == path)
			return &c->special->v[k].fns;
	return NULL;
}

void read_place(struct ctx *c, uint32_t place, bool deep, bool with_tags, struct ir_loc loc,
		struct factset *out, bool *clean)
{
	bool stopped = false, cleared = false, sealed = false;
	uint32_t root = place;
	for (uint32_t q = place; q != NO_PLACE; q = place_get(c, q)->parent) {
		root = q;
		if (stopped)
			continue;
		const struct entry *e = state_find(&c->st, q);
		if (!e)
			continue;
		if (q == place || !c->own_entry_only)
			factset_union(out, entry_facts(e));
		if (e->strong) {
			stopped = true;
			cleared = e->cleared;
			sealed = e->sealed;
		}
	}
	if (deep && !c->skip_entries_below) {
		/* a place is made after the places above it: what is below
		 * has a greater number, and entries are sorted by number; its
		 * path starts with place's and a '.', skipped at once */
		size_t n = strlen(place_get(c, place)->path);
		n += n ? 1 : 0;
		unsigned lo, hi;
		state_range_under(&c->st, c, place, &lo, &hi);
		for (unsigned i = lo; i < hi; i++) {
			const struct entry *e = &g_array_index(c->st.entries, struct entry, i);
			if (e->place == place || !place_under(c, e->place, place))
				continue;
			/* only what is on a path the callee reads */
			if (c->read_tails && !tails_admit(c->read_tails, place_get(c, e->place)->path + n))
				continue;
			/* a pointer a parameter gave, parked here, only where
			 * the callee's rows were cut from (engine_tails.c) */
			if (c->read_parked && e->param_ptrs && !tails_admit(c->read_parked, place_get(c, e->place)->path + n))
				continue;
			factset_union(out, entry_facts(e));
		}
	}
	if (clean)
		*clean = stopped && cleared && out->n == 0;

	/* Tags: of the root (a tagged variable) and of every field step. A
	 * tagged place is a source where it is read, so what the caller put
	 * there is not also an input: that would report one flow twice.
	 * A place last written with protected PI only (sealed) holds that,
	 * not the plain PI its tag stands for: `password = crypt(password,
	 * salt)` then logged is hashed, as the contract's "overwritten"
	 * says of a clean value. */
	bool tagged = false;
	if (!(stopped && (cleared || sealed))) {
		root_tags(c, root);
		/* A tag covers what its place holds and what that points to
		 * (`email[i]`, `password->vp_strvalue`), but not another record
		 * reached through a pointer in it: `password->da->name` is the
		 * name of the password's attribute, not the password. Counted
		 * as dereferences followed by a field, below the tagged place. */
		unsigned record_derefs = 0;
		bool below_is_field = false;
		for (uint32_t q = place; q != NO_PLACE; q = place_get(c, q)->parent) {
			const struct place *pl = place_get(c, q);
			bool is_field = pl->field != NULL;
			bool counted = record_derefs > 1;
			if (!is_field && below_is_field)
				record_derefs++;
			below_is_field = is_field;
			if (!pl->tag_cats || counted)
				continue;
			/* A tagged parameter stays an input: its callers report
			 * what they pass (engine_call.c, add_param_tag_source). */
			bool param_tag = pl->parent == NO_PLACE && pl->var >= 0 &&
					 c->fn->vars[pl->var].kind == IR_VAR_PARAM;
			tagged = tagged || !param_tag;
			if (!with_tags)
				continue;
			char *what = place_text(c, place);
			add_source(c, out, pl->tag_cats, pl->tag_identity, pl->tag_how, what, loc, param_tag);
			g_free(what);
		}
	}
	if (stopped)
		return;
	const struct place *r = place_get(c, root);
	const char *path = place_get(c, place)->path;
	if (r->var >= 0 && c->fn->vars[r->var].kind == IR_VAR_PARAM && !tagged && !c->skip_input) {
		uint32_t q = place_input_cut(c, place);
		bool in_deep = deep || q != place;
		struct fact f = {
			.origin = input_id(c, c->fn->vars[r->var].param_index, place_get(c, q)->path, in_deep,
					   c->number_read),
			.input = 1,
		};
		/* a deep input says what below it is read */
		if (in_deep)
			input_read_at(c, f.origin, place, q, !deep, deep ? c->read_tails : NULL);
		int pi = c->fn->vars[r->var].param_index;
		if (!c->input_traces[pi])
			c->input_traces[pi] = trace_step(c->p, 0, c->fn->vars[r->var].loc, c->fn->name,
							 "enters `%s` as parameter `%s`", c->fn->name,
							 c->fn->vars[r->var].name);
		f.trace = c->input_traces[pi];
		factset_add(out, &f);
		/* the functions a caller said it passes here (ROW_CALL) */
		const struct factset *fns = in_deep ? NULL : special_known(c, pi, place_get(c, q)->path);
		if (fns)
			factset_union(out, fns);
	} else if (r->global) {
		global_store_read(c, r->global, path, deep, loc, out);
		const struct global_info *gi = tags_global(c->p, r->global);
		if (gi->handle && !*path) {
			struct fact f = {
				.origin = prog_origin(c->p, ORIGIN_HANDLE, gi->name, 0, gi->loc),
				.trace = trace_step(c->p, 0, loc, c->fn->name, "`%s` is a %s", gi->name,
						    sink_kind_name(gi->handle->kind)),
				.handle = (uint8_t)(1u << gi->handle->kind),
			};
			factset_add(out, &f);
		}
	}
}

/* Every tagged field of an object of type record, and of the records it
 * holds by value: what a sink that writes the object's bytes writes. */
void read_object_fields(struct ctx *c, const char *record, struct ir_loc loc, const char *what,
			struct factset *out, int depth, bool bytes)
{
	const GPtrArray *fields = tags_record_fields(c->p, record);
	if (!fields || depth > 4)
		return;
	for (unsigned i = 0; i < fields->len; i++) {
		const struct field_info *fi = fields->pdata[i];
		if (bytes && fi->by_pointer)
			continue;
		if (fi->cats) {
			char *id = g_strconcat(fi->record, ".", fi->name, NULL);
			char *w = g_strdup_printf("%s (field `%s`)", what, fi->name);
			add_source(c, out, fi->cats, prog_intern(c->p, id), fi->how, w, loc, false);
			g_free(w);
			g_free(id);
		}
		if (fi->field_record && fi->field_record != record)
			read_object_fields(c, fi->field_record, loc, what, out, depth + 1, bytes);
	}
}

/* Short C-like text of an expression, for trace messages. */
static void text_of(const struct ir_func *fn, const struct ir_expr *e, GString *s, int depth)
{
	if (!e || s->len > 60 || depth > 6) {
		g_string_append(s, "...");
		return;
	}
	switch (e->kind) {
	case IR_E_VAR:
		g_string_append(s, fn && e->var >= 0 ? fn->vars[e->var].name : "?");
		break;
	case IR_E_GLOBAL:
	case IR_E_FUNC:
		g_string_append(s, e->name);
		break;
	case IR_E_FIELD:
		text_of(fn, e->kids[0], s, depth + 1);
		g_string_append_printf(s, "%s%s", e->arrow ? "->" : ".", e->name);
		break;
	case IR_E_DEREF:
		g_string_append_c(s, '*');
		text_of(fn, e->kids[0], s, depth + 1);
		break;
	case IR_E_ADDR:
		g_string_append_c(s, '&');
		text_of(fn, e->kids[0], s, depth + 1);
		break;
	case IR_E_INDEX:
		text_of(fn, e->kids[0], s, depth + 1);
		g_string_append(s, "[]");
		break;
	case IR_E_CAST:
		text_of(fn, e->kids[0], s, depth + 1);
		break;
	case IR_E_CALL:
		g_string_append_printf(s, "%s(...)", e->name ? e->name : "(*fp)");
		break;
	case IR_E_STRING:
		g_string_append(s, "\"...\"");
		break;
	default:
		g_string_append(s, "expression");
		break;
	}
}

char *expr_text(const struct ir_func *fn, const struct ir_expr *e)
{
	GString *s = g_string_new(NULL);
	text_of(fn, e, s, 0);
	return g_string_free(s, FALSE);
}

void read_record_whole(struct ctx *c, uint32_t place, struct ir_loc loc, struct factset *out, bool *clean)
{
	c->skip_entries_below = true;
	read_place(c, place, true, true, loc, out, clean);
	c->skip_entries_below = false;
}
