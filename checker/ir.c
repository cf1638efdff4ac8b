/* SPDX-License-Identifier: Apache-2.0 */
/* ir.c - building and printing the IR. Nodes come from a bump arena owned
 * by the TU: a TU's IR is built once, read many times and freed at once, so
 * per-node frees would be pure cost. Growing arrays are re-allocated inside
 * the arena; the copies they outgrow are reused by the next arrays to grow
 * (grow()). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"

#define CHUNK_SIZE (64 * 1024)

/* Every IR struct holds pointers, sizes and integers, never long double
 * or vectors: max_align_t's 16 would pad every node for nothing. */
#define IR_ALIGN 8
_Static_assert(_Alignof(struct ir_expr) <= IR_ALIGN && _Alignof(struct ir_func) <= IR_ALIGN &&
		       _Alignof(struct ir_var) <= IR_ALIGN && _Alignof(struct ir_global) <= IR_ALIGN &&
		       _Alignof(void *) <= IR_ALIGN && _Alignof(long long) <= IR_ALIGN,
	       "IR_ALIGN is below an IR struct's alignment");

struct ir_chunk {
	struct ir_chunk *next;
	size_t used, size;
	max_align_t data[];
};

struct ir_tu *ir_tu_new(const char *file)
{
	struct ir_tu *tu = g_new0(struct ir_tu, 1);
	tu->strings = g_string_chunk_new(16 * 1024);
	tu->file = ir_intern(tu, file);
	tu->funcs = g_ptr_array_new();
	tu->decls = g_ptr_array_new();
	tu->fields = g_ptr_array_new();
	tu->globals = g_ptr_array_new();
	tu->literals = g_ptr_array_new();
	tu->address_taken = g_ptr_array_new();
	tu->missing_headers = g_ptr_array_new();
	tu->errors = g_ptr_array_new();
	tu->annotation_errors = g_ptr_array_new();
	tu->fatal_errors = g_ptr_array_new();
	tu->inputs = g_ptr_array_new();
	return tu;
}

void ir_tu_free(struct ir_tu *tu)
{
	if (!tu)
		return;
	struct ir_chunk *c = tu->arena;
	while (c) {
		struct ir_chunk *next = c->next;
		free(c);
		c = next;
	}
	g_string_chunk_free(tu->strings);
	g_ptr_array_free(tu->funcs, TRUE);
	g_ptr_array_free(tu->decls, TRUE);
	g_ptr_array_free(tu->fields, TRUE);
	g_ptr_array_free(tu->globals, TRUE);
	g_ptr_array_free(tu->literals, TRUE);
	g_ptr_array_free(tu->address_taken, TRUE);
	g_ptr_array_free(tu->missing_headers, TRUE);
	g_ptr_array_free(tu->errors, TRUE);
	g_ptr_array_free(tu->annotation_errors, TRUE);
	g_ptr_array_free(tu->fatal_errors, TRUE);
	g_ptr_array_free(tu->inputs, TRUE);
	g_free(tu);
}

void *ir_alloc(struct ir_tu *tu, size_t size)
{
	size = (size + IR_ALIGN - 1) & ~(size_t)(IR_ALIGN - 1);
	struct ir_chunk *c = tu->arena;
	if (!c || c->used + size > c->size) {
		size_t cap = size > CHUNK_SIZE ? size : CHUNK_SIZE;
		/* calloc, not malloc and a memset per node: memory fresh from
		 * the system is already zero, and glibc does not clear it twice */
		c = calloc(1, sizeof *c + cap);
		if (!c)
			g_error("out of memory");
		c->next = tu->arena;
		c->used = 0;
		c->size = cap;
		tu->arena = c;
	}
	void *p = (char *)c->data + c->used;
	c->used += size;
	return p;
}

/* The size classes of the arrays grow() makes: its element sizes times
 * powers of two are all 2^j or 3 * 2^j bytes. -1: not kept. */
static int spare_class(size_t size)
{
	if (!size || size > CHUNK_SIZE)
		return -1;
	unsigned j = (unsigned)g_bit_nth_lsf((gulong)size, -1);
	size_t odd = size >> j;
	int k = odd == 1 ? (int)(2 * j) : odd == 3 ? (int)(2 * j + 1) : -1;
	return k < IR_SPARE_CLASSES ? k : -1;
}

