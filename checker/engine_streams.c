/* SPDX-License-Identifier: Apache-2.0 */
/* engine_streams.c - the program's own standard streams. A buffered-I/O
 * library keeps its stdin, stdout and stderr as statically initialized
 * objects whose descriptor field is a constant (postfix's vstream_fstd[]:
 * `{ ..., STDERR_FILENO, timed_read, timed_write, ... }`), and its logger
 * writes through a global pointer that only ever points to one of them
 * (msg_vstream.c: `msg_stream = vp`, where every caller of
 * msg_vstream_init passes VSTREAM_ERR, `&vstream_fstd[2]`). The flow-
 * insensitive store cannot tell that object from every other stream the
 * program opened: what the writer of every stream logs on its error path
 * ends up in it too, and each log line became a file write, a network
 * send and a TLS write.
 *
 * Before the analysis, every assignment to a global pointer is read. Its
 * targets are known when each one is the address of a global object
 * (`&H`, `&H[2]`, an array `H`), or a parameter of a function that is
 * never called through a pointer and whose every call passes such an
 * address there; a null pointer adds nothing. Anything else, or the
 * pointer's own address taken, and nothing is known of it. A stream
 * argument that is such a pointer or such an address, written through
 * its field `f` (a summary's sink row whose stream is `$0.*.f`), is
 * decided by the constants the targets' initializers give `f`:
 * descriptors 1 and 2 are a log (CONTRACT 3). Nothing else is decided
 * here: another constant, or one target without an initializer, leaves
 * the stream to the analysis. A global object passed by address whose
 * initializer gives one field 0, 1 or 2 in every element is a standard
 * stream: a descriptor field its initializer leaves out (postfix's
 * write_fd, used only by double-buffered streams) is its own descriptor,
 * and the global store keeps no handles in it (global_store_add). The
 * program may store another descriptor in such an object later (a dup2
 * onto stderr does not change the number); that is not followed. */
#include <string.h>

#include "engine_int.h"

/* A global object a pointer may hold: an element of an array, or all. */
struct target {
	const char *ident;
	long long index;	/* -1: the object, or any element */
};

#define UNKNOWN ((GArray *)1)

/* The global object expression e points to, when it is one: &H, &H[2],
 * or an array H. */
static bool object_target(const struct ir_expr *e, struct target *t)
{
	e = ir_strip_casts(e);
	bool addr = e->kind == IR_E_ADDR && e->nkids;
	if (addr)
		e = ir_strip_casts(e->kids[0]);
	if (addr && e->kind == IR_E_INDEX && e->nkids == 2) {
		const struct ir_expr *i = ir_strip_casts(e->kids[1]);
		const struct ir_expr *b = ir_strip_casts(e->kids[0]);
		if (b->kind != IR_E_GLOBAL || !b->ident || i->kind != IR_E_NUMBER)
			return false;
		*t = (struct target){ .ident = b->ident, .index = i->value };
		return true;
	}
	if (e->kind == IR_E_GLOBAL && e->ident && (addr || type_is_array(e->type_flags))) {
		*t = (struct target){ .ident = e->ident, .index = -1 };
		return true;
	}
	return false;
}

/* `pointer = param` in function fn: settled once every call is seen */
struct pending {
	const char *pointer, *fn;
	int param;
};

struct scan {
	struct program *p;
	const struct ir_func *fn;
	GHashTable *targets;	/* pointer ident -> GArray of struct target, or UNKNOWN */
	GArray *pending;	/* struct pending: pointers given a parameter */
	GHashTable *calls;	/* callee ident -> GPtrArray of struct ir_expr * calls */
	GHashTable *objects;	/* idents of global objects passed by address */
};

/* The table's value destructor (free_targets) frees what was there. */
static void forget(struct scan *s, const char *ident)
{
	g_hash_table_replace(s->targets, (gpointer)ident, UNKNOWN);
}

static void add_target(struct scan *s, const char *ident, const struct target *t)
{
	GArray *a = g_hash_table_lookup(s->targets, ident);
	if (a == UNKNOWN)
		return;
	if (!a) {
		a = g_array_new(FALSE, FALSE, sizeof(struct target));
		g_hash_table_insert(s->targets, (gpointer)ident, a);
	}
	g_array_append_val(a, *t);
}

