/* SPDX-License-Identifier: Apache-2.0 */
/* engine_fptr.c - which functions a record's function-pointer field may
 * hold. C programs dispatch through tables: `Curl_ssl->set_engine(...)`,
 * `c->cmd->proc(c)`. The functions a call through `R.f` can reach are the
 * ones the program ever stores in a field f of a struct R: in an
 * initializer (`{ .set_engine = ossl_set_engine }`, positional ones too)
 * or by assignment (`ops->f = g`). That is far fewer than every function
 * of the pointer's type, which keeps unrelated handlers out of traces and
 * out of the call graph's components. A field that is ever given anything
 * but a function or a null pointer (a callback passed in by a caller) is
 * open: calls through it fall back to the type.
 *
 * Falling back to the type is bounded: a generic callback type such as
 * `void (*)(void *)` is shared by hundreds of unrelated functions (every
 * destructor of a container library), and following all of them at every
 * call joins most of a program into one component and every flow into
 * every sink. Past FPTR_TYPE_FANOUT functions of one type the call is not
 * followed; it is counted with the calls of unknown functions in --stats
 * ("(function pointer)"), so the blind spot is visible. */
#include <string.h>

#include "engine_int.h"

/* See above; documented in docs/engine.md. A type whose parameters are
 * all untyped pointers (`void (*)(void *)`) is a generic callback; one
 * that names its parameters' types (postfix's VSTREAM_RW_FN, `ssize_t
 * (*)(int, void *, size_t, int, void *)`) is the interface of one layer:
 * for a field that is open (a stream's `write_fn`, set from a caller's
 * argument), every function of it is a candidate up to a larger bound. A
 * plain pointer falls back to its type only up to the small one: calls
 * through parameters are everywhere, and following 16 functions at each
 * made postfix's analysis four times slower. */
#define FPTR_TYPE_FANOUT 4
#define FPTR_SPECIFIC_FANOUT 16

/* PITRACE_DUMP_FPTR=1 prints every field's functions and why a field is
 * loose (docs/engine.md), for whoever wonders where a call went. */
static bool dump_fptr(void)
{
	static int on = -1;
	if (on < 0)
		on = g_getenv("PITRACE_DUMP_FPTR") != NULL;
	return on;
}

struct fptr_slot {
	GPtrArray *fns;	/* struct fn_info * */
	bool open;
	/* R.f: some store went through a pointer to R that may point into
	 * any container, so the containers' own slots are not the whole
	 * story (no narrowing by container then) */
	bool loose;
	struct fptr_slot *inner;	/* a container's slot (R.g.f): R'.f's */
	bool too_many;		/* a type's: past what an open field calls */
	GPtrArray *with_type;	/* open field: fns and the type's functions */
	GHashTable *cast;	/* fns stored through a cast at least once */
	GHashTable *views;	/* call's function type -> fns of that type */
};

static void slot_free(gpointer data)
{
	struct fptr_slot *s = data;
	g_ptr_array_free(s->fns, TRUE);
	if (s->with_type)
		g_ptr_array_free(s->with_type, TRUE);
	if (s->cast)
		g_hash_table_destroy(s->cast);
	if (s->views)
		g_hash_table_destroy(s->views);
	g_free(s);
}

/* Whether a function type only passes untyped pointers (or nothing). */
static bool generic_type(const char *fn_type)
{
	const char *open = strchr(fn_type, '(');
	if (!open)
		return true;
	char *params = g_strndup(open + 1, strcspn(open + 1, ")"));
	char **parts = g_strsplit(params, ",", -1);
	bool generic = true;
	for (char **q = parts; *q && generic; q++) {
		char *t = g_strstrip(*q);
		generic = !*t || !strcmp(t, "void") || !strcmp(t, "void *") || !strcmp(t, "const void *");
	}
	g_strfreev(parts);
	g_free(params);
	return generic;
}

/* The slot for key in t (field_fns or type_fns), made empty on first use. */
static struct fptr_slot *slot_get(GHashTable *t, const char *key)
{
	struct fptr_slot *s = g_hash_table_lookup(t, key);
	if (!s) {
		s = g_new0(struct fptr_slot, 1);
		s->fns = g_ptr_array_new();
		g_hash_table_insert(t, g_strdup(key), s);
	}
	return s;
}