/* An array bigger than a chunk has a chunk of its own (ir_alloc): it is
 * grown where it is, not copied and left. Returns NULL when old is not
 * alone in its chunk. */
static void *grow_alone(struct ir_tu *tu, void *old, size_t old_size, size_t size)
{
	struct ir_chunk **link = &tu->arena;
	while (*link && ((*link)->data != old || (*link)->used != old_size))
		link = &(*link)->next;
	if (!*link)
		return NULL;
	struct ir_chunk *c = realloc(*link, sizeof *c + size);
	if (!c)
		g_error("out of memory");
	memset((char *)c->data + old_size, 0, size - old_size);
	c->used = c->size = size;
	*link = c;
	return c->data;
}

/* Doubles an arena array. The old copy goes to the spare list of its
 * size, where the next array to grow to that size takes it: left in the
 * arena until the TU went, the copies were ~18% of the heap at its peak on
 * a generated file. The new copy is zeroed past the elements, as ir_alloc's are
 * (INITLIST names rely on it). */
static void *grow(struct ir_tu *tu, void *old, unsigned n, unsigned *cap, size_t elem, unsigned first)
{
	if (n < *cap)
		return old;
	unsigned ncap = *cap ? *cap * 2 : first;
	size_t old_size = ((size_t)*cap * elem + IR_ALIGN - 1) & ~(size_t)(IR_ALIGN - 1);
	size_t size = ((size_t)ncap * elem + IR_ALIGN - 1) & ~(size_t)(IR_ALIGN - 1);
	*cap = ncap;
	void *p = old && old_size > CHUNK_SIZE ? grow_alone(tu, old, old_size, size) : NULL;
	if (p)
		return p;
	int k = spare_class(size);
	if (k >= 0 && tu->spare[k]) {
		p = tu->spare[k];
		memcpy(&tu->spare[k], p, sizeof(void *));
		memset(p, 0, size);
	} else {
		p = ir_alloc(tu, size);
	}
	if (n)
		memcpy(p, old, n * elem);
	k = old ? spare_class(old_size) : -1;
	if (k >= 0) {
		memcpy(old, &tu->spare[k], sizeof(void *));
		tu->spare[k] = old;
	}
	return p;
}

const char *ir_intern(struct ir_tu *tu, const char *s)
{
	return s ? g_string_chunk_insert_const(tu->strings, s) : NULL;
}

struct ir_expr *ir_expr_new(struct ir_tu *tu, enum ir_expr_kind kind, struct ir_loc loc)
{
	struct ir_expr *e = ir_alloc(tu, sizeof *e);
	e->kind = kind;
	e->loc = loc;
	e->var = -1;
	return e;
}

void ir_expr_add_kid(struct ir_tu *tu, struct ir_expr *e, struct ir_expr *kid)
{
	/* Most nodes have one or two kids: two slots first, then double. */
	unsigned cap = e->nkids <= 2 ? (e->nkids ? 2 : 0) : 1u << g_bit_storage(e->nkids - 1);
	if (e->nkids == cap) {
		e->kids = grow(tu, e->kids, e->nkids, &cap, sizeof *e->kids, 2);
		if (e->kind == IR_E_INITLIST) {
			unsigned c2 = e->nkids;
			e->names = grow(tu, e->names, e->nkids, &c2, sizeof *e->names, 2);
		}
	}
	e->kids[e->nkids++] = kid;
}

unsigned ir_block_new(struct ir_tu *tu, struct ir_func *fn)
{
	unsigned cap = fn->nblocks <= 4 ? (fn->nblocks ? 4 : 0) : 1u << g_bit_storage(fn->nblocks - 1);
	fn->blocks = grow(tu, fn->blocks, fn->nblocks, &cap, sizeof *fn->blocks, 4);
	struct ir_block *b = &fn->blocks[fn->nblocks];
	memset(b, 0, sizeof *b);
	b->id = fn->nblocks;
	return fn->nblocks++;
}

void ir_block_add_stmt(struct ir_tu *tu, struct ir_func *fn, unsigned b,
		       enum ir_stmt_kind kind, struct ir_expr *e, struct ir_loc loc)
{
	struct ir_block *bl = &fn->blocks[b];
	bl->stmts = grow(tu, bl->stmts, bl->nstmts, &bl->stmts_cap, sizeof *bl->stmts, 2);
	bl->stmts[bl->nstmts++] = (struct ir_stmt){ .kind = kind, .e = e, .loc = loc };
}