static void scan_expr(struct scan *s, const struct ir_expr *e)
{
	if (!e)
		return;
	if (e->kind == IR_E_ASSIGN && e->nkids == 2) {
		const struct ir_expr *lhs = ir_strip_casts(e->kids[0]), *rhs = ir_strip_casts(e->kids[1]);
		if (lhs->kind == IR_E_GLOBAL && lhs->ident && type_is_pointer(lhs->type_flags)) {
			struct target t;
			if (e->op != IR_OP_NONE)
				forget(s, lhs->ident);
			else if (object_target(e->kids[1], &t))
				add_target(s, lhs->ident, &t);
			else if (rhs->kind == IR_E_VAR && rhs->var >= 0 && s->fn->vars[rhs->var].kind == IR_VAR_PARAM &&
				 s->fn->ident) {
				struct pending pd = { .pointer = lhs->ident, .fn = s->fn->ident,
						      .param = s->fn->vars[rhs->var].param_index };
				g_array_append_val(s->pending, pd);
			} else if (!ir_null_constant(rhs)) {
				forget(s, lhs->ident);
			}
		}
	}
	/* a pointer whose address is taken may be written through it */
	if (e->kind == IR_E_ADDR && e->nkids) {
		const struct ir_expr *x = ir_strip_casts(e->kids[0]);
		if (x->kind == IR_E_GLOBAL && x->ident && type_is_pointer(x->type_flags))
			forget(s, x->ident);
	}
	if (e->kind == IR_E_CALL)
		for (unsigned i = 1; i < e->nkids; i++) {
			struct target t;
			if (object_target(e->kids[i], &t))
				g_hash_table_add(s->objects, (gpointer)t.ident);
		}
	if (e->kind == IR_E_CALL && e->ident) {
		GPtrArray *list = g_hash_table_lookup(s->calls, e->ident);
		if (!list) {
			list = g_ptr_array_new();
			g_hash_table_insert(s->calls, (gpointer)e->ident, list);
		}
		g_ptr_array_add(list, (gpointer)e);
	}
	for (unsigned i = 0; i < e->nkids; i++)
		scan_expr(s, e->kids[i]);
}

/* A parameter given a global pointer: the addresses every call passes. */
static void resolve_param(struct scan *s, const struct pending *pd)
{
	const char *pointer = pd->pointer;
	int param = pd->param;
	struct fn_info *fi = prog_function(s->p, pd->fn);
	GPtrArray *calls = g_hash_table_lookup(s->calls, pd->fn);
	if (!fi || !calls || g_ptr_array_find(s->p->address_taken, fi, NULL)) {
		forget(s, pointer);
		return;
	}
	for (unsigned i = 0; i < calls->len; i++) {
		const struct ir_expr *call = calls->pdata[i];
		struct target t;
		if ((unsigned)param + 1 >= call->nkids) {
			forget(s, pointer);
			return;
		}
		const struct ir_expr *a = call->kids[param + 1];
		if (object_target(a, &t))
			add_target(s, pointer, &t);
		else if (!ir_null_constant(a)) {
			forget(s, pointer);
			return;
		}
	}
}

static const struct ir_expr *init_field(const struct program *p, const struct ir_expr *init, const char *field);

/* A global record, or array of records, whose initializer gives one
 * field a standard descriptor (0, 1 or 2) in every element, 1 or 2 in
 * one at least: postfix's vstream_fstd[], a FILE table of one's own. */
static bool standard_stream(const struct program *p, const char *ident)
{
	const struct global_info *g = tags_global(p, ident);
	const struct ir_expr *init = g && g->def ? g->def->init : NULL;
	if (!init || init->kind != IR_E_INITLIST || !init->nkids)
		return false;
	bool array = type_is_array(init->type_flags);
	const struct ir_expr *first = array ? init->kids[0] : init;
	if (first->kind != IR_E_INITLIST || !first->record)
		return false;
	const GPtrArray *fields = tags_record_fields(p, first->record);
	for (unsigned f = 0; fields && f < fields->len; f++) {
		const char *name = ((const struct field_info *)fields->pdata[f])->name;
		bool all = true, one = false;
		for (unsigned i = 0; i < (array ? init->nkids : 1) && all; i++) {
			const struct ir_expr *v = init_field(p, array ? init->kids[i] : init, name);
			v = v ? ir_strip_casts(v) : NULL;
			all = v && v->kind == IR_E_NUMBER && v->value >= 0 && v->value <= 2 && !v->name;
			one = one || (all && v->value > 0);
		}
		if (all && one)
			return true;
	}
	return false;
}

static void free_targets(gpointer v)
{
	if (v != UNKNOWN)
		g_array_free(v, TRUE);
}