static struct fptr_slot *slot(struct program *p, const char *record, const char *field)
{
	char *key = g_strconcat(record, "\x1f", field, NULL);
	struct fptr_slot *s = slot_get(p->field_fns, key);
	g_free(key);
	return s;
}

static const struct ir_expr *strip(const struct ir_expr *e)
{
	while (e && (e->kind == IR_E_CAST || e->kind == IR_E_ADDR || e->kind == IR_E_COMMA) && e->nkids)
		e = e->kids[e->nkids - 1];
	return e;
}

/* A call of a function that only returns its one parameter is that
 * parameter: postfix checks the types of its key-value arguments with
 * `static inline VSTREAM_RW_FN check_val_VSTREAM_CTLVSTREAM_RW_FN(
 * VSTREAM_RW_FN v) { return v; }` around each value. */
static const struct ir_expr *through_identity(struct program *p, const struct ir_expr *e)
{
	for (int depth = 0; e && e->kind == IR_E_CALL && e->ident && e->nkids == 2 && depth < 4; depth++) {
		const struct fn_info *fi = prog_function(p, e->ident);
		const struct ir_func *fn = fi ? fi->fn : NULL;
		if (!fn || fn->nparams != 1 || fn->nblocks < 1 || fn->blocks[0].nstmts != 1)
			return e;
		const struct ir_stmt *st = &fn->blocks[0].stmts[0];
		const struct ir_expr *r = st->kind == IR_S_RETURN ? strip(st->e) : NULL;
		if (!r || r->kind != IR_E_VAR || r->var != 0)
			return e;
		e = strip(e->kids[1]);
	}
	return e;
}

/* Whether a stored function went through an explicit cast on its way
 * (`(VSTREAM_RW_FN) f`); implicit conversions are not in the IR. */
static bool through_cast(const struct ir_expr *e)
{
	for (; e && (e->kind == IR_E_CAST || e->kind == IR_E_ADDR || e->kind == IR_E_COMMA) && e->nkids;
	     e = e->kids[e->nkids - 1])
		if (e->kind == IR_E_CAST)
			return true;
	return false;
}

/* Records that fi went into s, and whether through a cast. */
static void slot_add(struct fptr_slot *s, struct fn_info *fi, bool cast)
{
	if (!g_ptr_array_find(s->fns, fi, NULL))
		g_ptr_array_add(s->fns, fi);
	if (cast) {
		if (!s->cast)
			s->cast = g_hash_table_new(NULL, NULL);
		g_hash_table_add(s->cast, fi);
	}
}

/* Records what value e may put into field of record. */
static void note_value(struct program *p, const char *record, const char *field, const struct ir_expr *e)
{
	bool cast = through_cast(e);
	e = through_identity(p, strip(e));
	if (!e || ir_null_constant(e))
		return;
	if (e->kind == IR_E_COND && e->nkids == 3) {
		note_value(p, record, field, e->kids[1]);
		note_value(p, record, field, e->kids[2]);
		return;
	}
	struct fptr_slot *s = slot(p, record, field);
	struct fn_info *fi = e->kind == IR_E_FUNC && e->ident ? prog_function(p, e->ident) : NULL;
	if (fi) {
		slot_add(s, fi, cast);
	} else if (e->kind != IR_E_FUNC) {
		/* A function with no body here (a library's) adds no callee;
		 * anything else could be any function. */
		s->open = true;
	}
}

static bool is_function_pointer(unsigned tf)
{
	return tf & IR_TF_FUNCTION_POINTER;
}

/* The records an initializer list is nested in, innermost first: the
 * list of a VBUF inside a VSTREAM's (`{ { ..., vstream_buf_put_ready } }`)
 * stores into VSTREAM's buf.put_ready too. */
struct init_outer {
	const char *record;
	const char *prefix;	/* "buf." */
	const struct init_outer *up;
};

static void note_container(struct program *p, const char *record, const char *path, const struct ir_expr *rhs,
			   struct fptr_slot *inner);