void ir_block_add_succ(struct ir_tu *tu, struct ir_func *fn, unsigned b, unsigned to)
{
	struct ir_block *bl = &fn->blocks[b];
	/* a switch head's edges are all labelled */
	if (bl->cases) {
		ir_block_add_case(tu, fn, b, to, IR_CASE_OTHER, 0);
		return;
	}
	bl->succ = grow(tu, bl->succ, bl->nsucc, &bl->succ_cap, sizeof *bl->succ, 2);
	bl->succ[bl->nsucc++] = to;
}

/* The labels are kept in an array of their own, as long as succ's
 * capacity and made again only when succ grows (a generated switch of
 * 30,000 cases): only switch heads have one, so other blocks pay a
 * pointer. */
void ir_block_add_case(struct ir_tu *tu, struct ir_func *fn, unsigned b, unsigned to, enum ir_case_kind kind,
		       long long value)
{
	struct ir_block *bl = &fn->blocks[b];
	unsigned cap = bl->succ_cap;
	bl->succ = grow(tu, bl->succ, bl->nsucc, &bl->succ_cap, sizeof *bl->succ, 2);
	if (!bl->cases || bl->succ_cap != cap) {
		struct ir_case *cases = ir_alloc(tu, bl->succ_cap * sizeof *cases);
		for (unsigned i = 0; i < bl->nsucc; i++)
			cases[i] = bl->cases ? bl->cases[i] : (struct ir_case){ .kind = IR_CASE_OTHER };
		bl->cases = cases;
	}
	bl->cases[bl->nsucc] = (struct ir_case){ .value = value, .kind = kind };
	bl->succ[bl->nsucc++] = to;
}

static const char *const kind_names[IR_E_KIND_COUNT] = {
	[IR_E_VAR] = "var", [IR_E_GLOBAL] = "global", [IR_E_FUNC] = "func",
	[IR_E_FIELD] = "field", [IR_E_DEREF] = "deref", [IR_E_ADDR] = "addr",
	[IR_E_INDEX] = "index", [IR_E_CALL] = "call", [IR_E_ASSIGN] = "assign",
	[IR_E_BINARY] = "binary", [IR_E_COMPARE] = "compare", [IR_E_LOGICAL] = "logical",
	[IR_E_UNARY] = "unary", [IR_E_INCDEC] = "incdec", [IR_E_SIZEOF] = "sizeof",
	[IR_E_CAST] = "cast", [IR_E_COND] = "cond", [IR_E_COMMA] = "comma",
	[IR_E_STRING] = "string", [IR_E_NUMBER] = "number", [IR_E_INITLIST] = "initlist",
	[IR_E_VA_ARG] = "va_arg", [IR_E_UNKNOWN] = "unknown",
};

static const char *const op_names[IR_OP_COUNT] = {
	[IR_OP_NONE] = "", [IR_OP_ADD] = "+", [IR_OP_SUB] = "-", [IR_OP_MUL] = "*",
	[IR_OP_DIV] = "/", [IR_OP_REM] = "%", [IR_OP_SHL] = "<<", [IR_OP_SHR] = ">>",
	[IR_OP_AND] = "&", [IR_OP_OR] = "|", [IR_OP_XOR] = "^", [IR_OP_EQ] = "==",
	[IR_OP_NE] = "!=", [IR_OP_LT] = "<", [IR_OP_GT] = ">", [IR_OP_LE] = "<=",
	[IR_OP_GE] = ">=", [IR_OP_LAND] = "&&", [IR_OP_LOR] = "||", [IR_OP_LNOT] = "!",
	[IR_OP_NEG] = "-", [IR_OP_PLUS] = "+", [IR_OP_NOT] = "~", [IR_OP_PREINC] = "++pre",
	[IR_OP_PREDEC] = "--pre", [IR_OP_POSTINC] = "post++", [IR_OP_POSTDEC] = "post--",
	[IR_OP_SIZEOF] = "sizeof", [IR_OP_ALIGNOF] = "alignof",
	[IR_OP_OFFSETOF] = "offsetof",
};

const char *ir_expr_kind_name(enum ir_expr_kind k)
{
	return (unsigned)k < IR_E_KIND_COUNT ? kind_names[k] : "?";
}

