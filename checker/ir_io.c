/* SPDX-License-Identifier: Apache-2.0 */
/* ir_io.c - the IR as bytes (ir_io.h).
 *
 * Layout: "PITRACE-IR", the version, the string table (count, then each
 * string), then the TU. A string is referred to by its index + 1 (0 is
 * NULL). An expression is 0 (NULL), 1 followed by the node, or id + 2 for a
 * node already written in the same function (or global initializer): ids
 * are given when a node is complete, so a reference can only name a
 * finished node and a corrupt buffer cannot build a cycle.
 */
#include <limits.h>
#include <string.h>

#include "ir_io.h"
#include "wire.h"

static const char magic[10] = "PITRACE-IR";

/* Deeper than any expression the frontend produces in practice, and shallow
 * enough that the recursive reader (and the engine after it) stays well
 * inside a thread's stack. */
#define MAX_DEPTH 10000

/* ---- writing ---- */

struct writer {
	GByteArray *b;
	GHashTable *string_ids;	/* text -> index + 1 */
	GPtrArray *strings;	/* index -> text, borrowed from the TU */
	GHashTable *expr_ids;	/* struct ir_expr * -> id + 1, per scope */
	unsigned nexprs;
	unsigned depth;
	bool too_deep;
};

static void put_str(struct writer *w, const char *s)
{
	if (!s) {
		wire_put_uint(w->b, 0);
		return;
	}
	guint id = GPOINTER_TO_UINT(g_hash_table_lookup(w->string_ids, s));
	if (!id) {
		g_ptr_array_add(w->strings, (gpointer)s);
		id = w->strings->len;
		g_hash_table_insert(w->string_ids, (gpointer)s, GUINT_TO_POINTER(id));
	}
	wire_put_uint(w->b, id);
}

static void put_loc(struct writer *w, struct ir_loc l)
{
	put_str(w, l.file);
	wire_put_uint(w->b, l.line);
	wire_put_uint(w->b, l.col);
}

static void put_tags(struct writer *w, struct ir_tags t)
{
	wire_put_uint(w->b, t.pi);
	wire_put_uint(w->b, t.sanitizer);
	wire_put_uint(w->b, t.sink);
}

static void scope_begin(struct writer *w)
{
	g_hash_table_remove_all(w->expr_ids);
	w->nexprs = 0;
}

static void put_expr(struct writer *w, const struct ir_expr *e)
{
	if (!e) {
		wire_put_uint(w->b, 0);
		return;
	}
	guint id = GPOINTER_TO_UINT(g_hash_table_lookup(w->expr_ids, e));
	if (id) {
		wire_put_uint(w->b, (uint64_t)id + 1);
		return;
	}
	if (w->depth >= MAX_DEPTH) {
		w->too_deep = true;
		wire_put_uint(w->b, 0);
		return;
	}
	w->depth++;
	wire_put_uint(w->b, 1);
	wire_put_uint(w->b, e->kind);
	wire_put_uint(w->b, e->op);
	put_loc(w, e->loc);
	put_str(w, e->type);
	wire_put_uint(w->b, e->type_flags);
	put_str(w, e->record);
	wire_put_int(w->b, e->var);
	put_str(w, e->name);
	put_str(w, e->ident);
	put_str(w, e->field_record);
	wire_put_uint(w->b, e->arrow);
	wire_put_uint(w->b, e->keyed);
	wire_put_uint(w->b, e->keyed_nth);
	put_str(w, e->text);
	wire_put_uint(w->b, e->len);
	bool names = e->kind == IR_E_INITLIST && e->names;
	wire_put_int(w->b, e->kind == IR_E_INITLIST ? 0 : e->value);
	wire_put_uint(w->b, e->pi_tags);
	wire_put_uint(w->b, e->nkids);
	wire_put_uint(w->b, names);
	for (unsigned i = 0; i < e->nkids; i++) {
		if (names)
			put_str(w, e->names[i]);
		put_expr(w, e->kids[i]);
	}
	w->depth--;
	g_hash_table_insert(w->expr_ids, (gpointer)e, GUINT_TO_POINTER(++w->nexprs));
}

static void put_list(struct writer *w, const GPtrArray *a)
{
	wire_put_uint(w->b, a->len);
	for (unsigned i = 0; i < a->len; i++)
		put_str(w, a->pdata[i]);
}

