/* SPDX-License-Identifier: Apache-2.0 */
/* engine_func.c - the intraprocedural analysis: expressions, statements,
 * and the fixpoint over one function's control-flow graph; at the end, the
 * function's summary rows (what reaches its return and its out-parameters).
 * Calls are in engine_call.c. */
#include <limits.h>
#include <string.h>

#include "engine_state.h"

static bool expr_is_pointer(const struct ir_expr *e)
{
	return type_is_pointer(e->type_flags);
}

static uint32_t call_pointee(struct ctx *c, const struct ir_expr *e);

static const struct ir_expr *strip_value_casts(const struct ir_expr *e)
{
	while (e->kind == IR_E_CAST && e->nkids)
		e = e->kids[0];
	return e;
}

/* The object a call's result points to: the one the callee made and
 * described in its summary (ROW_OUT to OUT_RETURN), else a place of this
 * call's own that carries the result's facts. The call is evaluated here,
 * once. */
static uint32_t call_pointee(struct ctx *c, const struct ir_expr *e)
{
	struct value v;
	value_init(&v);
	eval(c, e, &v);
	uint32_t pt = v.pt;
	if (pt == NO_PLACE) {
		uint32_t site = place_root_site(c, e);
		pt = place_step(c, site, NULL, false);
		state_write(c, site, &v.fs, true, v.clean, pt);
	}
	value_free(&v);
	return pt;
}

/* The place a pointer-valued expression points to, without evaluating it. */
static uint32_t pointee(struct ctx *c, const struct ir_expr *e, bool *weak)
{
	switch (e->kind) {
	case IR_E_ADDR:
		return eval_place(c, e->kids[0], weak);
	case IR_E_CAST:
		return pointee(c, e->kids[0], weak);
	case IR_E_BINARY: {
		/* container_of: `(T *)((char *)p - offsetof(T, m))` is the
		 * record p is the member m of; "^m" steps back up from m */
		const struct ir_expr *off = e->nkids == 2 ? strip_value_casts(e->kids[1]) : NULL;
		if (e->op == IR_OP_SUB && off && off->kind == IR_E_SIZEOF && off->op == IR_OP_OFFSETOF && off->name) {
			uint32_t member = pointee(c, e->kids[0], weak);
			char *up = g_strconcat("^", off->name, NULL);
			uint32_t rec = place_step(c, member, up, false);
			g_free(up);
			return rec;
		}
		/* pointer arithmetic stays inside the object */
		for (unsigned i = 0; i < e->nkids; i++) {
			if (expr_is_pointer(e->kids[i]) || type_is_array(e->kids[i]->type_flags)) {
				*weak = true;
				return pointee(c, e->kids[i], weak);
			}
		}
		return NO_PLACE;
	}
	case IR_E_COMMA:
		return e->nkids > 1 ? pointee(c, e->kids[1], weak) : NO_PLACE;
	case IR_E_ASSIGN:
		return pointee(c, e->kids[0], weak);
	case IR_E_INCDEC:
		/* *d++ = c: somewhere in the buffer d walks */
		*weak = true;
		return e->nkids ? pointee(c, e->kids[0], weak) : NO_PLACE;
	case IR_E_CALL:
		/* mk(email)->data: what the call returned points to */
		return call_pointee(c, e);
	default:
		break;
	}
	uint32_t p = eval_place(c, e, weak);
	if (p == NO_PLACE)
		return NO_PLACE;
	/* An array and its elements are one place: strcpy(a->phone, "n/a")
	 * clears what a->phone holds. */
	if (type_is_array(e->type_flags))
		return p;
	const struct entry *en = state_find(&c->st, p);
	if (en && en->pt != NO_PLACE) {
		*weak = *weak || en->pt_weak;
		return en->pt;
	}
	return place_step(c, p, NULL, false);
}

uint32_t eval_place(struct ctx *c, const struct ir_expr *e, bool *weak)
{
	uint32_t p;
	switch (e->kind) {
	case IR_E_VAR:
		return e->var >= 0 ? place_root_var(c, e->var) : NO_PLACE;
	case IR_E_GLOBAL:
		return place_root_global(c, e->ident);
	case IR_E_FIELD:
		p = e->arrow ? pointee(c, e->kids[0], weak) : eval_place(c, e->kids[0], weak);
		p = place_step(c, p, alias_field(c->p, e->field_record, e->name), false);
		if (p != NO_PLACE)
			place_set_field_tags(c, p, e->field_record, e->name, e->pi_tags);
		return p;
	case IR_E_DEREF:
		return pointee(c, e->kids[0], weak);
	case IR_E_INDEX:
		*weak = true;
		return pointee(c, e->kids[0], weak);
	case IR_E_CAST:
		return eval_place(c, e->kids[0], weak);
	case IR_E_COMMA:
		return e->nkids > 1 ? eval_place(c, e->kids[1], weak) : NO_PLACE;
	default:
		return NO_PLACE;
	}
}

static void step_all(struct ctx *c, struct factset *fs, struct ir_loc loc, const char *fmt, const char *arg)
{
	const char *msg = NULL;
	for (uint32_t i = 0; i < fs->n; i++) {
		struct fact *f = &fs->v[i];
		/* Handles need no story, and inputs get theirs at call
		 * boundaries only: the steps inside a callee are what a
		 * reader follows, and inputs are most of the facts. */
		if (!f->cats)
			continue;
		if (!msg)
			msg = trace_msg(c->p, fmt, arg);
		f->trace = trace_node(c->p, f->trace, loc, c->fn->name, msg);
	}
}

/* Whether f is the PI of the very field it sits in: gammu shifts the
 * phonebook's entries with CopyUnicodeString(e[j-1].Text, e[j].Text) and
 * cuts a prefix off the IMEI in place. Reading that field anywhere is a
 * source by its tag; carrying the fact out as well would only hand it to
 * every deep read of what encloses the field. */
static bool own_field_pi(const struct ctx *c, uint32_t place, const struct fact *f)
{
	const struct place *pl = place_get(c, place);
	return pl->tag_identity && !f->input && f->cats && !(f->cats & ~pl->tag_cats) &&
	       prog_origin_get(c->p, f->origin)->identity == pl->tag_identity;
}