const char *ir_op_name(enum ir_op op)
{
	return (unsigned)op < IR_OP_COUNT ? op_names[op] : "?";
}

static void dump_tags(FILE *out, struct ir_tags t)
{
	if (t.pi)
		fprintf(out, " pi=%#x", t.pi);
	if (t.sanitizer)
		fprintf(out, " sanitizer=%#x", t.sanitizer);
	if (t.sink)
		fprintf(out, " sink=%#x", t.sink);
}

/* Prints a string literal's bytes with C escapes so a dump is one line. */
static void dump_bytes(FILE *out, const char *s, size_t n)
{
	fputc('"', out);
	for (size_t i = 0; i < n && i < 80; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c < 32 || c >= 127)
			fprintf(out, "\\x%02x", c);
		else
			fputc(c, out);
	}
	fputs(n > 80 ? "\"..." : "\"", out);
}

/* One expression in prefix form: (kind[op] detail kids...). Types are left
 * out except where they are the point (records), to keep dumps readable
 * and stable across libclang versions. */
static void dump_expr(const struct ir_func *fn, const struct ir_expr *e, FILE *out)
{
	if (!e) {
		fputs("-", out);
		return;
	}
	fprintf(out, "(%s", ir_expr_kind_name(e->kind));
	if (e->op)
		fprintf(out, "[%s]", ir_op_name(e->op));
	switch (e->kind) {
	case IR_E_VAR:
		fprintf(out, " %s", fn && e->var >= 0 ? fn->vars[e->var].name : "?");
		break;
	case IR_E_GLOBAL:
	case IR_E_FUNC:
		fprintf(out, " %s", e->name);
		break;
	case IR_E_VA_ARG:
		if (e->keyed)
			fprintf(out, " key=%lld value=%u/%u", e->value, e->keyed_nth, e->keyed);
		break;
	case IR_E_FIELD:
		fprintf(out, " %s%s", e->arrow ? "->" : ".", e->name);
		if (e->field_record)
			fprintf(out, " of=%s", e->field_record);
		dump_tags(out, (struct ir_tags){ .pi = e->pi_tags });
		break;
	case IR_E_CALL:
		if (e->name) {
			fprintf(out, " %s", e->name);
		} else if (e->nkids) {
			fputs(" indirect ", out);
			dump_expr(fn, e->kids[0], out);
		}
		break;
	case IR_E_STRING:
		fputc(' ', out);
		dump_bytes(out, e->text, e->len);
		break;
	case IR_E_NUMBER:
		if (e->name)
			fprintf(out, " %s=%lld", e->name, e->value);
		else
			fprintf(out, " %lld", e->value);
		break;
	default:
		break;
	}
	if (e->record && (e->kind == IR_E_VAR || e->kind == IR_E_ADDR || e->kind == IR_E_CAST))
		fprintf(out, " rec=%s", e->record);
	unsigned first = e->kind == IR_E_CALL ? 1 : 0;
	for (unsigned i = first; i < e->nkids; i++) {
		fputc(' ', out);
		if (e->kind == IR_E_INITLIST && e->names && e->names[i])
			fprintf(out, ".%s=", e->names[i]);
		dump_expr(fn, e->kids[i], out);
	}
	fputc(')', out);
}

static const char *base_name(const char *path)
{
	const char *s = path ? strrchr(path, '/') : NULL;
	return s ? s + 1 : path ? path : "?";
}