static void put_func(struct writer *w, const struct ir_func *fn)
{
	scope_begin(w);
	put_str(w, fn->name);
	put_str(w, fn->ident);
	wire_put_uint(w->b, (unsigned)fn->is_static | (unsigned)fn->is_variadic << 1 |
			    (unsigned)fn->in_header << 2);
	put_str(w, fn->ret_type);
	put_str(w, fn->fn_type);
	put_tags(w, fn->tags);
	put_loc(w, fn->loc);
	wire_put_uint(w->b, fn->nvars);
	wire_put_uint(w->b, fn->nparams);
	for (unsigned i = 0; i < fn->nvars; i++) {
		const struct ir_var *v = &fn->vars[i];
		put_str(w, v->name);
		put_str(w, v->type);
		wire_put_uint(w->b, v->type_class);
		wire_put_uint(w->b, v->type_flags);
		put_str(w, v->record);
		wire_put_uint(w->b, v->kind);
		wire_put_int(w->b, v->param_index);
		wire_put_uint(w->b, v->is_static);
		put_tags(w, v->tags);
		put_loc(w, v->loc);
	}
	wire_put_uint(w->b, fn->nblocks);
	for (unsigned b = 0; b < fn->nblocks; b++) {
		const struct ir_block *bl = &fn->blocks[b];
		wire_put_uint(w->b, bl->nstmts);
		for (unsigned s = 0; s < bl->nstmts; s++) {
			wire_put_uint(w->b, bl->stmts[s].kind);
			put_expr(w, bl->stmts[s].e);
			put_loc(w, bl->stmts[s].loc);
		}
		put_expr(w, bl->cond);
		wire_put_uint(w->b, bl->nsucc);
		for (unsigned s = 0; s < bl->nsucc; s++)
			wire_put_uint(w->b, bl->succ[s]);
		wire_put_uint(w->b, bl->cases != NULL);
		for (unsigned s = 0; bl->cases && s < bl->nsucc; s++) {
			wire_put_uint(w->b, bl->cases[s].kind);
			wire_put_int(w->b, bl->cases[s].value);
		}
	}
}

static void put_tu(struct writer *w, const struct ir_tu *tu)
{
	put_str(w, tu->file);
	wire_put_uint(w->b, tu->funcs->len);
	for (unsigned i = 0; i < tu->funcs->len; i++)
		put_func(w, tu->funcs->pdata[i]);
	wire_put_uint(w->b, tu->decls->len);
	for (unsigned i = 0; i < tu->decls->len; i++) {
		const struct ir_decl *d = tu->decls->pdata[i];
		put_str(w, d->name);
		put_str(w, d->ident);
		put_tags(w, d->tags);
		put_loc(w, d->loc);
	}
	wire_put_uint(w->b, tu->fields->len);
	for (unsigned i = 0; i < tu->fields->len; i++) {
		const struct ir_field *f = tu->fields->pdata[i];
		put_str(w, f->record);
		put_str(w, f->name);
		put_str(w, f->type);
		wire_put_uint(w->b, f->type_class);
		wire_put_uint(w->b, f->type_flags);
		put_str(w, f->field_record);
		put_tags(w, f->tags);
		put_loc(w, f->loc);
	}
	wire_put_uint(w->b, tu->globals->len);
	for (unsigned i = 0; i < tu->globals->len; i++) {
		const struct ir_global *g = tu->globals->pdata[i];
		scope_begin(w);
		put_str(w, g->name);
		put_str(w, g->ident);
		put_str(w, g->type);
		wire_put_uint(w->b, g->type_class);
		wire_put_uint(w->b, g->type_flags);
		put_str(w, g->record);
		wire_put_uint(w->b, (unsigned)g->is_static | (unsigned)g->has_init << 1);
		put_tags(w, g->tags);
		put_loc(w, g->loc);
		put_expr(w, g->init);
	}
	wire_put_uint(w->b, tu->literals->len);
	for (unsigned i = 0; i < tu->literals->len; i++) {
		const struct ir_literal *l = tu->literals->pdata[i];
		put_str(w, l->text);
		wire_put_uint(w->b, l->len);
		put_loc(w, l->loc);
	}
	put_list(w, tu->address_taken);
	put_list(w, tu->missing_headers);
	put_list(w, tu->errors);
	put_list(w, tu->annotation_errors);
	put_list(w, tu->fatal_errors);
	put_list(w, tu->inputs);
}

