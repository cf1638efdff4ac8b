/* SPDX-License-Identifier: Apache-2.0 */
/* engine_alias.c - pointer fields of one record that point into the same
 * buffer: a string builder keeps its base and its write cursor side by
 * side (postfix's VBUF `data` and `ptr`), appends through the cursor and
 * reads the text back through the base. Wherever the program assigns one
 * such field from the other in the same record (`bp->ptr = bp->data`,
 * `b->ptr = b->data + b->len`), the two are one field to the analysis:
 * what is written through either is read through both.
 *
 * So are two pointer fields of one record given the same pointer in one
 * function (a list's head and tail, below).
 *
 * The classes are made once, from every function's assignments, and the
 * first of a class in the record's declaration order names it. */
#include <string.h>

#include "engine_int.h"

static const char *alias_key(struct program *p, const char *record, const char *field)
{
	char *k = g_strconcat(record, "\x1f", field, NULL);
	const char *key = prog_intern(p, k);
	g_free(k);
	return key;
}

static const char *find_root(GHashTable *parent, const char *key)
{
	const char *up;
	while ((up = g_hash_table_lookup(parent, key)) && up != key)
		key = up;
	return key;
}

/* The position of field in its record's declaration, for choosing which
 * of a class names it. */
static unsigned field_position(const struct program *p, const char *record, const char *field)
{
	const GPtrArray *fields = tags_record_fields(p, record);
	for (unsigned i = 0; fields && i < fields->len; i++)
		if (!strcmp(((const struct field_info *)fields->pdata[i])->name, field))
			return i;
	return G_MAXUINT;
}

/* The pointer field an assignment's right side reads, looking through
 * casts and arithmetic (`b->data + b->len`). */
static const struct ir_expr *pointer_field(const struct ir_expr *e)
{
	for (int depth = 0; depth < 4; depth++) {
		e = ir_strip_casts(e);
		if (e->kind == IR_E_FIELD)
			return e;
		if (e->kind != IR_E_BINARY || (e->op != IR_OP_ADD && e->op != IR_OP_SUB))
			return NULL;
		const struct ir_expr *next = NULL;
		for (unsigned i = 0; i < e->nkids; i++)
			if (type_is_pointer(e->kids[i]->type_flags))
				next = e->kids[i];
		if (!next)
			return NULL;
		e = next;
	}
	return NULL;
}

static void unite(struct program *p, const char *record, const char *a, const char *b)
{
	const char *ra = find_root(p->field_alias, alias_key(p, record, a));
	const char *rb = find_root(p->field_alias, alias_key(p, record, b));
	if (ra == rb)
		return;
	/* the root is the field declared first */
	unsigned pa = field_position(p, record, strchr(ra, '\x1f') + 1);
	unsigned pb = field_position(p, record, strchr(rb, '\x1f') + 1);
	if (pb < pa || (pb == pa && strcmp(rb, ra) < 0)) {
		const char *t = ra;
		ra = rb;
		rb = t;
	}
	g_hash_table_insert(p->field_alias, (gpointer)rb, (gpointer)ra);
	g_hash_table_insert(p->field_alias, (gpointer)ra, (gpointer)ra);
}

static void scan(struct program *p, const struct ir_expr *e, GPtrArray *from_var)
{
	if (!e)
		return;
	if (e->kind == IR_E_ASSIGN && e->op == IR_OP_NONE && e->nkids == 2) {
		const struct ir_expr *lhs = e->kids[0], *rhs = pointer_field(e->kids[1]);
		if (lhs->kind == IR_E_FIELD && rhs && lhs->field_record && rhs->field_record && lhs->name &&
		    rhs->name && !strcmp(lhs->field_record, rhs->field_record) && strcmp(lhs->name, rhs->name) &&
		    lhs->arrow == rhs->arrow && type_is_pointer(lhs->type_flags) &&
		    ir_same_lvalue(lhs->kids[0], rhs->kids[0]))
			unite(p, prog_intern(p, lhs->field_record), lhs->name, rhs->name);
		const struct ir_expr *v = ir_strip_casts(e->kids[1]);
		if (lhs->kind == IR_E_FIELD && v->kind == IR_E_VAR && lhs->field_record && lhs->name &&
		    type_is_pointer(lhs->type_flags))
			g_ptr_array_add(from_var, (gpointer)e);
	}
	for (unsigned i = 0; i < e->nkids; i++)
		scan(p, e->kids[i], from_var);
}