static void scan_init_list(struct program *p, const struct ir_expr *list, const struct init_outer *outer)
{
	bool is_record = list->record && (list->type_flags & IR_TF_KNOWN) && !type_is_array(list->type_flags);
	const GPtrArray *fields = is_record ? tags_record_fields(p, list->record) : NULL;
	unsigned pos = 0;
	for (unsigned i = 0; i < list->nkids; i++, pos++) {
		const struct ir_expr *k = list->kids[i];
		const char *field = list->names ? list->names[i] : NULL;
		if (field && fields) {
			/* positional ones after a designator continue from it */
			for (unsigned f = 0; f < fields->len; f++)
				if (!strcmp(((const struct field_info *)fields->pdata[f])->name, field))
					pos = f;
		} else if (!field && fields && pos < fields->len) {
			field = ((const struct field_info *)fields->pdata[pos])->name;
		}
		if (k->kind == IR_E_INITLIST) {
			/* an array's elements are in the array's container */
			char *prefix = is_record && field ? g_strconcat(field, ".", NULL) : NULL;
			struct init_outer here = { .record = list->record, .prefix = prefix, .up = outer };
			scan_init_list(p, k, prefix ? &here : outer);
			g_free(prefix);
		} else if (is_record && field && (is_function_pointer(k->type_flags) || strip(k)->kind == IR_E_FUNC)) {
			note_value(p, list->record, field, k);
			struct fptr_slot *inner = slot(p, list->record, field);
			GString *path = g_string_new(field);
			for (const struct init_outer *o = outer; o; o = o->up) {
				g_string_prepend(path, o->prefix);
				note_container(p, o->record, path->str, k, inner);
			}
			g_string_free(path, TRUE);
		}
	}
}

/* A container's view of a field: the functions stored in `x->g.f` for a
 * record R holding g (key "R\x1fg.f"), next to those of the field's own
 * record (R'.f). postfix's VSTRING and VSTREAM both embed a VBUF whose
 * put_ready a VSTRING sets to vstring_buf_put_ready and a VSTREAM to a
 * function that writes to a file: a call through a VSTRING's buffer
 * never writes to a file, and summary_for_call narrows by the container
 * the caller's argument is in (fptr_container_fns). */
static void note_container(struct program *p, const char *record, const char *path, const struct ir_expr *rhs,
			   struct fptr_slot *inner)
{
	bool cast = through_cast(rhs);
	const struct ir_expr *e = through_identity(p, strip(rhs));
	if (e && e->kind == IR_E_COND && e->nkids == 3) {
		note_container(p, record, path, e->kids[1], inner);
		note_container(p, record, path, e->kids[2], inner);
		return;
	}
	char *key = g_strconcat(record, "\x1f", path, NULL);
	struct fptr_slot *s = slot_get(p->field_fns, key);
	g_free(key);
	s->inner = inner;
	if (!e || ir_null_constant(e))
		return;
	struct fn_info *fi = e->kind == IR_E_FUNC && e->ident ? prog_function(p, e->ident) : NULL;
	if (fi)
		slot_add(s, fi, cast);
	else if (e->kind != IR_E_FUNC)
		s->open = true;
}

static const struct ir_expr *strip_casts(const struct ir_expr *e)
{
	while (e && e->kind == IR_E_CAST && e->nkids)
		e = e->kids[e->nkids - 1];
	return e;
}

/* A local pointer defined once as &x->g (`VBUF *bp = &stream->buf`): the
 * field g it points to, else NULL. defs holds one expression per local,
 * or `multi` when it is assigned more than once. */
static const struct ir_expr *pointee_field(const struct ir_expr *ptr, const struct ir_expr **defs,
					   const struct ir_expr *multi)
{
	ptr = strip_casts(ptr);
	if (!ptr || ptr->kind != IR_E_VAR || !defs || ptr->var < 0)
		return NULL;
	const struct ir_expr *d = strip_casts(defs[ptr->var]);
	if (!d || d == multi || d->kind != IR_E_ADDR || !d->nkids)
		return NULL;
	d = strip_casts(d->kids[0]);
	return d && d->kind == IR_E_FIELD && d->field_record ? d : NULL;
}

/* What scanning one function knows: its locals' single definitions, and
 * where to put stores through its parameters. */
struct scan_fn {
	const struct ir_func *fn;
	const struct ir_expr **defs;	/* per var; `multi` when not one */
	const struct ir_expr *multi;
	GHashTable *param_stores;	/* callee ident -> GPtrArray of struct param_store */
	GHashTable *keyed;	/* "callee\x1fK" -> GPtrArray of struct key_at */
};

/* A constant K among a call's arguments: call->kids[kid] (kids[0] is the
 * callee), the values after it. */
struct key_at {
	const struct ir_expr *call;
	unsigned kid;
};

/* The keyed table's key for the constant K in calls of callee. Free
 * with g_free(). */