bool ir_io_write(const struct ir_tu *tu, GByteArray *out, char **error)
{
	struct writer w = {
		.b = g_byte_array_new(),
		.string_ids = g_hash_table_new(g_str_hash, g_str_equal),
		.strings = g_ptr_array_new(),
		.expr_ids = g_hash_table_new(g_direct_hash, g_direct_equal),
	};
	put_tu(&w, tu);
	bool ok = !w.too_deep;
	if (ok) {
		g_byte_array_append(out, (const guint8 *)magic, sizeof magic);
		wire_put_uint(out, IR_IO_VERSION);
		wire_put_uint(out, w.strings->len);
		for (unsigned i = 0; i < w.strings->len; i++)
			wire_put_string(out, w.strings->pdata[i]);
		g_byte_array_append(out, w.b->data, w.b->len);
	} else {
		*error = g_strdup_printf("%s: an expression is nested more than %d deep",
					 tu->file, MAX_DEPTH);
	}
	g_byte_array_free(w.b, TRUE);
	g_hash_table_destroy(w.string_ids);
	g_ptr_array_free(w.strings, TRUE);
	g_hash_table_destroy(w.expr_ids);
	return ok;
}

char *ir_io_digest(const struct ir_tu *tu)
{
	GByteArray *b = g_byte_array_new();
	char *error = NULL, *digest = NULL;
	if (ir_io_write(tu, b, &error))
		digest = g_compute_checksum_for_data(G_CHECKSUM_SHA256, b->data, b->len);
	g_free(error);
	g_byte_array_free(b, TRUE);
	return digest;
}

/* ---- reading ---- */

struct reader {
	struct wire_reader w;
	struct ir_tu *tu;
	const char **strings;	/* interned in tu */
	unsigned nstrings;
	GPtrArray *exprs;	/* finished nodes of the current scope, by id */
	unsigned nvars;		/* of the current function: bounds IR_E_VAR */
	unsigned depth;
};

/* Every item takes at least this many bytes: bounds counts before they
 * size an allocation. */
#define MIN_ITEM 1

static const char *get_str(struct reader *r)
{
	uint64_t id = wire_get_uint_max(&r->w, r->nstrings, "a string reference is out of range");
	return id ? r->strings[id - 1] : NULL;
}

static const char *get_str_required(struct reader *r, const char *what)
{
	const char *s = get_str(r);
	if (!s)
		wire_fail(&r->w, what);
	return s;
}

static unsigned get_unsigned(struct reader *r)
{
	return (unsigned)wire_get_uint_max(&r->w, UINT_MAX, "a number is out of range");
}

static unsigned get_type_flags(struct reader *r)
{
	return wire_get_uint_max(&r->w, (IR_TF_VA_LIST << 1) - 1, "type flags are out of range");
}

static enum ir_type_class get_type_class(struct reader *r)
{
	return (enum ir_type_class)wire_get_uint_max(&r->w, IR_TC_COUNT - 1, "a type class is out of range");
}

static bool get_flag(struct reader *r)
{
	return wire_get_uint_max(&r->w, 1, "a flag is neither 0 nor 1") != 0;
}

static struct ir_loc get_loc(struct reader *r)
{
	struct ir_loc l;
	l.file = get_str(r);
	l.line = get_unsigned(r);
	l.col = get_unsigned(r);
	return l;
}

static struct ir_tags get_tags(struct reader *r)
{
	struct ir_tags t;
	t.pi = get_unsigned(r);
	t.sanitizer = get_unsigned(r);
	t.sink = get_unsigned(r);
	return t;
}

/* The engine reads these kids without checking that they are there. */
static unsigned min_kids(enum ir_expr_kind k)
{
	switch (k) {
	case IR_E_FIELD:
	case IR_E_DEREF:
	case IR_E_ADDR:
	case IR_E_INDEX:
	case IR_E_CALL:
		return 1;
	case IR_E_ASSIGN:
		return 2;
	default:
		return 0;
	}
}