static void visit_from(struct ctx *c, const struct state *st, uint32_t base, const char *prefix, int depth,
		       void (*fn)(struct ctx *c, const char *path, const struct fact *f, void *data), void *data)
{
	const char *bpath = place_get(c, base)->path;
	size_t blen = strlen(bpath);
	unsigned lo, hi;
	state_range_under(st, c, base, &lo, &hi);
	for (unsigned i = lo; i < hi; i++) {
		const struct entry *e = &g_array_index(st->entries, struct entry, i);
		if (!place_under(c, e->place, base))
			continue;
		const char *rest = place_get(c, e->place)->path + blen;
		char *joined = g_strconcat(prefix, *rest && *rest != '.' ? "." : "", rest, NULL);
		const char *path = prog_intern(c->p, joined);
		g_free(joined);
		const struct factset *fs = entry_facts(e);
		for (uint32_t k = 0; k < fs->n; k++)
			if (!own_field_pi(c, e->place, &fs->v[k]))
				fn(c, path, &fs->v[k], data);
		/* t->child = mk_child(): the child object goes with it */
		if (e->pt != NO_PLACE && depth < 2 && place_is_local(c, e->pt) && !place_under(c, e->pt, base)) {
			char *below = g_strconcat(path, ".*", NULL);
			visit_from(c, st, e->pt, prog_intern(c->p, below), depth + 1, fn, data);
			g_free(below);
		}
	}
}

void visit_object(struct ctx *c, uint32_t base, const char *prefix,
		  void (*fn)(struct ctx *c, const char *path, const struct fact *f, void *data), void *data)
{
	visit_from(c, &c->st, base, prefix, 0, fn, data);
}

/* Whether exit entry e holds the pointer parameter param holds: this
 * function or a callee stored it there on some path (param_ptrs). */
static bool holds_param_pointer(const struct entry *e, int param)
{
	return e && param >= 0 && param < 8 && (e->param_ptrs & (1u << param));
}

/* A fact at what parameter out_param points to (or, OUT_RETURN, what the
 * returned pointer does), at path, as a summary row; e is the exit entry
 * it sits in, when known. */
static void add_out_row(struct ctx *c, int out_param, const char *path, const struct fact *f,
			const struct entry *e)
{
	if (f->param_tag || (!f->cats && !f->handle && !f->input && !f->function))
		return;
	struct row r = {
		.kind = ROW_OUT,
		.prot = f->prot,
		.trace = f->trace,
		.out_param = out_param,
		.out_path = path,
	};
	if (f->input) {
		r.from_input = true;
		r.in = *input_get(c, f->origin);
		/* copying a parameter onto itself says nothing */
		if (r.in.param == r.out_param && !strcmp(r.in.path, r.out_path))
			return;
		r.stores_pointer = holds_param_pointer(e, r.in.param);
		r.out_cut = e && e->cut;
	} else {
		r.origin = f->origin;
		r.cats = f->cats;
		r.handle = f->handle;
		r.function = f->function;
		r.exit = fact_exit(c->p, c->fn->ident, f, out_param == OUT_RETURN ? "return" : "out", out_param);
	}
	if (summary_add(c->p, c->sum, &r))
		c->changed_summary = true;
}

static void return_object_row(struct ctx *c, const char *path, const struct fact *f, void *data)
{
	(void)data;
	add_out_row(c, OUT_RETURN, path, f, NULL);
}

static void escape_to_global(struct ctx *c, const char *path, const struct fact *f, void *data)
{
	global_store_add_fact(c, data, path, f);
}

void assign_value(struct ctx *c, uint32_t place, bool weak, const struct value *v, bool frame_rhs,
		  struct ir_loc loc, const char *what)
{
	if (place == NO_PLACE)
		return;
	struct factset fs = { 0 };
	factset_copy(&fs, &v->fs);
	step_all(c, &fs, loc, "assigned to `%s`", what);
	/* `g.cur = buf` with buf a local: the store would keep what buf
	 * holds after buf is gone, and the caller would get it */
	bool frame = frame_rhs && !place_in_frame(c, place);
	(frame ? state_write_frame : state_write)(c, place, &fs, !weak, v->clean, v->pt);
	/* state_write keeps streams out of the store; an assignment of one
	 * (logf = fopen("app.log")) is what the other functions must see */
	uint32_t root = place_root(c, place);
	if (place_get(c, root)->global && !frame) {
		global_store_add(c, place, &fs);
		/* head = node: the object this function filled is reachable
		 * from the global now, for every function that reads it */
		const char *ident = place_get(c, root)->global;
		if (v->pt != NO_PLACE && place_is_local(c, v->pt) && !tags_global(c->p, ident)->handle) {
			char *below = g_strconcat(place_get(c, place)->path, *place_get(c, place)->path ? ".*" : "*",
						  NULL);
			visit_object(c, v->pt, prog_intern(c->p, below), escape_to_global, (void *)ident);
			g_free(below);
		}
	}
	factset_free(&fs);
}

/* Reads what a scalar lvalue (a number, a single byte) holds. What a
 * caller passes in an int, a size or a flag is not followed: PI travels
 * as text and bytes, and tracking every number a context struct holds
 * costs more than it finds. A scalar field is PI only as itself: a
 * record smeared as a whole (bytes copied over it, a config parser
 * writing at offsets: freeradius's cf_section_parse) holds its text, not
 * its prefix length or address family; nor does the record's place stand
 * for the field when the path was cut. (What a caller's record holds as
 * a whole still comes in as an input: a descriptor in a field decides
 * the caller's sink.) Reads of the field in `x->len += n` are the same
 * reads: gammu's `UDH.Length += BufferLen` made the message text beside
 * the length an input of every log line that prints the length. */
static void read_scalar(struct ctx *c, const struct ir_expr *e, uint32_t p, struct factset *out, bool *clean)
{
	bool number_field = e->kind == IR_E_FIELD && !c->reading_callee;
	c->skip_input = !type_may_carry_input(e->type_flags) && !c->reading_callee;
	bool cut = number_field &&
		   place_get(c, p)->field != prog_intern(c->p, alias_field(c->p, e->field_record, e->name));
	c->own_entry_only = number_field;
	c->number_read = number_field;
	if (!cut)
		read_place(c, p, false, true, e->loc, out, clean);
	c->own_entry_only = false;
	c->number_read = false;
	c->skip_input = false;
}