static char *keyed_name(const char *callee, long long k)
{
	return g_strdup_printf("%s\x1f%lld", callee, k);
}

/* `bp->f = g` with bp a parameter (postfix's vstream_buf_init(VBUF *bp)):
 * the container is whatever each caller passes, known once every call
 * has been seen (settle_param_stores). */
struct param_store {
	unsigned param;
	char *path;		/* "f", "g.f": below what the parameter points to */
	const struct ir_expr *rhs;
	struct fptr_slot *inner;
};

static void param_store_free(gpointer data)
{
	GPtrArray *a = data;
	for (unsigned i = 0; i < a->len; i++) {
		struct param_store *ps = a->pdata[i];
		g_free(ps->path);
		g_free(ps);
	}
	g_ptr_array_free(a, TRUE);
}

/* Records a store into the function-pointer field lhs, for its record and
 * for each container the access path shows it to be embedded in. */
static void note_store(struct program *p, const struct ir_expr *lhs, const struct ir_expr *rhs,
		       struct scan_fn *sf)
{
	/* `s->write_fn = va_arg(ap, T)` under `case K:` of a key-value list
	 * (postfix's vstream_control): what the calls pass after the key,
	 * when every call is seen. The type's functions otherwise: reading
	 * and writing functions alike. */
	const struct ir_expr *v = strip(rhs);
	if (sf && v && v->kind == IR_E_VA_ARG && v->keyed && sf->fn->ident && sf->keyed) {
		struct fn_info *fi = prog_function(p, sf->fn->ident);
		if (fi && !g_ptr_array_find(p->address_taken, fi, NULL)) {
			char *key = keyed_name(sf->fn->ident, v->value);
			const GPtrArray *after = g_hash_table_lookup(sf->keyed, key);
			g_free(key);
			/* the read's value is the nth after the key */
			for (unsigned i = 0; after && i < after->len; i++) {
				const struct key_at *at = after->pdata[i];
				if (at->kid + v->keyed_nth < at->call->nkids)
					note_store(p, lhs, at->call->kids[at->kid + v->keyed_nth], sf);
			}
			return;
		}
	}
	const struct ir_expr **defs = sf ? sf->defs : NULL;
	const struct ir_expr *multi = sf ? sf->multi : NULL;
	note_value(p, lhs->field_record, lhs->name, rhs);
	struct fptr_slot *inner = slot(p, lhs->field_record, lhs->name);
	GString *path = g_string_new(lhs->name);
	const struct ir_expr *cur = lhs;
	bool known = false;
	while (cur->nkids) {
		const struct ir_expr *base = strip_casts(cur->kids[0]), *up = NULL;
		if (!cur->arrow && base && base->kind == IR_E_FIELD && base->field_record)
			up = base;	/* x.g.f, x->g.f */
		else if (cur->arrow)
			up = pointee_field(base, defs, multi);	/* bp->f, bp = &x->g */
		else if (base && base->kind == IR_E_DEREF && base->nkids)
			up = pointee_field(base->kids[0], defs, multi);	/* (*bp).f */
		else
			known = true;	/* a record variable of its own: in no container */
		if (!up) {
			/* through a parameter: its callers decide */
			const struct ir_expr *ptr = cur->arrow ? base
				: base && base->kind == IR_E_DEREF && base->nkids ? strip_casts(base->kids[0]) : NULL;
			if (sf && ptr && ptr->kind == IR_E_VAR && ptr->var >= 0 &&
			    (unsigned)ptr->var < sf->fn->nparams && sf->fn->ident) {
				GPtrArray *a = g_hash_table_lookup(sf->param_stores, sf->fn->ident);
				if (!a) {
					a = g_ptr_array_new();
					g_hash_table_insert(sf->param_stores, (gpointer)sf->fn->ident, a);
				}
				struct param_store *ps = g_new(struct param_store, 1);
				ps->param = (unsigned)ptr->var;
				ps->path = g_strdup(path->str);
				ps->rhs = rhs;
				ps->inner = inner;
				g_ptr_array_add(a, ps);
				known = true;
			}
			break;
		}
		known = true;
		g_string_prepend_c(path, '.');
		g_string_prepend(path, up->name);
		note_container(p, up->field_record, path->str, rhs, inner);
		cur = up;
	}
	if (!known && cur == lhs) {
		inner->loose = true;
		if (dump_fptr())
			fprintf(stderr, "fptr loose: %s:%u %s.%s\n", lhs->loc.file, lhs->loc.line, lhs->field_record, lhs->name);
	}
	g_string_free(path, TRUE);
}