static struct ir_expr *get_expr(struct reader *r)
{
	uint64_t tag = wire_get_uint(&r->w);
	if (wire_failed(&r->w) || tag == 0)
		return NULL;
	if (tag >= 2) {
		if (tag - 2 >= r->exprs->len) {
			wire_fail(&r->w, "an expression reference is out of range");
			return NULL;
		}
		return r->exprs->pdata[tag - 2];
	}
	if (r->depth >= MAX_DEPTH) {
		wire_fail(&r->w, "expressions are nested too deep");
		return NULL;
	}
	r->depth++;
	struct ir_expr *e = ir_alloc(r->tu, sizeof *e);
	e->kind = (enum ir_expr_kind)wire_get_uint_max(&r->w, IR_E_KIND_COUNT - 1,
							"an expression kind is out of range");
	e->op = (enum ir_op)wire_get_uint_max(&r->w, IR_OP_COUNT - 1, "an operator is out of range");
	e->loc = get_loc(r);
	e->type = get_str(r);
	e->type_flags = get_type_flags(r);
	e->record = get_str(r);
	int64_t var = wire_get_int(&r->w);
	if (var < -1 || var >= (int64_t)r->nvars)
		wire_fail(&r->w, "a variable index is out of range");
	e->var = (int)var;
	e->name = get_str(r);
	e->ident = get_str(r);
	e->field_record = get_str(r);
	e->arrow = get_flag(r);
	uint64_t keyed = wire_get_uint(&r->w);
	uint64_t keyed_nth = wire_get_uint(&r->w);
	if (keyed > IR_KEYED_MAX || keyed_nth > keyed || (keyed && e->kind != IR_E_VA_ARG))
		wire_fail(&r->w, "a keyed va_arg is out of range");
	e->keyed = (uint16_t)keyed;
	e->keyed_nth = (uint16_t)keyed_nth;
	e->text = get_str(r);
	uint64_t len = wire_get_uint(&r->w);
	if (len > (e->text ? strlen(e->text) : 0))
		wire_fail(&r->w, "a string length is out of range");
	e->len = (uint32_t)len;
	int64_t value = wire_get_int(&r->w);
	if (value && e->kind == IR_E_INITLIST)
		wire_fail(&r->w, "a number on an initializer list");
	else if (e->kind != IR_E_INITLIST)
		e->value = value;
	e->pi_tags = get_unsigned(r);
	e->nkids = wire_get_count(&r->w, 1, "an expression's kid count is out of range");
	bool names = get_flag(r);
	if (names && e->kind != IR_E_INITLIST)
		wire_fail(&r->w, "designators on an expression that is no initializer list");
	if (e->nkids < min_kids(e->kind))
		wire_fail(&r->w, "an expression lacks an operand");
	if (!wire_failed(&r->w) && e->nkids) {
		e->kids = ir_alloc(r->tu, e->nkids * sizeof *e->kids);
		if (names)
			e->names = ir_alloc(r->tu, e->nkids * sizeof *e->names);
		for (unsigned i = 0; i < e->nkids && !wire_failed(&r->w); i++) {
			if (names)
				e->names[i] = get_str(r);
			e->kids[i] = get_expr(r);
			if (!e->kids[i])
				wire_fail(&r->w, "an operand is missing");
		}
	}
	r->depth--;
	if (wire_failed(&r->w))
		return NULL;
	g_ptr_array_add(r->exprs, e);
	return e;
}

static void scope_reset(struct reader *r, unsigned nvars)
{
	g_ptr_array_set_size(r->exprs, 0);
	r->nvars = nvars;
}

static void get_list(struct reader *r, GPtrArray *a)
{
	unsigned n = wire_get_count(&r->w, MIN_ITEM, "a list's count is out of range");
	for (unsigned i = 0; i < n && !wire_failed(&r->w); i++)
		g_ptr_array_add(a, (gpointer)get_str_required(r, "a list holds a NULL string"));
}