/* Reads the value an lvalue expression holds. */
static void read_lvalue(struct ctx *c, const struct ir_expr *e, uint32_t p, struct value *v)
{
	bool clean = false;
	v->place = p;
	if (type_is_array(e->type_flags)) {
		read_place(c, p, true, true, e->loc, &v->fs, &clean);
		v->pt = p;
	} else if (type_is_pointer(e->type_flags)) {
		read_place(c, p, false, true, e->loc, &v->fs, &clean);
		const struct entry *en = state_find(&c->st, p);
		v->pt = en && en->pt != NO_PLACE ? en->pt : place_step(c, p, NULL, false);
		v->pt_weak = en && en->pt != NO_PLACE && en->pt_weak;
		/* n = n->next: every node of a list (or tree) is the one the
		 * walk started from, so a loop over a list reads what was put
		 * in its nodes with a bounded number of places */
		if (e->kind == IR_E_FIELD && e->arrow && e->record && e->record == e->field_record &&
		    (!en || en->pt == NO_PLACE)) {
			v->pt = place_get(c, p)->parent;
			v->pt_weak = true;
		}
		/* A pointer to text carries the text. A pointer to a record
		 * does not carry everything the record holds: a context struct
		 * passed around would make every use of it PI. Callees read
		 * the fields they use through v->pt; object sinks read the
		 * whole object (engine_call.c). A library's opaque handle
		 * (cJSON *, sqlite3_str *: no fields known) is a blob and
		 * does carry what was put in it. */
		if (!e->record || !tags_record_fields(c->p, e->record)) {
			bool inner_clean = false;
			read_place(c, v->pt, true, true, e->loc, &v->fs, &inner_clean);
			clean = clean && inner_clean;
		}
	} else if (type_is_record_value(e->type_flags, e->record)) {
		read_place(c, p, true, true, e->loc, &v->fs, &clean);
	} else {
		read_scalar(c, e, p, &v->fs, &clean);
	}
	v->clean = clean;
}

static void eval_kids_union(struct ctx *c, const struct ir_expr *e, unsigned from, struct value *v)
{
	bool clean = true;
	for (unsigned i = from; i < e->nkids; i++) {
		struct value k;
		value_init(&k);
		eval(c, e->kids[i], &k);
		factset_union(&v->fs, &k.fs);
		clean = clean && k.clean;
		value_free(&k);
	}
	v->clean = clean;
}

void eval_discard(struct ctx *c, const struct ir_expr *e)
{
	struct value k;
	value_init(&k);
	eval(c, e, &k);
	value_free(&k);
}

/* struct a x = { .f = v, ... } and a = (struct a){ ... } */
static void assign_init_list(struct ctx *c, uint32_t place, const struct ir_expr *list, const char *what)
{
	const GPtrArray *fields = tags_record_fields(c->p, list->record);
	bool is_record = type_is_record_value(list->type_flags, list->record);
	state_write(c, place, &(struct factset){ 0 }, true, true, NO_PLACE);
	for (unsigned i = 0; i < list->nkids; i++) {
		const struct ir_expr *k = list->kids[i];
		const char *field = list->names ? list->names[i] : NULL;
		if (!field && is_record && fields && i < fields->len)
			field = ((const struct field_info *)fields->pdata[i])->name;
		/* an array's elements are the array's own place */
		uint32_t target = is_record && field ? place_step(c, place, field, false) : place;
		if (is_record && field)
			place_set_field_tags(c, target, list->record, field, 0);
		if (k->kind == IR_E_INITLIST) {
			assign_init_list(c, target, k, what);
			continue;
		}
		struct value v;
		value_init(&v);
		eval(c, k, &v);
		assign_value(c, target, !is_record || !field, &v, false, k->loc, what);
		value_free(&v);
	}
}

void copy_record_fields(struct ctx *c, uint32_t from, uint32_t to, bool weak, struct ir_loc loc, const char *fmt,
			const char *arg)
{
	GArray *es = c->st.entries;
	unsigned n = es->len;
	for (unsigned i = 0; i < n; i++) {
		struct entry src = g_array_index(es, struct entry, i);
		if (src.place == from || !place_under(c, src.place, from) || src.place == to)
			continue;
		uint32_t at = place_rebase(c, src.place, from, to);
		struct factset fs = { 0 };
		factset_copy(&fs, entry_facts(&src));
		step_all(c, &fs, loc, fmt, arg);
		state_write(c, at, &fs, !weak, src.cleared, src.pt);
		factset_free(&fs);
		es = c->st.entries;	/* writes may have moved the array */
	}
}

/* Whether lhs is a number a "derived" heuristic names a length, a size
 * or a count: a variable (`reallen`), what a parameter points to
 * (`*pwlen`, named by the parameter), a field (`vp->length`) or a
 * global. What is stored there is that, whatever it was computed from
 * (freeradius decodes a tunnel password's length from its first byte). */
static bool length_place(struct ctx *c, const struct ir_expr *lhs)
{
	unsigned tf = lhs->type_flags;
	if (!type_is_scalar(tf, lhs->record) || (tf & (IR_TF_CHAR | IR_TF_FUNCTION_POINTER | IR_TF_VA_LIST)) ||
	    !(tf & IR_TF_KNOWN))
		return false;
	const struct ir_expr *e = lhs;
	if (e->kind == IR_E_DEREF && e->nkids)
		e = ir_strip_casts(e->kids[0]);
	switch (e->kind) {
	case IR_E_VAR: {
		if (e->var < 0)
			return false;
		const struct ir_var *v = &c->fn->vars[e->var];
		return tags_length_name(c->p, v->name, v->kind == IR_VAR_PARAM ? HEUR_PARAM : HEUR_LOCAL);
	}
	case IR_E_FIELD:
		return lhs == e && tags_length_name(c->p, e->name, HEUR_FIELD);
	case IR_E_GLOBAL:
		return lhs == e && tags_length_name(c->p, e->name, HEUR_GLOBAL);
	default:
		return false;
	}
}

