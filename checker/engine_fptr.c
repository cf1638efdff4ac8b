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

struct fptr_slot {
	GPtrArray *fns;	/* struct fn_info * */
	bool open;
	bool too_many;		/* a type's: past what an open field calls */
	GPtrArray *with_type;	/* open field: fns and the type's functions */
};

static void slot_free(gpointer data)
{
	struct fptr_slot *s = data;
	g_ptr_array_free(s->fns, TRUE);
	if (s->with_type)
		g_ptr_array_free(s->with_type, TRUE);
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

static bool is_null(const struct ir_expr *e)
{
	return e && e->kind == IR_E_NUMBER && e->value == 0;
}

/* Records what value e may put into field of record. */
static void note_value(struct program *p, const char *record, const char *field, const struct ir_expr *e)
{
	e = strip(e);
	if (!e || is_null(e))
		return;
	if (e->kind == IR_E_COND && e->nkids == 3) {
		note_value(p, record, field, e->kids[1]);
		note_value(p, record, field, e->kids[2]);
		return;
	}
	struct fptr_slot *s = slot(p, record, field);
	struct fn_info *fi = e->kind == IR_E_FUNC && e->ident ? prog_function(p, e->ident) : NULL;
	if (fi) {
		if (!g_ptr_array_find(s->fns, fi, NULL))
			g_ptr_array_add(s->fns, fi);
	} else if (e->kind != IR_E_FUNC) {
		/* A function with no body here (a library's) adds no callee;
		 * anything else could be any function. */
		s->open = true;
	}
}

static bool is_function_pointer(const char *type)
{
	return type && strstr(type, "(*)") != NULL;
}

static void scan_init_list(struct program *p, const struct ir_expr *list)
{
	bool is_record = list->record && list->type && !strchr(list->type, '[');
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
		if (k->kind == IR_E_INITLIST)
			scan_init_list(p, k);
		else if (is_record && field && (is_function_pointer(k->type) || strip(k)->kind == IR_E_FUNC))
			note_value(p, list->record, field, k);
	}
}

static void scan(struct program *p, const struct ir_expr *e)
{
	if (!e)
		return;
	if (e->kind == IR_E_INITLIST) {
		scan_init_list(p, e);
		return;
	}
	if (e->kind == IR_E_ASSIGN && e->nkids == 2 && e->kids[0]->kind == IR_E_FIELD &&
	    e->kids[0]->field_record && (is_function_pointer(e->kids[0]->type) || strip(e->kids[1])->kind == IR_E_FUNC))
		note_value(p, e->kids[0]->field_record, e->kids[0]->name, e->kids[1]);
	for (unsigned i = 0; i < e->nkids; i++)
		scan(p, e->kids[i]);
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
			scan(p, ((const struct ir_global *)tu->globals->pdata[i])->init);
		for (unsigned i = 0; i < tu->funcs->len; i++) {
			const struct ir_func *fn = tu->funcs->pdata[i];
			for (unsigned b = 0; b < fn->nblocks; b++) {
				for (unsigned s = 0; s < fn->blocks[b].nstmts; s++)
					scan(p, fn->blocks[b].stmts[s].e);
				scan(p, fn->blocks[b].cond);
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

const GPtrArray *fptr_candidates(const struct program *p, const struct ir_expr *callee, const char *fn_type)
{
	while (callee && (callee->kind == IR_E_CAST || callee->kind == IR_E_DEREF) && callee->nkids)
		callee = callee->kids[0];
	if (!callee || callee->kind != IR_E_FIELD || !callee->field_record)
		return NULL;
	char *key = g_strconcat(callee->field_record, "\x1f", callee->name, NULL);
	struct fptr_slot *s = g_hash_table_lookup(p->field_fns, key);
	g_free(key);
	if (!s || (!s->open && !s->fns->len))
		return NULL;
	if (!s->open)
		return s->fns;
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