static struct ir_func *get_func(struct reader *r)
{
	struct ir_tu *tu = r->tu;
	struct ir_func *fn = ir_alloc(tu, sizeof *fn);
	fn->name = get_str_required(r, "a function has no name");
	fn->ident = get_str_required(r, "a function has no identity");
	unsigned flags = (unsigned)wire_get_uint_max(&r->w, 7, "a function's flags are out of range");
	fn->is_static = flags & 1;
	fn->is_variadic = flags & 2;
	fn->in_header = flags & 4;
	fn->ret_type = get_str(r);
	fn->fn_type = get_str(r);
	fn->tags = get_tags(r);
	fn->loc = get_loc(r);
	fn->nvars = wire_get_count(&r->w, 12, "a function's variable count is out of range");
	fn->nparams = get_unsigned(r);
	if (fn->nparams > fn->nvars)
		wire_fail(&r->w, "a function has more parameters than variables");
	if (wire_failed(&r->w))
		return NULL;
	if (fn->nvars)
		fn->vars = ir_alloc(tu, fn->nvars * sizeof *fn->vars);
	for (unsigned i = 0; i < fn->nvars && !wire_failed(&r->w); i++) {
		struct ir_var *v = &fn->vars[i];
		v->name = get_str_required(r, "a variable has no name");
		v->type = get_str(r);
		v->type_class = get_type_class(r);
		v->type_flags = get_type_flags(r);
		v->record = get_str(r);
		v->kind = (enum ir_var_kind)wire_get_uint_max(&r->w, IR_VAR_LOCAL,
							      "a variable kind is out of range");
		int64_t pi = wire_get_int(&r->w);
		/* parameters first, in order (ir.h); the engine indexes by it */
		if (v->kind == IR_VAR_PARAM ? (i >= fn->nparams || pi != (int64_t)i)
					    : (i < fn->nparams || pi != -1))
			wire_fail(&r->w, "a parameter is out of place");
		v->param_index = (int)pi;
		v->is_static = get_flag(r);
		v->tags = get_tags(r);
		v->loc = get_loc(r);
	}
	fn->nblocks = wire_get_count(&r->w, 3, "a function's block count is out of range");
	if (!fn->nblocks)
		wire_fail(&r->w, "a function has no entry block");
	if (wire_failed(&r->w))
		return NULL;
	fn->blocks = ir_alloc(tu, fn->nblocks * sizeof *fn->blocks);
	scope_reset(r, fn->nvars);
	for (unsigned b = 0; b < fn->nblocks && !wire_failed(&r->w); b++) {
		struct ir_block *bl = &fn->blocks[b];
		bl->id = b;
		bl->nstmts = bl->stmts_cap = wire_get_count(&r->w, 5, "a block's statement count is out of range");
		if (bl->nstmts)
			bl->stmts = ir_alloc(tu, bl->nstmts * sizeof *bl->stmts);
		for (unsigned s = 0; s < bl->nstmts && !wire_failed(&r->w); s++) {
			struct ir_stmt *st = &bl->stmts[s];
			st->kind = (enum ir_stmt_kind)wire_get_uint_max(&r->w, IR_S_RETURN,
									"a statement kind is out of range");
			st->e = get_expr(r);
			if (!st->e && st->kind != IR_S_RETURN)
				wire_fail(&r->w, "a statement has no expression");
			st->loc = get_loc(r);
		}
		bl->cond = get_expr(r);
		bl->nsucc = bl->succ_cap = wire_get_count(&r->w, 1, "a block's successor count is out of range");
		if (bl->nsucc)
			bl->succ = ir_alloc(tu, bl->nsucc * sizeof *bl->succ);
		for (unsigned s = 0; s < bl->nsucc; s++)
			bl->succ[s] = (unsigned)wire_get_uint_max(&r->w, fn->nblocks - 1,
								  "a successor block is out of range");
		if (wire_get_uint_max(&r->w, 1, "a block's case flag is out of range") && bl->nsucc) {
			bl->cases = ir_alloc(tu, bl->nsucc * sizeof *bl->cases);
			for (unsigned s = 0; s < bl->nsucc; s++) {
				bl->cases[s].kind = (enum ir_case_kind)wire_get_uint_max(&r->w, IR_CASE_OTHER,
											  "a case kind is out of range");
				bl->cases[s].value = wire_get_int(&r->w);
			}
		}
	}
	return wire_failed(&r->w) ? NULL : fn;
}