static void eval_assign(struct ctx *c, const struct ir_expr *e, struct value *v)
{
	const struct ir_expr *lhs = e->kids[0], *rhs = e->kids[1];
	bool weak = false;
	char *what = expr_text(c->fn, lhs);
	if (rhs->kind == IR_E_INITLIST && !e->op) {
		uint32_t p = eval_place(c, lhs, &weak);
		if (p != NO_PLACE)
			assign_init_list(c, p, rhs, what);
		else
			eval_discard(c, rhs);
		g_free(what);
		v->clean = false;
		return;
	}
	eval(c, rhs, v);
	uint32_t p = eval_place(c, lhs, &weak);
	if ((lhs->type_flags & IR_TF_BOOL) || length_place(c, lhs)) {
		/* a truth value made from PI is not PI (CONTRACT 3), nor is
		 * a length */
		factset_clear(&v->fs);
		v->clean = true;
	}
	/* *p = c writes one character: the rest of the buffer keeps what it
	 * had, so this never clears it */
	if (lhs->kind == IR_E_DEREF && (lhs->type_flags & IR_TF_CHAR) && !type_is_pointer(lhs->type_flags))
		weak = true;
	if (p == NO_PLACE) {
		eval_discard(c, lhs);
		g_free(what);
		return;
	}
	/* p += n walks the object p points to: what was written through p
	 * is still there (postfix's vbuf_write copies into `bp->ptr`, then
	 * advances it; losing the copy lost every buffered write) */
	bool walks = (e->op == IR_OP_ADD || e->op == IR_OP_SUB) && type_is_pointer(lhs->type_flags);
	if (e->op != IR_OP_NONE) {
		/* x op= y keeps x's value in the mix */
		bool clean = false;
		/* a field as a read of it would take it (a variable's read
		 * stays whole: taking it as a scalar read there moved postfix's
		 * findings through its callbacks, 57 more, none true) */
		if (lhs->kind == IR_E_FIELD && type_is_scalar(lhs->type_flags, lhs->record))
			read_scalar(c, lhs, p, &v->fs, &clean);
		else
			read_place(c, p, false, true, e->loc, &v->fs, &clean);
		v->clean = v->clean && clean;
		const struct entry *en = walks ? state_find(&c->st, p) : NULL;
		v->pt = en ? en->pt : NO_PLACE;
	}
	if (type_is_record_value(lhs->type_flags, lhs->record) && v->place != NO_PLACE) {
		/* A struct copy: the fields' facts follow into the copy, each
		 * to its own field; the copy as a whole gets what the source
		 * holds as a whole (its own entry, what a caller or the store
		 * holds below it), not the union of its fields, which would
		 * make every field of the copy PI (opensmtpd's `lks->envelope
		 * = ep` after a recipient went into ep.rcpt: the dispatcher's
		 * name read from the copy was the recipient). */
		uint32_t from = v->place;
		struct value whole;
		value_init(&whole);
		bool whole_clean = false;
		read_record_whole(c, from, e->loc, &whole.fs, &whole_clean);
		whole.clean = whole_clean;
		whole.pt = v->pt;
		assign_value(c, p, weak, &whole, false, e->loc, what);
		value_free(&whole);
		copy_record_fields(c, from, p, weak, e->loc, "assigned to `%s`", what);
	} else {
		/* p = f(p) where f returns its argument: p still points to the
		 * object it did, and what was written into it stays */
		bool same_object = v->pt != NO_PLACE && v->pt == place_step(c, p, NULL, false);
		assign_value(c, p, weak || same_object || walks, v, e->op == IR_OP_NONE && expr_frame_pointer(c, rhs),
			     e->loc, what);
		/* s->buf = value: the summary says the parameter's pointer is
		 * stored here (struct row's stores_pointer) */
		unsigned bit = e->op == IR_OP_NONE ? expr_param_pointer(c, rhs) : 0;
		struct entry *en = bit ? state_find(&c->st, p) : NULL;
		if (en)
			en->param_ptrs |= (uint8_t)bit;
		/* `target.stream = NULL`: a stream no write can go to */
		if (e->op == IR_OP_NONE && type_is_pointer(lhs->type_flags) && ir_null_constant(rhs)) {
			struct entry *written = state_find(&c->st, p);
			if (written && written->strong)
				written->null = true;
		}
	}
	/* The value of `s1 = malloc(n)` is s1's, as a read of it would take
	 * it: `p = s1 = malloc(n)` makes p point where s1 does (ppp's chat
	 * builds its "send" line so), not at an object of its own. */
	if (type_is_pointer(lhs->type_flags) && !type_is_array(lhs->type_flags) && v->pt == NO_PLACE) {
		const struct entry *en = state_find(&c->st, p);
		v->pt = en && en->pt != NO_PLACE ? en->pt : place_step(c, p, NULL, false);
	}
	g_free(what);
}

/* A read of a tagged field, where no place holds its tag. */
static void add_field_source(struct ctx *c, const struct ir_expr *e, struct factset *out)
{
	const struct field_info *fi = tags_field(c->p, e->field_record, e->name);
	unsigned cats = e->pi_tags | (fi ? fi->cats : 0);
	if (!cats)
		return;
	char *id = g_strconcat(e->field_record ? e->field_record : "?", ".", e->name, NULL);
	add_source(c, out, cats, prog_intern(c->p, id), e->pi_tags ? TAG_ANNOTATION : fi->how, e->name, e->loc,
		   false);
	g_free(id);
}

/* A constant table of characters (`static const char base64[] =
 * "ABC..."`): what is read from it by an index encodes the index. So
 * does a table the caller passes as a `const char *` parameter (curl's
 * base64_encode(table64, ...) is given the standard or the URL-safe
 * alphabet): a read below it by an index that holds nothing of PI is
 * unchanged, and one by the bytes of a password is their encoding. */
static bool encoding_table(const struct ctx *c, const struct ir_expr *e)
{
	e = ir_strip_casts(e);
	if (e->kind == IR_E_VAR && e->var >= 0 && (unsigned)e->var < c->fn->nvars) {
		const struct ir_var *v = &c->fn->vars[e->var];
		return v->kind == IR_VAR_PARAM && (v->type_flags & IR_TF_CHAR) && (v->type_flags & IR_TF_POINTER) &&
		       v->type && !strncmp(v->type, "const char *", 12);
	}
	if (e->kind != IR_E_GLOBAL || !(e->type_flags & IR_TF_CHAR) || !(e->type_flags & IR_TF_ARRAY) || !e->ident)
		return false;
	const struct global_info *g = tags_global(c->p, e->ident);
	const struct ir_global *d = g ? g->def : NULL;
	return d && d->init && d->type && !strncmp(d->type, "const ", 6) &&
	       ir_strip_casts(d->init)->kind == IR_E_STRING;
}