static void note_def(const struct ir_expr *e, const struct ir_expr **defs, const struct ir_expr *multi,
		     unsigned nvars);

static void scan(struct program *p, const struct ir_expr *e, struct scan_fn *sf)
{
	if (!e)
		return;
	if (e->kind == IR_E_INITLIST) {
		scan_init_list(p, e, NULL);
		return;
	}
	if (e->kind == IR_E_ASSIGN && e->nkids == 2 && e->kids[0]->kind == IR_E_FIELD &&
	    e->kids[0]->field_record && (is_function_pointer(e->kids[0]->type_flags) || strip(e->kids[1])->kind == IR_E_FUNC))
		note_store(p, e->kids[0], e->kids[1], sf);
	for (unsigned i = 0; i < e->nkids; i++)
		scan(p, e->kids[i], sf);
}

/* Each call of a function that stores through its parameter: the
 * container the argument is in gets the store; an argument in no known
 * container makes the field loose. */
static void settle_call(struct program *p, const struct ir_expr *e, struct scan_fn *sf)
{
	if (!e)
		return;
	GPtrArray *a = e->kind == IR_E_CALL && e->ident ? g_hash_table_lookup(sf->param_stores, e->ident) : NULL;
	for (unsigned i = 0; a && i < a->len; i++) {
		const struct param_store *ps = a->pdata[i];
		const struct ir_expr *arg = ps->param + 1 < e->nkids ? strip_casts(e->kids[ps->param + 1]) : NULL;
		const struct ir_expr *f = arg && arg->kind == IR_E_ADDR && arg->nkids ? strip_casts(arg->kids[0])
					  : pointee_field(arg, sf->defs, sf->multi);
		if (f && f->kind == IR_E_FIELD && f->field_record) {
			char *path = g_strconcat(f->name, ".", ps->path, NULL);
			note_container(p, f->field_record, path, ps->rhs, ps->inner);
			g_free(path);
		} else {
			ps->inner->loose = true;
			if (dump_fptr())
				fprintf(stderr, "fptr loose call: %s:%u %s\n", e->loc.file, e->loc.line, e->ident);
		}
	}
	for (unsigned i = 0; i < e->nkids; i++)
		settle_call(p, e->kids[i], sf);
}

/* Each call of a variadic function with a body: where each constant is
 * among its last named and variadic arguments, for the keyed va_arg
 * stores of note_store. (A value that equals a key is taken for one too:
 * its values are then a few more arguments, never fewer.) */
static void collect_keyed(struct program *p, const struct ir_expr *e, struct scan_fn *sf)
{
	if (!e)
		return;
	struct fn_info *fi = e->kind == IR_E_CALL && e->ident ? prog_function(p, e->ident) : NULL;
	if (fi && fi->fn->is_variadic && fi->fn->nparams) {
		/* kids[0] is the callee */
		for (unsigned i = fi->fn->nparams; i + 1 < e->nkids; i++) {
			const struct ir_expr *k = strip_casts(e->kids[i]);
			if (k->kind != IR_E_NUMBER)
				continue;
			char *key = keyed_name(e->ident, k->value);
			GPtrArray *a = g_hash_table_lookup(sf->keyed, key);
			if (!a) {
				a = g_ptr_array_new_with_free_func(g_free);
				g_hash_table_insert(sf->keyed, key, a);
			} else {
				g_free(key);
			}
			struct key_at *at = g_new(struct key_at, 1);
			at->call = e;
			at->kid = i;
			g_ptr_array_add(a, at);
		}
	}
	for (unsigned i = 0; i < e->nkids; i++)
		collect_keyed(p, e->kids[i], sf);
}