static void get_tu(struct reader *r)
{
	struct ir_tu *tu = r->tu;
	unsigned n = wire_get_count(&r->w, 16, "the function count is out of range");
	for (unsigned i = 0; i < n && !wire_failed(&r->w); i++) {
		struct ir_func *fn = get_func(r);
		if (fn)
			g_ptr_array_add(tu->funcs, fn);
	}
	scope_reset(r, 0);
	n = wire_get_count(&r->w, 8, "the declaration count is out of range");
	for (unsigned i = 0; i < n && !wire_failed(&r->w); i++) {
		struct ir_decl *d = ir_alloc(tu, sizeof *d);
		d->name = get_str_required(r, "a declaration has no name");
		d->ident = get_str_required(r, "a declaration has no identity");
		d->tags = get_tags(r);
		d->loc = get_loc(r);
		g_ptr_array_add(tu->decls, d);
	}
	n = wire_get_count(&r->w, 10, "the field count is out of range");
	for (unsigned i = 0; i < n && !wire_failed(&r->w); i++) {
		struct ir_field *f = ir_alloc(tu, sizeof *f);
		f->record = get_str_required(r, "a field has no record");
		f->name = get_str_required(r, "a field has no name");
		f->type = get_str(r);
		f->type_class = get_type_class(r);
		f->type_flags = get_type_flags(r);
		f->field_record = get_str(r);
		f->tags = get_tags(r);
		f->loc = get_loc(r);
		g_ptr_array_add(tu->fields, f);
	}
	n = wire_get_count(&r->w, 11, "the global count is out of range");
	for (unsigned i = 0; i < n && !wire_failed(&r->w); i++) {
		struct ir_global *g = ir_alloc(tu, sizeof *g);
		scope_reset(r, 0);
		g->name = get_str_required(r, "a global has no name");
		g->ident = get_str_required(r, "a global has no identity");
		g->type = get_str(r);
		g->type_class = get_type_class(r);
		g->type_flags = get_type_flags(r);
		g->record = get_str(r);
		unsigned flags = (unsigned)wire_get_uint_max(&r->w, 3, "a global's flags are out of range");
		g->is_static = flags & 1;
		g->has_init = flags & 2;
		g->tags = get_tags(r);
		g->loc = get_loc(r);
		g->init = get_expr(r);
		g_ptr_array_add(tu->globals, g);
	}
	n = wire_get_count(&r->w, 5, "the literal count is out of range");
	for (unsigned i = 0; i < n && !wire_failed(&r->w); i++) {
		struct ir_literal *l = ir_alloc(tu, sizeof *l);
		l->text = get_str_required(r, "a literal has no text");
		l->len = (size_t)wire_get_uint(&r->w);
		if (l->text && l->len > strlen(l->text))
			wire_fail(&r->w, "a literal's length is out of range");
		l->loc = get_loc(r);
		g_ptr_array_add(tu->literals, l);
	}
	get_list(r, tu->address_taken);
	get_list(r, tu->missing_headers);
	get_list(r, tu->errors);
	get_list(r, tu->annotation_errors);
	get_list(r, tu->fatal_errors);
	get_list(r, tu->inputs);
	if (!wire_failed(&r->w) && !wire_at_end(&r->w))
		wire_fail(&r->w, "bytes left over after the translation unit");
}

struct ir_tu *ir_io_read(const void *data, size_t len, char **error)
{
	struct reader r = { .exprs = g_ptr_array_new() };
	wire_reader_init(&r.w, data, len);
	if (!wire_expect(&r.w, magic, sizeof magic, "not pitrace IR (bad magic)")) {
		*error = g_strdup_printf("IR: %s", r.w.error);
		g_ptr_array_free(r.exprs, TRUE);
		return NULL;
	}
	uint64_t version = wire_get_uint(&r.w);
	if (!wire_failed(&r.w) && version != IR_IO_VERSION) {
		*error = g_strdup_printf("IR: encoding version %" G_GUINT64_FORMAT
					 ", this pitrace reads version %d", version, IR_IO_VERSION);
		g_ptr_array_free(r.exprs, TRUE);
		return NULL;
	}
	/* The TU's own interning gives equal strings one pointer, as the
	 * frontend's does. */
	r.nstrings = wire_get_count(&r.w, 1, "the string count is out of range");
	char **texts = g_new0(char *, r.nstrings + 1);
	for (unsigned i = 0; i < r.nstrings && !wire_failed(&r.w); i++) {
		texts[i] = wire_get_string(&r.w);
		if (!texts[i])
			wire_fail(&r.w, "the string table holds a NULL");
	}
	const char *file = r.nstrings && texts[0] ? texts[0] : "";
	r.tu = ir_tu_new(file);
	r.strings = g_new0(const char *, r.nstrings + 1);
	for (unsigned i = 0; i < r.nstrings && !wire_failed(&r.w); i++)
		r.strings[i] = ir_intern(r.tu, texts[i]);
	g_strfreev(texts);
	if (!wire_failed(&r.w)) {
		r.tu->file = get_str_required(&r, "the translation unit has no file name");
		get_tu(&r);
	}
	g_free(r.strings);
	g_ptr_array_free(r.exprs, TRUE);
	if (wire_failed(&r.w)) {
		*error = g_strdup_printf("IR: %s (at byte %zu of %zu)", r.w.error,
					 wire_offset(&r.w, data), len);
		ir_tu_free(r.tu);
		return NULL;
	}
	return r.tu;
}