/* A variable, a field, a dereference or an element read. */
static void eval_lvalue(struct ctx *c, const struct ir_expr *e, struct value *v)
{
	bool weak = false;
	uint32_t p = eval_place(c, e, &weak);
	struct value index;
	value_init(&index);
	if (e->kind == IR_E_INDEX && e->nkids > 1) {
		/* base64[c >> 2]: the character read is the index's,
		 * encoded (libesmtp's AUTH exchange); any other array's
		 * element is what it holds, whatever picked it */
		if (encoding_table(c, e->kids[0]))
			eval(c, e->kids[1], &index);
		else
			eval_discard(c, e->kids[1]);
	}
	if (p != NO_PLACE) {
		read_lvalue(c, e, p, v);
		/* past MAX_STEPS the field's place is its parent's (the
		 * path is cut), which holds no tag of its own: a tagged
		 * field read there is a source all the same */
		if (e->kind == IR_E_FIELD && place_get(c, p)->field != prog_intern(c->p, alias_field(c->p, e->field_record, e->name)))
			add_field_source(c, e, &v->fs);
	} else {
		/* get_app()->id_number: a base with no place; its value
		 * still counts, and so does a tagged field. */
		eval_kids_union(c, e, 0, v);
		v->clean = false;
		if (e->kind == IR_E_FIELD)
			add_field_source(c, e, &v->fs);
	}
	if (index.fs.n) {
		factset_union(&v->fs, &index.fs);
		v->clean = false;
	}
	value_free(&index);
}

static void eval_addr(struct ctx *c, const struct ir_expr *e, struct value *v)
{
	bool weak = false;
	uint32_t p = eval_place(c, e->kids[0], &weak);
	if (p != NO_PLACE) {
		bool clean = false;
		/* &record: as for pointers to records, see read_lvalue */
		if (!e->record || !tags_record_fields(c->p, e->record))
			read_place(c, p, true, true, e->loc, &v->fs, &clean);
		v->pt = p;
		v->pt_weak = weak;
		v->clean = false;
	} else {
		eval(c, e->kids[0], v);
	}
}

static void eval_binary(struct ctx *c, const struct ir_expr *e, struct value *v)
{
	if (!expr_is_pointer(e) && e->op == IR_OP_SUB && e->nkids == 2 &&
	    (expr_is_pointer(e->kids[0]) || type_is_array(e->kids[0]->type_flags)) &&
	    (expr_is_pointer(e->kids[1]) || type_is_array(e->kids[1]->type_flags))) {
		/* p - q is how far apart two pointers are: a length (a
		 * string builder's `ptr - data`), not what they point to */
		eval_discard(c, e->kids[0]);
		eval_discard(c, e->kids[1]);
		v->clean = true;
		return;
	}
	if (!expr_is_pointer(e)) {
		eval_kids_union(c, e, 0, v);
		return;
	}
	/* p + offset points into p's object: what the offset was does
	 * not make the bytes there PI (gammu skips a reply's prefix by
	 * a count kept in a field named StartPhoneString) */
	for (unsigned i = 0; i < e->nkids; i++) {
		struct value k;
		value_init(&k);
		eval(c, e->kids[i], &k);
		if (expr_is_pointer(e->kids[i]) || type_is_array(e->kids[i]->type_flags)) {
			factset_union(&v->fs, &k.fs);
			if (v->pt == NO_PLACE) {
				v->pt = k.pt;
				v->pt_weak = true;
			}
		}
		value_free(&k);
	}
	/* container_of: what p is the member m of (see pointee) */
	const struct ir_expr *off = e->nkids == 2 ? strip_value_casts(e->kids[1]) : NULL;
	if (v->pt != NO_PLACE && e->op == IR_OP_SUB && off && off->kind == IR_E_SIZEOF &&
	    off->op == IR_OP_OFFSETOF && off->name) {
		char *up = g_strconcat("^", off->name, NULL);
		v->pt = place_step(c, v->pt, up, false);
		v->pt_weak = false;
		g_free(up);
	}
}

static void eval_cond(struct ctx *c, const struct ir_expr *e, struct value *v)
{
	if (e->nkids != 3) {
		eval_kids_union(c, e, 0, v);
		return;
	}
	eval_discard(c, e->kids[0]);
	struct value a, b;
	value_init(&a);
	value_init(&b);
	eval(c, e->kids[1], &a);
	eval(c, e->kids[2], &b);
	factset_union(&v->fs, &a.fs);
	factset_union(&v->fs, &b.fs);
	v->clean = a.clean && b.clean;
	v->pt = a.pt == b.pt ? a.pt : NO_PLACE;
	/* `out ? out : NULL`, chfn's `fflg ? (char *) 0 : fullnm`: a null
	 * pointer points nowhere, and what is written through the value
	 * lands in the other one's object, on one path only */
	bool null_a = ir_null_constant(e->kids[1]), null_b = ir_null_constant(e->kids[2]);
	if (a.pt != b.pt && (null_a || null_b)) {
		v->pt = null_a ? b.pt : a.pt;
		v->pt_weak = true;
	}
	value_free(&a);
	value_free(&b);
}

static void eval_va_arg(struct ctx *c, const struct ir_expr *e, struct value *v)
{
	/* A va_list carries every variadic argument's facts, not which
	 * argument holds which: a number taken from it (postfix's
	 * `width = va_arg(ap, int)`, a type code) is a field width or
	 * a count far more often than PI, and taking it for PI smeared
	 * a format's PI into every later `%d` and panic message. Text
	 * and pointers keep the list's facts. */
	eval_kids_union(c, e, 0, v);
	v->clean = false;
	if (e->keyed)
		facts_keyed(c, &v->fs, e->value, e->keyed);
	if (type_is_scalar(e->type_flags, e->record))
		facts_numbers_only(c, &v->fs);
}

/* A function pointer read from a record field whose value nothing here
 * knows (`print = act->print`, act from a lookup function) holds one of
 * the functions the program stores in that field, as a call made through
 * the field itself would reach (engine_fptr.c). Without them, a fallback
 * on another path (`if (!print) print = print_string`) was the only
 * function the later call through the local reached: libesmtp's header
 * printers, taken from a table by name, were never called. A pointer
 * that came from the caller at a path of its own is left to the caller's
 * context (ROW_CALL); one read from below a widened input (an entry of
 * the caller's hash table, found by name) names nothing a caller could
 * say. The direct call `act->print(m)` resolves its field itself. A
 * dispatch table wider than a call through a pointer follows
 * (fptr_field_fns_carried) is not carried: PostgreSQL's fmgr reads
 * `finfo->fn_addr = fbp->func` from a table of 2,804 built-in
 * functions, and every value that held that pointer then carried 2,804
 * facts, through every FmgrInfo of the server (the whole program's
 * analysis went from one minute to over twenty). */