void ir_tu_dump(const struct ir_tu *tu, FILE *out)
{
	fprintf(out, "tu %s\n", base_name(tu->file));
	for (unsigned i = 0; i < tu->fields->len; i++) {
		const struct ir_field *f = tu->fields->pdata[i];
		if (!f->tags.pi)
			continue;
		fprintf(out, "field %s.%s", f->record, f->name);
		dump_tags(out, f->tags);
		fputc('\n', out);
	}
	for (unsigned i = 0; i < tu->globals->len; i++) {
		const struct ir_global *g = tu->globals->pdata[i];
		fprintf(out, "global %s%s", g->name, g->is_static ? " static" : "");
		dump_tags(out, g->tags);
		if (g->init) {
			fputs(" = ", out);
			dump_expr(NULL, g->init, out);
		}
		fputc('\n', out);
	}
	for (unsigned i = 0; i < tu->decls->len; i++) {
		const struct ir_decl *d = tu->decls->pdata[i];
		fprintf(out, "decl %s", d->name);
		dump_tags(out, d->tags);
		fputc('\n', out);
	}
	for (unsigned i = 0; i < tu->funcs->len; i++) {
		const struct ir_func *fn = tu->funcs->pdata[i];
		fprintf(out, "func %s%s%s line %u", fn->name, fn->is_static ? " static" : "",
			fn->is_variadic ? " variadic" : "", fn->loc.line);
		dump_tags(out, fn->tags);
		fputc('\n', out);
		for (unsigned v = 0; v < fn->nvars; v++) {
			const struct ir_var *var = &fn->vars[v];
			fprintf(out, "  %s %s", var->kind == IR_VAR_PARAM ? "param" : "local", var->name);
			if (var->record)
				fprintf(out, " rec=%s", var->record);
			dump_tags(out, var->tags);
			fputc('\n', out);
		}
		for (unsigned b = 0; b < fn->nblocks; b++) {
			const struct ir_block *bl = &fn->blocks[b];
			fprintf(out, "  bb%u:\n", b);
			for (unsigned s = 0; s < bl->nstmts; s++) {
				const struct ir_stmt *st = &bl->stmts[s];
				fprintf(out, "    %u: %s ", st->loc.line, st->kind == IR_S_RETURN ? "return" : "eval");
				dump_expr(fn, st->e, out);
				fputc('\n', out);
			}
			if (bl->cond) {
				fputs("    if ", out);
				dump_expr(fn, bl->cond, out);
				fputc('\n', out);
			}
			if (bl->nsucc) {
				fputs("    ->", out);
				for (unsigned s = 0; s < bl->nsucc; s++) {
					fprintf(out, " bb%u", bl->succ[s]);
					if (bl->cases && bl->cases[s].kind == IR_CASE_VALUE)
						fprintf(out, "(case %lld)", bl->cases[s].value);
					else if (bl->cases && bl->cases[s].kind == IR_CASE_DEFAULT)
						fputs("(default)", out);
				}
				fputc('\n', out);
			}
		}
	}
	for (unsigned i = 0; i < tu->address_taken->len; i++)
		fprintf(out, "address-taken %s\n", (const char *)tu->address_taken->pdata[i]);
	for (unsigned i = 0; i < tu->missing_headers->len; i++)
		fprintf(out, "missing-header %s\n", (const char *)tu->missing_headers->pdata[i]);
}

const struct ir_expr *ir_strip_casts(const struct ir_expr *e)
{
	while (e && e->kind == IR_E_CAST && e->nkids)
		e = e->kids[0];
	return e;
}

int ir_param_of(const struct ir_func *fn, const struct ir_expr *e)
{
	e = ir_strip_casts(e);
	if (!e || e->kind != IR_E_VAR || e->var < 0 || (unsigned)e->var >= fn->nvars ||
	    fn->vars[e->var].kind != IR_VAR_PARAM)
		return -1;
	return (int)fn->vars[e->var].param_index;
}

bool ir_same_lvalue(const struct ir_expr *a, const struct ir_expr *b)
{
	a = ir_strip_casts(a);
	b = ir_strip_casts(b);
	if (!a || !b || a->kind != b->kind)
		return false;
	switch (a->kind) {
	case IR_E_VAR:
		return a->var == b->var;
	case IR_E_GLOBAL:
		return !g_strcmp0(a->ident, b->ident);
	case IR_E_FIELD:
		return a->arrow == b->arrow && a->nkids && b->nkids && !g_strcmp0(a->name, b->name) &&
		       ir_same_lvalue(a->kids[0], b->kids[0]);
	case IR_E_DEREF:
	case IR_E_ADDR:
		return a->nkids && b->nkids && ir_same_lvalue(a->kids[0], b->kids[0]);
	default:
		return false;
	}
}

bool ir_null_constant(const struct ir_expr *e)
{
	e = ir_strip_casts(e);
	return e && e->kind == IR_E_NUMBER && e->value == 0;
}

bool ir_type_class_holds_pi(enum ir_type_class tc)
{
	return tc == IR_TC_TEXT || tc == IR_TC_NUMBER || tc == IR_TC_SMALL_NUMBER || tc == IR_TC_FLOAT ||
	       tc == IR_TC_BYTES || tc == IR_TC_UNKNOWN;
}