/* Calls each of fn's statements with fn's scan context. */
static void each_function(struct program *p, GHashTable *param_stores, GHashTable *keyed,
			  void (*visit)(struct program *, const struct ir_expr *, struct scan_fn *))
{
	static const struct ir_expr multi_mark;
	for (unsigned t = 0; t < p->tus->len; t++) {
		const struct ir_tu *tu = p->tus->pdata[t];
		for (unsigned i = 0; i < tu->funcs->len; i++) {
			const struct ir_func *fn = tu->funcs->pdata[i];
			struct scan_fn sf = {
				.fn = fn,
				.defs = g_new0(const struct ir_expr *, fn->nvars + 1),
				.multi = &multi_mark,
				.param_stores = param_stores,
				.keyed = keyed,
			};
			/* parameters are defined by the caller: never "once here" */
			for (unsigned v = 0; v < fn->nparams && v < fn->nvars; v++)
				sf.defs[v] = &multi_mark;
			for (unsigned b = 0; b < fn->nblocks; b++) {
				for (unsigned s = 0; s < fn->blocks[b].nstmts; s++)
					note_def(fn->blocks[b].stmts[s].e, sf.defs, &multi_mark, fn->nvars);
				note_def(fn->blocks[b].cond, sf.defs, &multi_mark, fn->nvars);
			}
			for (unsigned b = 0; b < fn->nblocks; b++) {
				for (unsigned s = 0; s < fn->blocks[b].nstmts; s++)
					visit(p, fn->blocks[b].stmts[s].e, &sf);
				visit(p, fn->blocks[b].cond, &sf);
			}
			g_free(sf.defs);
		}
	}
}

static void note_def(const struct ir_expr *e, const struct ir_expr **defs, const struct ir_expr *multi,
		     unsigned nvars)
{
	if (!e)
		return;
	if (e->kind == IR_E_ASSIGN && e->nkids == 2 && e->kids[0]->kind == IR_E_VAR && e->kids[0]->var >= 0 &&
	    (unsigned)e->kids[0]->var < nvars) {
		const struct ir_expr **d = &defs[e->kids[0]->var];
		*d = *d || e->op != IR_OP_NONE ? multi : e->kids[1];
	} else if ((e->kind == IR_E_ADDR || e->kind == IR_E_INCDEC) && e->nkids && e->kids[0]->kind == IR_E_VAR &&
		   e->kids[0]->var >= 0 && (unsigned)e->kids[0]->var < nvars) {
		defs[e->kids[0]->var] = multi;	/* &bp, bp++: not a single definition */
	}
	for (unsigned i = 0; i < e->nkids; i++)
		note_def(e->kids[i], defs, multi, nvars);
}

void fptr_collect(struct program *p)
{
	p->field_fns = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, slot_free);
	p->type_fns = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, slot_free);
	for (unsigned i = 0; i < p->address_taken->len; i++) {
		struct fn_info *fi = p->address_taken->pdata[i];
		if (!fi->fn->fn_type)
			continue;
		struct fptr_slot *s = slot_get(p->type_fns, fi->fn->fn_type);
		g_ptr_array_add(s->fns, fi);
		s->open = s->fns->len > FPTR_TYPE_FANOUT;
		s->too_many = s->fns->len > (generic_type(fi->fn->fn_type) ? FPTR_TYPE_FANOUT : FPTR_SPECIFIC_FANOUT);
	}
	for (unsigned t = 0; t < p->tus->len; t++) {
		const struct ir_tu *tu = p->tus->pdata[t];
		for (unsigned i = 0; i < tu->globals->len; i++)
			scan(p, ((const struct ir_global *)tu->globals->pdata[i])->init, NULL);
	}
	GHashTable *param_stores = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, param_store_free);
	GHashTable *keyed = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
	each_function(p, param_stores, keyed, collect_keyed);
	each_function(p, param_stores, keyed, scan);
	if (g_hash_table_size(param_stores)) {
		/* a function that stores through its parameter and is called
		 * through a pointer has callers we cannot see */
		GHashTableIter it;
		gpointer key, value;
		g_hash_table_iter_init(&it, param_stores);
		while (g_hash_table_iter_next(&it, &key, &value)) {
			struct fn_info *fi = prog_function(p, key);
			if (!fi || g_ptr_array_find(p->address_taken, fi, NULL)) {
				if (dump_fptr())
					fprintf(stderr, "fptr loose fn: %s %s\n", (const char *)key, fi ? "address taken" : "unknown");
				GPtrArray *a = value;
				for (unsigned i = 0; i < a->len; i++)
					((struct param_store *)a->pdata[i])->inner->loose = true;
			}
		}
		each_function(p, param_stores, keyed, settle_call);
	}
	g_hash_table_destroy(param_stores);
	g_hash_table_destroy(keyed);
	if (dump_fptr()) {
		GHashTableIter it;
		gpointer key, value;
		g_hash_table_iter_init(&it, p->field_fns);
		while (g_hash_table_iter_next(&it, &key, &value)) {
			const struct fptr_slot *fs = value;
			fprintf(stderr, "fptr %s: %u fns%s%s%s\n", (const char *)key, fs->fns->len,
				fs->open ? " open" : "", fs->loose ? " loose" : "", fs->inner ? " (container)" : "");
			for (unsigned i = 0; i < fs->fns->len; i++) {
				const struct fn_info *fi = fs->fns->pdata[i];
				fprintf(stderr, "  %s%s\n", fi->fn->name,
					fs->cast && g_hash_table_contains(fs->cast, fi) ? " (through a cast)" : "");
			}
		}
	}
}