/* A list's head and tail (opensmtpd's iobuf `outq` and `outqlast`) are
 * given the same new element in one function: `io->outq = q; ...
 * io->outqlast = q`. Appending goes through the tail, writing out through
 * the head: two fields of one record given one pointer point to one
 * object, and are one field to the analysis too. */
static void unite_same_value(struct program *p, const GPtrArray *from_var)
{
	for (unsigned i = 0; i < from_var->len; i++) {
		const struct ir_expr *a = from_var->pdata[i];
		for (unsigned j = i + 1; j < from_var->len; j++) {
			const struct ir_expr *b = from_var->pdata[j];
			const struct ir_expr *la = a->kids[0], *lb = b->kids[0];
			const struct ir_expr *va = ir_strip_casts(a->kids[1]), *vb = ir_strip_casts(b->kids[1]);
			if (va->var == vb->var && !strcmp(la->field_record, lb->field_record) &&
			    strcmp(la->name, lb->name) && la->arrow == lb->arrow && ir_same_lvalue(la->kids[0], lb->kids[0]))
				unite(p, prog_intern(p, la->field_record), la->name, lb->name);
		}
	}
}

void alias_init(struct program *p)
{
	p->field_alias = g_hash_table_new(g_str_hash, g_str_equal);
}

void alias_free(struct program *p)
{
	g_hash_table_destroy(p->field_alias);
	if (p->alias_answers)
		g_hash_table_destroy(p->alias_answers);
}

void alias_collect(struct program *p)
{
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		const struct ir_func *fn = ((const struct fn_info *)p->fn_list->pdata[i])->fn;
		GPtrArray *from_var = g_ptr_array_new();
		for (unsigned b = 0; b < fn->nblocks; b++) {
			const struct ir_block *bl = &fn->blocks[b];
			for (unsigned s = 0; s < bl->nstmts; s++)
				scan(p, bl->stmts[s].e, from_var);
			scan(p, bl->cond, from_var);
		}
		unite_same_value(p, from_var);
		g_ptr_array_free(from_var, TRUE);
	}
}

/* The answers, by the pointers of the names asked with: every field read
 * asks, and a TU's names are each one string. */
struct alias_ask {
	const char *record, *field;
};

static guint ask_hash(gconstpointer k)
{
	const struct alias_ask *a = k;
	return g_direct_hash(a->record) ^ (g_direct_hash(a->field) * 31u);
}

static gboolean ask_equal(gconstpointer a, gconstpointer b)
{
	const struct alias_ask *x = a, *y = b;
	return x->record == y->record && x->field == y->field;
}

const char *alias_field(struct program *p, const char *record, const char *field)
{
	if (!record || !field || !g_hash_table_size(p->field_alias))
		return field;
	if (!p->alias_answers)
		p->alias_answers = g_hash_table_new_full(ask_hash, ask_equal, g_free, NULL);
	struct alias_ask ask = { record, field };
	const char *known = g_hash_table_lookup(p->alias_answers, &ask);
	if (known)
		return known;
	char *k = g_strconcat(record, "\x1f", field, NULL);
	const char *key = g_hash_table_lookup(p->field_alias, k);
	g_free(k);
	const char *answer = key ? strchr(find_root(p->field_alias, key), '\x1f') + 1 : field;
	g_hash_table_insert(p->alias_answers, g_memdup2(&ask, sizeof ask), (gpointer)answer);
	return answer;
}