static void field_functions(struct ctx *c, const struct ir_expr *e, struct value *v)
{
	if (c->reading_callee || !(e->type_flags & IR_TF_FUNCTION_POINTER))
		return;
	for (uint32_t i = 0; i < v->fs.n; i++) {
		const struct fact *f = &v->fs.v[i];
		const struct input *in = f->input ? input_get(c, f->origin) : NULL;
		if (f->function || (in && !in->deep && in->param >= 0))
			return;
	}
	const GPtrArray *fns = fptr_field_fns_carried(c->p, fptr_field_key(c->p, e));
	for (unsigned i = 0; fns && i < fns->len; i++) {
		const struct fn_info *t = fns->pdata[i];
		struct fact f = {
			.origin = prog_origin(c->p, ORIGIN_FUNCTION, t->fn->ident, 0, (struct ir_loc){ 0 }),
			.function = 1,
		};
		factset_add(&v->fs, &f);
	}
}

/* A switch parameter whose constant the caller's context gives is that
 * number, passed on as such to a callee that switches on it in turn (a
 * wrapper: curl_easy_setopt(data, tag, ...) calling Curl_vsetopt). */
static void param_constant(struct ctx *c, const struct ir_expr *e, struct value *v)
{
	long long value;
	int param = c->special ? ir_param_of(c->fn, e) : -1;
	/* one the function assigns holds the caller's value only at first */
	if (param >= 0 && param < 32 && (c->fi->switch_assigned & (1u << param)))
		return;
	if (param >= 0 && special_constant(c, param, &value)) {
		v->is_number = true;
		v->number = value;
	}
}

void eval(struct ctx *c, const struct ir_expr *e, struct value *v)
{
	switch (e->kind) {
	case IR_E_FIELD:
		eval_lvalue(c, e, v);
		field_functions(c, e, v);
		return;
	case IR_E_VAR:
		eval_lvalue(c, e, v);
		param_constant(c, e, v);
		return;
	case IR_E_GLOBAL:
	case IR_E_DEREF:
	case IR_E_INDEX:
		eval_lvalue(c, e, v);
		return;
	case IR_E_ADDR:
		eval_addr(c, e, v);
		return;
	case IR_E_CALL:
		eval_call(c, e, v);
		return;
	case IR_E_ASSIGN:
		eval_assign(c, e, v);
		return;
	case IR_E_BINARY:
		eval_binary(c, e, v);
		return;
	case IR_E_COMPARE:
	case IR_E_LOGICAL:
	case IR_E_SIZEOF:
		/* a fresh number or truth value: no PI, whatever went in */
		for (unsigned i = 0; i < e->nkids; i++)
			eval_discard(c, e->kids[i]);
		v->clean = true;
		return;
	case IR_E_NUMBER:
		v->clean = true;
		v->is_number = true;
		v->number = e->value;
		return;
	case IR_E_STRING:
		v->clean = true;
		v->literal = e->text;
		return;
	case IR_E_FUNC: {
		/* a function's address flows like any value, so that calls
		 * through pointers reach the functions stored there */
		struct fact f = {
			.origin = prog_origin(c->p, ORIGIN_FUNCTION, e->ident, 0, (struct ir_loc){ 0 }),
			.function = 1,
		};
		factset_add(&v->fs, &f);
		return;
	}
	case IR_E_UNARY:
	case IR_E_INCDEC:
		if (e->nkids)
			eval(c, e->kids[0], v);
		v->place = NO_PLACE;
		return;
	case IR_E_CAST:
		if (e->nkids)
			eval(c, e->kids[0], v);
		return;
	case IR_E_COND:
		eval_cond(c, e, v);
		return;
	case IR_E_COMMA:
		if (e->nkids > 1) {
			eval_discard(c, e->kids[0]);
			eval(c, e->kids[1], v);
		}
		return;
	case IR_E_VA_ARG:
		eval_va_arg(c, e, v);
		return;
	case IR_E_INITLIST:
	case IR_E_UNKNOWN:
	default:
		eval_kids_union(c, e, 0, v);
		if (e->kind != IR_E_INITLIST)
			v->clean = false;
		return;
	}
}

static bool over_budget(struct ctx *c)
{
	if (c->over_budget)
		return true;
	if (c->work_limit && c->work + (facts_work - c->facts_work0) / 4 > c->work_limit)
		c->over_budget = true;
	return c->over_budget;
}

/* `return q->buf + q->wpos` with q = io->outqlast: the returned pointer
 * points into the caller's object, where the caller can write (a
 * reservation in a queue). Only a pointer whose place is below a
 * parameter's dereference counts; a copy into a static buffer does not. */
static void note_return_into(struct ctx *c, const struct ir_expr *e, const struct value *v)
{
	if (!c->ret_into || !type_is_pointer(e->type_flags))
		return;
	/* `return NULL` on a failure path says nothing of where it points */
	if (ir_strip_casts(e)->kind == IR_E_NUMBER)
		return;
	const char *path = NULL;
	int param = -1;
	if (v->pt != NO_PLACE && place_get(c, v->pt)->under_deref) {
		const struct place *rp = place_get(c, place_root(c, v->pt));
		if (rp->var >= 0 && c->fn->vars[rp->var].kind == IR_VAR_PARAM) {
			param = c->fn->vars[rp->var].param_index;
			path = place_get(c, v->pt)->path;
		}
	}
	/* a new object linked into the argument's (`io->outqlast = q`,
	 * q from malloc): the pointer points where that field does */
	for (uint32_t a = v->pt; !path && a != NO_PLACE; a = place_get(c, a)->parent) {
		for (unsigned i = 0; i < c->st.entries->len && !path; i++) {
			const struct entry *en = &g_array_index(c->st.entries, struct entry, i);
			if (en->pt != a || !place_get(c, en->place)->under_deref)
				continue;
			const struct place *rp = place_get(c, place_root(c, en->place));
			if (rp->var < 0 || c->fn->vars[rp->var].kind != IR_VAR_PARAM)
				continue;
			/* en's pointee is a; v->pt is below a by the rest of its path */
			const char *below = place_get(c, v->pt)->path + strlen(place_get(c, a)->path);
			char *p = g_strconcat(place_get(c, en->place)->path, ".*", below, NULL);
			path = prog_intern(c->p, p);
			g_free(p);
			param = c->fn->vars[rp->var].param_index;
		}
	}
	if (!path || (*c->ret_into && (c->ret_into != path || c->ret_into_param != param))) {
		c->ret_into = NULL;	/* not one place: no row */
		return;
	}
	c->ret_into = path;
	c->ret_into_param = param;
}