const char *fptr_field_key(struct program *p, const struct ir_expr *callee)
{
	while (callee && (callee->kind == IR_E_CAST || callee->kind == IR_E_DEREF) && callee->nkids)
		callee = callee->kids[0];
	if (!callee || callee->kind != IR_E_FIELD || !callee->field_record)
		return NULL;
	char *key = g_strconcat(callee->field_record, "\x1f", callee->name, NULL);
	const char *k = prog_intern(p, key);
	g_free(key);
	return k;
}

const GPtrArray *fptr_field_fns(const struct program *p, const char *key)
{
	const struct fptr_slot *s = key ? g_hash_table_lookup(p->field_fns, key) : NULL;
	return s && !s->open && s->fns->len ? s->fns : NULL;
}

const GPtrArray *fptr_field_fns_carried(const struct program *p, const char *key)
{
	const GPtrArray *fns = fptr_field_fns(p, key);
	return fns && fns->len <= FPTR_SPECIFIC_FANOUT ? fns : NULL;
}

/* The functions of s a call of fn_type may reach. A function stored
 * without a cast has the type of the field it was stored in, so one of
 * another type was stored in another record of the same name: redis
 * links hiredis, whose `struct dictType` has a keyCompare of another
 * type than redis's own, and a hiredis dictFind would otherwise call
 * redis's key comparers (and, through them, free redis objects). One
 * stored through a cast may be called through any type. */
static bool slot_admits(const struct fptr_slot *s, const struct fn_info *fi, const char *fn_type)
{
	return !fi->fn->fn_type || !strcmp(fi->fn->fn_type, fn_type) || (s->cast && g_hash_table_contains(s->cast, fi));
}

/* Made once per slot and call type; the slot's own array when every
 * function is admitted. */
static const GPtrArray *slot_view(struct fptr_slot *s, const char *fn_type)
{
	if (!fn_type)
		return s->fns;
	if (!s->views)
		s->views = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
	GPtrArray *v = g_hash_table_lookup(s->views, fn_type);
	if (!v) {
		v = g_ptr_array_new();
		for (unsigned i = 0; i < s->fns->len; i++)
			if (slot_admits(s, s->fns->pdata[i], fn_type))
				g_ptr_array_add(v, s->fns->pdata[i]);
		g_hash_table_insert(s->views, g_strdup(fn_type), v);
	}
	return v->len == s->fns->len ? s->fns : v;
}

/* The functions container record's field path (`g.f`) holds, when that is
 * fewer than its field's own set and nothing made the field loose. */
static const GPtrArray *container_fns(const struct program *p, const char *record, const char *path,
				     const char *fn_type)
{
	char *key = g_strconcat(record, "\x1f", path, NULL);
	struct fptr_slot *s = g_hash_table_lookup(p->field_fns, key);
	g_free(key);
	if (!s || s->open || !s->fns->len || !s->inner || s->inner->loose || s->inner->open ||
	    s->fns->len >= s->inner->fns->len)
		return NULL;
	const GPtrArray *v = slot_view(s, fn_type);
	return v->len ? v : NULL;
}