void streams_collect(struct program *p)
{
	struct scan s = {
		.p = p,
		.targets = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, free_targets),
		.pending = g_array_new(FALSE, FALSE, sizeof(struct pending)),
		.calls = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref),
		.objects = g_hash_table_new(g_str_hash, g_str_equal),
	};
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		s.fn = ((const struct fn_info *)p->fn_list->pdata[i])->fn;
		for (unsigned b = 0; b < s.fn->nblocks; b++) {
			const struct ir_block *bl = &s.fn->blocks[b];
			for (unsigned k = 0; k < bl->nstmts; k++)
				scan_expr(&s, bl->stmts[k].e);
			scan_expr(&s, bl->cond);
		}
	}
	GHashTableIter it;
	gpointer key, value;
	for (unsigned i = 0; i < s.pending->len; i++)
		resolve_param(&s, &g_array_index(s.pending, struct pending, i));
	/* the pointers' own initializers */
	g_hash_table_iter_init(&it, p->globals);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		const struct global_info *g = value;
		struct target t;
		if (!g->def || !g->def->init || !type_is_pointer(g->def->type_flags) || ir_null_constant(g->def->init))
			continue;
		if (object_target(g->def->init, &t))
			add_target(&s, key, &t);
		else
			forget(&s, key);
	}
	p->static_pointers = s.targets;
	/* the objects pointers hold, and those passed by address, that are
	 * standard streams */
	g_hash_table_iter_init(&it, s.targets);
	while (g_hash_table_iter_next(&it, &key, &value))
		if (value != UNKNOWN)
			for (unsigned i = 0; i < ((GArray *)value)->len; i++)
				g_hash_table_add(s.objects, (gpointer)g_array_index((GArray *)value, struct target, i).ident);
	g_hash_table_iter_init(&it, s.objects);
	while (g_hash_table_iter_next(&it, &key, &value))
		if (standard_stream(p, key))
			((struct global_info *)tags_global(p, key))->standard = true;
	g_hash_table_destroy(s.objects);
	g_array_free(s.pending, TRUE);
	g_hash_table_destroy(s.calls);
}

void streams_free(struct program *p)
{
	if (p->static_pointers)
		g_hash_table_destroy(p->static_pointers);
	p->static_pointers = NULL;
}

/* The initializer of field `field` in a record initializer. */
static const struct ir_expr *init_field(const struct program *p, const struct ir_expr *init, const char *field)
{
	if (!init || init->kind != IR_E_INITLIST || !init->record)
		return NULL;
	const GPtrArray *fields = tags_record_fields(p, init->record);
	for (unsigned i = 0; i < init->nkids; i++) {
		const char *name = init->names ? init->names[i] : NULL;
		if (!name && fields && i < fields->len)
			name = ((const struct field_info *)fields->pdata[i])->name;
		if (name && !strcmp(name, field))
			return init->kids[i];
	}
	return NULL;
}

/* The kinds field `field` of one target's initializer says; 0: unknown. */
static unsigned target_kinds(const struct program *p, const struct target *t, const char *field)
{
	const struct global_info *g = tags_global(p, t->ident);
	const struct ir_expr *init = g && g->def ? g->def->init : NULL;
	if (!init)
		return 0;
	bool array = type_is_array(init->type_flags);
	unsigned first = 0, last = 0;
	if (array) {
		if (init->kind != IR_E_INITLIST || !init->nkids)
			return 0;
		if (t->index >= 0 && (unsigned long long)t->index >= init->nkids)
			return 0;
		first = t->index >= 0 ? (unsigned)t->index : 0;
		last = t->index >= 0 ? (unsigned)t->index : init->nkids - 1;
	}
	unsigned kinds = 0;
	bool standard = g->standard;
	for (unsigned i = first; i <= last; i++) {
		const struct ir_expr *f = init_field(p, array ? init->kids[i] : init, field);
		f = f ? ir_strip_casts(f) : NULL;
		/* A descriptor field a standard stream's initializer leaves
		 * out (postfix's write_fd, used only once a stream is made
		 * double-buffered) is not in use: what is written through
		 * it is written to the stream's own descriptor. */
		if (!f && standard) {
			kinds |= 1u << SINK_LOG;
			continue;
		}
		if (!f || f->kind != IR_E_NUMBER || (f->value != 1 && f->value != 2))
			return 0;
		kinds |= 1u << SINK_LOG;
	}
	return kinds;
}

unsigned streams_static_kinds(const struct program *p, const struct ir_expr *arg, const char *path)
{
	if (!p->static_pointers || !arg || !g_str_has_prefix(path, "*.") || strchr(path + 2, '.'))
		return 0;
	const char *field = path + 2;
	struct target one;
	const GArray *targets = NULL;
	const struct ir_expr *a = ir_strip_casts(arg);
	if (a->kind == IR_E_GLOBAL && a->ident && type_is_pointer(a->type_flags)) {
		targets = g_hash_table_lookup(p->static_pointers, a->ident);
		if (!targets || targets == UNKNOWN || !targets->len)
			return 0;
	} else if (!object_target(arg, &one)) {
		return 0;
	}
	unsigned kinds = 0;
	unsigned n = targets ? targets->len : 1;
	for (unsigned i = 0; i < n; i++) {
		unsigned k = target_kinds(p, targets ? &g_array_index(targets, struct target, i) : &one, field);
		if (!k)
			return 0;
		kinds |= k;
	}
	return kinds;
}