static void run_block(struct ctx *c, const struct ir_block *b)
{
	for (unsigned i = 0; i < b->nstmts && c->st.live; i++) {
		const struct ir_stmt *s = &b->stmts[i];
		c->work++;
		if (s->kind == IR_S_RETURN) {
			if (s->e) {
				struct value v;
				value_init(&v);
				eval(c, s->e, &v);
				step_all(c, &v.fs, s->loc, "returned by `%s`", c->fn->name);
				factset_union(&c->ret, &v.fs);
				note_return_into(c, s->e, &v);
				/* a constructor: what the object it made holds
				 * (a pointer to a record does not carry it) */
				if (v.pt != NO_PLACE && place_is_local(c, v.pt) && s->e->record &&
				    type_is_pointer(s->e->type_flags) && tags_record_fields(c->p, s->e->record))
					visit_object(c, v.pt, prog_intern(c->p, "*"), return_object_row, NULL);
				value_free(&v);
			}
			state_join(c, &c->exit, &c->st);
			c->st.live = false;
			return;
		}
		eval_discard(c, s->e);
	}
	if (b->cond && c->st.live)
		eval_discard(c, b->cond);
	if (!b->nsucc && c->st.live)
		state_join(c, &c->exit, &c->st);
}

struct escape_to_param {
	int param;
};

static void escape_to_param(struct ctx *c, const char *path, const struct fact *f, void *data)
{
	add_out_row(c, ((const struct escape_to_param *)data)->param, path, f, NULL);
}

/* Whether f came here with a pointer to one of this function's locals
 * (struct entry's frame_ptr): it goes nowhere past the return. */
static bool frame_fact(const struct ctx *c, const struct fact *f)
{
	for (uint32_t i = 0; i < c->frame_facts.n; i++)
		if (c->frame_facts.v[i].origin == f->origin && c->frame_facts.v[i].input == f->input)
			return true;
	return false;
}

static void add_exit_rows(struct ctx *c)
{
	struct summary *sum = c->sum;
	for (uint32_t i = 0; i < c->ret.n; i++) {
		const struct fact *f = &c->ret.v[i];
		if (f->param_tag || (!f->cats && !f->handle && !f->input && !f->function))
			continue;
		struct row r = { .kind = ROW_RETURN, .prot = f->prot, .trace = f->trace };
		if (f->input) {
			r.from_input = true;
			r.in = *input_get(c, f->origin);
		} else {
			r.origin = f->origin;
			r.cats = f->cats;
			r.handle = f->handle;
			r.function = f->function;
			r.exit = fact_exit(c->p, c->fn->ident, f, "return", -1);
		}
		if (summary_add(c->p, sum, &r))
			c->changed_summary = true;
	}
	if (c->ret_into && *c->ret_into) {
		struct row r = {
			.kind = ROW_RETURN,
			.from_input = true,
			.points_into = true,
			.in = *input_get(c, input_id(c, c->ret_into_param, c->ret_into, false, false)),
		};
		if (summary_add(c->p, sum, &r))
			c->changed_summary = true;
	}
	if (!c->exit.live)
		return;
	for (unsigned i = 0; i < c->exit.entries->len; i++) {
		const struct entry *e = &g_array_index(c->exit.entries, struct entry, i);
		const struct place *pl = place_get(c, e->place);
		if (!pl->under_deref)
			continue;
		uint32_t root = place_root(c, e->place);
		const struct place *rp = place_get(c, root);
		if (rp->var < 0 || c->fn->vars[rp->var].kind != IR_VAR_PARAM)
			continue;
		int out_param = c->fn->vars[rp->var].param_index;
		/* Written on every path: the caller's old value is gone (its
		 * flow-sensitivity survives the call). Not when the value is the
		 * old one (a self copy makes no ROW_OUT row below). */
		bool self = false;
		const struct factset *efs = entry_facts(e);
		for (uint32_t k = 0; k < efs->n && !self; k++)
			self = efs->v[k].input && input_get(c, efs->v[k].origin)->param == out_param &&
			       !strcmp(input_get(c, efs->v[k].origin)->path, pl->path);
		if (e->strong && !pl->weak && !self) {
			struct row r = {
				.kind = ROW_CLEAR,
				.out_param = out_param,
				.out_path = pl->path,
				.cleared = e->cleared,
			};
			if (summary_add(c->p, sum, &r))
				c->changed_summary = true;
		}
		for (uint32_t k = 0; k < efs->n; k++)
			if (!own_field_pi(c, e->place, &efs->v[k]) && !(e->frame_ptr && frame_fact(c, &efs->v[k])))
				add_out_row(c, out_param, pl->path, &efs->v[k], e);
		/* l->head = node: the object made here goes to the caller (not
		 * a local's: gone when this function returns) */
		if (e->pt != NO_PLACE && place_is_local(c, e->pt) && !place_in_frame(c, e->pt)) {
			char *below = g_strconcat(pl->path, ".*", NULL);
			struct escape_to_param to = { out_param };
			visit_from(c, &c->exit, e->pt, prog_intern(c->p, below), 0, escape_to_param, &to);
			g_free(below);
		}
	}
}

static void free_pending(gpointer p)
{
	g_free(p);
}

/* Numbers the blocks reachable from the entry in reverse postorder:
 * order[k] is the k-th block, rpo[b] its number (nb for the unreachable).
 * Returns how many are reachable. Iterative: a generated function can
 * have a hundred thousand blocks. */
static unsigned reverse_postorder(const struct ir_func *fn, unsigned *order, unsigned *rpo)
{
	unsigned nb = fn->nblocks;
	if (!nb)
		return 0;
	unsigned *stack = g_new(unsigned, nb), *next = g_new0(unsigned, nb);
	unsigned *post = g_new(unsigned, nb), npost = 0, top = 0;
	bool *seen = g_new0(bool, nb);
	for (unsigned b = 0; b < nb; b++)
		rpo[b] = nb;
	stack[top++] = 0;
	seen[0] = true;
	while (top) {
		unsigned b = stack[top - 1];
		const struct ir_block *bl = &fn->blocks[b];
		if (next[b] < bl->nsucc) {
			unsigned to = bl->succ[next[b]++];
			if (to < nb && !seen[to]) {
				seen[to] = true;
				stack[top++] = to;
			}
			continue;
		}
		post[npost++] = b;
		top--;
	}
	for (unsigned k = 0; k < npost; k++) {
		order[k] = post[npost - 1 - k];
		rpo[order[k]] = k;
	}
	g_free(stack);
	g_free(next);
	g_free(post);
	g_free(seen);
	return npost;
}