const GPtrArray *fptr_candidates(const struct program *p, const struct ir_expr *callee, const char *fn_type)
{
	while (callee && (callee->kind == IR_E_CAST || callee->kind == IR_E_DEREF) && callee->nkids)
		callee = callee->kids[0];
	if (!callee || callee->kind != IR_E_FIELD || !callee->field_record)
		return NULL;
	/* A call whose pointer is read through its container, as a macro
	 * writes it (postfix's VBUF_SPACE(&vp->vbuf, n) is
	 * `(&vp->vbuf)->space(...)`; `x->g.f(...)` too): only what that
	 * container's field was given. */
	const struct ir_expr *base = callee->nkids ? strip_casts(callee->kids[0]) : NULL;
	if (base && callee->arrow && base->kind == IR_E_ADDR && base->nkids)
		base = strip_casts(base->kids[0]);
	else if (base && callee->arrow)
		base = NULL;
	if (base && base->kind == IR_E_FIELD && base->field_record) {
		char *path = g_strconcat(base->name, ".", callee->name, NULL);
		const GPtrArray *narrow = container_fns(p, base->field_record, path, fn_type);
		g_free(path);
		if (narrow)
			return narrow;
	}
	char *key = g_strconcat(callee->field_record, "\x1f", callee->name, NULL);
	struct fptr_slot *s = g_hash_table_lookup(p->field_fns, key);
	g_free(key);
	if (!s || (!s->open && !s->fns->len))
		return NULL;
	if (!s->open) {
		const GPtrArray *v = slot_view(s, fn_type);
		return v->len ? v : NULL;
	}
	/* An open field (`stream->write_fn = va_arg(ap, ...)`) holds what is
	 * stored in it by name and whatever else of its type: both, when the
	 * type is followed at all. */
	const struct fptr_slot *ts = fn_type ? g_hash_table_lookup(p->type_fns, fn_type) : NULL;
	const GPtrArray *typed = ts && !ts->too_many ? ts->fns : NULL;
	if (!typed)
		return NULL;
	if (!s->with_type) {
		s->with_type = g_ptr_array_new();
		for (unsigned i = 0; i < s->fns->len; i++)
			g_ptr_array_add(s->with_type, s->fns->pdata[i]);
		for (unsigned i = 0; i < typed->len; i++)
			if (!g_ptr_array_find(s->with_type, typed->pdata[i], NULL))
				g_ptr_array_add(s->with_type, typed->pdata[i]);
	}
	return s->with_type;
}

static GPtrArray none_array;
const GPtrArray *const FPTR_NONE = &none_array;

uint32_t fptr_none_origin(struct program *p)
{
	if (!p->fptr_none)
		p->fptr_none = prog_origin(p, ORIGIN_FUNCTION, prog_intern(p, "(no function)"), 0, (struct ir_loc){ 0 }) + 1;
	return p->fptr_none - 1;
}

const GPtrArray *fptr_container_fns(struct program *p, const struct ir_expr *arg, const char *path)
{
	/* the argument as a place in a container: &x->g (prefix "g."), or a
	 * pointer to a record; path below it must be field steps only */
	if (!path || path[0] != '*' || path[1] != '.')
		return NULL;
	const char *steps = path + 2;
	if (strchr(steps, '*'))
		return NULL;
	arg = strip_casts(arg);
	if (!arg)
		return NULL;
	char *key = NULL;
	if (arg->kind == IR_E_ADDR && arg->nkids) {
		const struct ir_expr *f = strip_casts(arg->kids[0]);
		/* &vp->vbuf, then up out of the member buf: a VSTREAM's
		 * writer seen from a VSTRING's buffer */
		if (f && f->kind == IR_E_FIELD && f->name && steps[0] == '^') {
			char *joined = g_strconcat(f->name, ".", steps, NULL);
			bool none = path_impossible(joined);
			g_free(joined);
			if (none)
				return FPTR_NONE;
		}
		if (f && f->kind == IR_E_FIELD && f->field_record)
			key = g_strconcat(f->field_record, "\x1f", f->name, ".", steps, NULL);
	} else if (arg->record && strchr(steps, '.') && type_is_pointer(arg->type_flags)) {
		key = g_strconcat(arg->record, "\x1f", steps, NULL);
	}
	if (!key)
		return NULL;
	char *sep = strchr(key, '\x1f');
	*sep = '\0';
	const GPtrArray *fns = container_fns(p, key, sep + 1, NULL);
	g_free(key);
	return fns;
}

const GPtrArray *fptr_of_type(const struct program *p, const char *fn_type)
{
	const struct fptr_slot *s = g_hash_table_lookup(p->type_fns, fn_type);
	return s && !s->open ? s->fns : NULL;
}

void fptr_free(struct program *p)
{
	if (p->type_fns)
		g_hash_table_destroy(p->type_fns);
	p->type_fns = NULL;
	if (p->field_fns)
		g_hash_table_destroy(p->field_fns);
	p->field_fns = NULL;
}