static bool loc_equal(struct ir_loc a, struct ir_loc b)
{
	return a.line == b.line && a.col == b.col && !g_strcmp0(a.file, b.file);
}

static bool tags_equal(struct ir_tags a, struct ir_tags b)
{
	return a.pi == b.pi && a.sanitizer == b.sanitizer && a.sink == b.sink;
}

static bool expr_equal(const struct ir_expr *a, const struct ir_expr *b)
{
	if (a == b)
		return true;
	if (!a || !b)
		return false;
	if (a->kind != b->kind || a->op != b->op || a->arrow != b->arrow || a->callback != b->callback ||
	    a->type_flags != b->type_flags || a->var != b->var || a->len != b->len ||
	    a->nkids != b->nkids || a->keyed != b->keyed || a->keyed_nth != b->keyed_nth ||
	    a->pi_tags != b->pi_tags || (a->kind != IR_E_INITLIST && a->value != b->value) ||
	    !loc_equal(a->loc, b->loc) || g_strcmp0(a->type, b->type) ||
	    g_strcmp0(a->record, b->record) || g_strcmp0(a->name, b->name) || g_strcmp0(a->ident, b->ident) ||
	    g_strcmp0(a->field_record, b->field_record) ||
	    (a->kind == IR_E_INITLIST && (a->names == NULL) != (b->names == NULL)))
		return false;
	/* string bytes may hold NULs: compared by length */
	if ((a->text == NULL) != (b->text == NULL) ||
	    (a->text && (a->kind == IR_E_STRING ? memcmp(a->text, b->text, a->len) : strcmp(a->text, b->text))))
		return false;
	for (unsigned i = 0; i < a->nkids; i++)
		if ((a->kind == IR_E_INITLIST && a->names && g_strcmp0(a->names[i], b->names[i])) ||
		    !expr_equal(a->kids[i], b->kids[i]))
			return false;
	return true;
}

static bool var_equal(const struct ir_var *a, const struct ir_var *b)
{
	return a->type_class == b->type_class && a->type_flags == b->type_flags && a->kind == b->kind &&
	       a->param_index == b->param_index && a->is_static == b->is_static && tags_equal(a->tags, b->tags) &&
	       loc_equal(a->loc, b->loc) && !g_strcmp0(a->name, b->name) && !g_strcmp0(a->type, b->type) &&
	       !g_strcmp0(a->record, b->record);
}

static bool block_equal(const struct ir_block *a, const struct ir_block *b)
{
	if (a->nstmts != b->nstmts || a->nsucc != b->nsucc || !expr_equal(a->cond, b->cond))
		return false;
	for (unsigned i = 0; i < a->nsucc; i++)
		if (a->succ[i] != b->succ[i])
			return false;
	if (!a->cases != !b->cases)
		return false;
	for (unsigned i = 0; a->cases && i < a->nsucc; i++)
		if (a->cases[i].kind != b->cases[i].kind || a->cases[i].value != b->cases[i].value)
			return false;
	for (unsigned i = 0; i < a->nstmts; i++)
		if (a->stmts[i].kind != b->stmts[i].kind || !loc_equal(a->stmts[i].loc, b->stmts[i].loc) ||
		    !expr_equal(a->stmts[i].e, b->stmts[i].e))
			return false;
	return true;
}

bool ir_func_equal(const struct ir_func *a, const struct ir_func *b)
{
	if (a->is_static != b->is_static || a->is_variadic != b->is_variadic || a->in_header != b->in_header ||
	    a->nvars != b->nvars || a->nparams != b->nparams || a->nblocks != b->nblocks ||
	    !tags_equal(a->tags, b->tags) || !loc_equal(a->loc, b->loc) || g_strcmp0(a->name, b->name) ||
	    g_strcmp0(a->ident, b->ident) || g_strcmp0(a->ret_type, b->ret_type) || g_strcmp0(a->fn_type, b->fn_type))
		return false;
	for (unsigned i = 0; i < a->nvars; i++)
		if (!var_equal(&a->vars[i], &b->vars[i]))
			return false;
	for (unsigned i = 0; i < a->nblocks; i++)
		if (!block_equal(&a->blocks[i], &b->blocks[i]))
			return false;
	return true;
}