/* One analysis of fi: of its own (spec NULL: rows into its summary,
 * findings into fi->findings, made anew), or for a caller that knows spec
 * (rows into sum, findings added to fi->context_findings). */
static bool analyse(struct program *p, struct fn_info *fi, const struct special *spec, struct summary *sum)
{
	const struct ir_func *fn = fi->fn;
	struct ctx c = { .p = p, .fi = fi, .fn = fn, .sum = sum, .special = spec, .ret_into = "" };
	if (spec)
		cases_context_values(&c);
	gint64 start = g_get_monotonic_time();
	c.facts_work0 = facts_work;
	if (p->budget_seconds > 0)
		c.work_limit = (uint64_t)(p->budget_seconds * WORK_PER_SECOND) + 1;
	ctx_places_init(&c);
	/* A specialised analysis adds what it reads to the function's own
	 * reads (more dependencies than needed, never fewer). */
	if (!fi->store_reads)
		fi->store_reads = g_array_new(FALSE, FALSE, sizeof(struct store_read));
	else if (!spec)
		g_array_set_size(fi->store_reads, 0);
	c.input_traces = g_new0(uint32_t, fn->nparams + 2);
	if (spec) {
		if (!fi->context_findings) {
			fi->context_findings = g_ptr_array_new_with_free_func(free_pending);
			fi->context_keys = pending_keys_new();
		}
		c.findings = fi->context_findings;
		c.pending_keys = fi->context_keys;
	} else {
		if (fi->findings)
			g_ptr_array_free(fi->findings, TRUE);
		fi->findings = g_ptr_array_new_with_free_func(free_pending);
		c.findings = fi->findings;
		c.pending_keys = pending_keys_new();
	}
	state_init(&c.st);
	state_init(&c.exit);

	unsigned nb = fn->nblocks;
	struct state *in = g_new0(struct state, nb ? nb : 1);
	for (unsigned b = 0; b < nb; b++)
		state_init(&in[b]);
	bool *queued = g_new0(bool, nb ? nb : 1);
	/* Blocks are taken in reverse postorder, lowest first: a block then
	 * usually runs once its predecessors have settled, and a loop body
	 * is revisited as a whole instead of edge by edge. */
	unsigned *order = g_new(unsigned, nb ? nb : 1), *rpo = g_new(unsigned, nb ? nb : 1);
	unsigned nreach = reverse_postorder(fn, order, rpo);
	struct uheap work = { 0 };
	if (nb) {
		in[0].live = true;
		uheap_push(&work, rpo[0]);
		queued[0] = true;
	}
	/* A bound on block visits as well as on time: a loop that keeps a
	 * thousand variables changing converges slowly, and the time budget
	 * alone would let it take that long. --function-budget 0 lifts both. */
	unsigned steps = 0, limit = p->budget_seconds > 0 ? 200 * (nb + 10) : UINT_MAX;
	bool visits_cut = false;
	const struct live *live = live_get(fi);
	while (work.n) {
		unsigned b = order[uheap_pop(&work)];
		queued[b] = false;
		if (++steps > limit)
			visits_cut = true;
		if (visits_cut || ((steps & 7) == 0 && over_budget(&c))) {
			c.over_budget = true;
			break;
		}
		state_copy(&c.st, &in[b]);
		run_block(&c, &fn->blocks[b]);
		if (!c.st.live)
			continue;
		for (unsigned s = 0; s < fn->blocks[b].nsucc; s++) {
			unsigned to = fn->blocks[b].succ[s];
			if (to >= nb || rpo[to] >= nreach || !case_feasible(&c, &fn->blocks[b], s))
				continue;
			struct state kept;
			bool filtered = live_filter(&c, live, to, &c.st, &kept);
			if (state_join(&c, &in[to], filtered ? &kept : &c.st) && !queued[to]) {
				queued[to] = true;
				uheap_push(&work, rpo[to]);
			}
			if (filtered)
				state_free(&kept);
		}
	}
	if (p->stats)
		p->stats->block_visits += steps;
	uheap_free(&work);
	g_free(order);
	g_free(rpo);
	add_exit_rows(&c);

	if (c.over_budget && p->stats)
		p->stats->budget_exceeded++;
	/* a special analysis's cut is its caller's own analysis's too */
	if (c.over_budget && !spec && visits_cut)
		report_add_partial(p->rep, fn->loc.file, fn->loc.line,
				   "analysis of `%s` stopped after %u visits of its blocks without settling; "
				   "its results are partial (--function-budget 0 lifts the bound)", fn->name, limit);
	else if (c.over_budget && !spec)
		report_add_partial(p->rep, fn->loc.file, fn->loc.line,
				   "analysis of `%s` exceeded its budget (the work of %g seconds, counted in the "
				   "engine's steps); its results are partial (--function-budget S raises it, 0 lifts it)",
				   fn->name, p->budget_seconds);
	for (unsigned b = 0; b < nb; b++)
		state_free(&in[b]);
	g_free(in);
	g_free(queued);
	state_free(&c.st);
	state_free(&c.exit);
	factset_free(&c.ret);
	factset_free(&c.frame_facts);
	g_free(c.input_traces);
	ctx_places_free(&c);
	if (c.global_rows_had)
		g_hash_table_destroy(c.global_rows_had);
	if (!spec)
		g_hash_table_destroy(c.pending_keys);
	if (p->stats) {
		p->stats->iterations++;
		double secs = (double)(g_get_monotonic_time() - start) / 1e6;
		fi->seconds += secs;
		fi->analyses++;
		if (secs > p->stats->worst_function_seconds) {
			p->stats->worst_function_seconds = secs;
			g_free(p->stats->worst_function);
			p->stats->worst_function = g_strdup(fn->name);
		}
		if (c.changed_summary)
			p->stats->summaries_changed++;
	}
	return c.changed_summary;
}

bool analyse_function(struct program *p, struct fn_info *fi)
{
	return analyse(p, fi, NULL, &fi->sum);
}

void analyse_function_special(struct program *p, struct fn_info *fi, const struct special *spec,
			      struct summary *sum)
{
	analyse(p, fi, spec, sum);
}
