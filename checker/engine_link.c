/* SPDX-License-Identifier: Apache-2.0 */
/* engine_link.c - the TUs linked into one program: functions by identity
 * (external names by name, static functions per TU, the first copy of a
 * header's function for all), the annotations of every declaration, and
 * the call graph: direct calls, the calls through pointers the function
 * pointer tables resolve, and the functions each one names as a value. */
#include "engine_int.h"

/* A pool allocator hands out memory inside its pool: PostgreSQL's
 * MemoryContextAlloc returns a chunk of its context's block (`return
 * from $0.* (points into it)`), and palloc the same for the global
 * CurrentMemoryContext. Taken as it reads, every object the program
 * allocates was one object with its context, and with every context the
 * program ever switched to, and PostgreSQL's analysis never finished.
 * Told by a rule file's "allocators" entry, else by the function: it
 * returns `void *` and its name says it allocates (engine_call.c,
 * pool_row, says what follows). */
static bool pool_allocator(const struct program *p, const struct ir_func *fn)
{
	/* a rule file's word wins: an allocator named otherwise, or a
	 * function named like one that hands out room in a buffer */
	const struct rule_function *rf = rules_function(p->rules, fn->name);
	if (rf && rf->allocator != ALLOCATOR_UNSAID)
		return rf->allocator == ALLOCATOR_FRESH;
	if (!fn->ret_type || strcmp(fn->ret_type, "void *") != 0)
		return false;
	for (const char *n = fn->name; *n; n++)
		if (g_ascii_strncasecmp(n, "alloc", 5) == 0)
			return true;
	return false;
}

static void fn_info_free(gpointer data)
{
	struct fn_info *fi = data;
	summary_free(&fi->sum);
	g_free(fi->var_cats);
	g_free(fi->case_param);
	g_ptr_array_free(fi->callees, TRUE);
	g_ptr_array_free(fi->direct, TRUE);
	g_ptr_array_free(fi->named, TRUE);
	g_ptr_array_free(fi->callers, TRUE);
	g_ptr_array_free(fi->globals_read, TRUE);
	if (fi->store_reads)
		g_array_free(fi->store_reads, TRUE);
	if (fi->copies)
		g_ptr_array_free(fi->copies, TRUE);
	if (fi->merged_tus)
		g_ptr_array_free(fi->merged_tus, TRUE);
	live_free(fi->live);
	if (fi->findings)
		g_ptr_array_free(fi->findings, TRUE);
	if (fi->context_findings) {
		g_ptr_array_free(fi->context_findings, TRUE);
		g_hash_table_destroy(fi->context_keys);
	}
	g_free(fi);
}

void link_init(struct program *p)
{
	p->fns = g_hash_table_new(g_str_hash, g_str_equal);
	p->decls = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
	p->fn_list = g_ptr_array_new_with_free_func(fn_info_free);
	p->address_taken = g_ptr_array_new();
}

void link_free(struct program *p)
{
	g_ptr_array_free(p->address_taken, TRUE);
	g_ptr_array_free(p->fn_list, TRUE);
	g_hash_table_destroy(p->decls);
	g_hash_table_destroy(p->fns);
}

/* How many leading folders two paths share. */
static unsigned shared_folders(const char *a, const char *b)
{
	unsigned n = 0;
	for (; *a && *a == *b; a++, b++)
		if (*a == '/')
			n++;
	return n;
}

/* Whether fn can be called with nargs arguments (-1: not known). */
static bool takes(const struct ir_func *fn, int nargs)
{
	return nargs < 0 || (unsigned)nargs == fn->nparams || (fn->is_variadic && (unsigned)nargs >= fn->nparams);
}

/* A name defined in two .c files belongs to two programs of the project
 * (below, link_program): a call by that name from one of them reaches
 * its own. Which program a TU is linked into the compilation database
 * does not say. Of the definitions the call's arguments fit, the one in
 * the folder nearest the caller's TU is taken, the first one on a tie.
 * PostgreSQL defines GetConnection() in pg_basebackup and in
 * postgres_fdw: the extension's call reached the tool's, and a client's
 * password "reached" the server's sockets; pg_dump's call of libpq's
 * lo_write(conn, fd, buf, len) is as near the server's lo_write(fd, buf,
 * len), which the arguments tell apart. */
struct fn_info *link_callee(struct program *p, const struct fn_info *caller, const char *ident, int nargs)
{
	struct fn_info *first = prog_function(p, ident);
	const GPtrArray *copies = first && caller ? first->copies : NULL;
	if (!copies)
		return first;
	/* a header's static function whose copies differ: the caller's TU's */
	if (first->fn->in_header && first->fn->is_static) {
		for (unsigned i = 0; i < copies->len; i++) {
			struct fn_info *c = copies->pdata[i];
			if (c->tu == caller->tu || (c->merged_tus && g_ptr_array_find(c->merged_tus, caller->tu, NULL)))
				return c;
		}
		return first;
	}
	struct fn_info *best = NULL;
	unsigned most = 0;
	for (int fit = 1; fit >= 0 && !best; fit--)
		for (unsigned i = 0; i < copies->len; i++) {
			struct fn_info *c = copies->pdata[i];
			if (fit && !takes(c->fn, nargs))
				continue;
			unsigned n = shared_folders(caller->tu->file, c->fn->loc.file);
			if (!best || n > most) {
				most = n;
				best = c;
			}
		}
	return best;
}

/* Whether fn, of tu, is the same code as the function linked under its
 * identity (first) or as one of that one's copies; a copy other than
 * the first remembers the TUs whose calls are its (link_callee). */
static bool same_code_linked(struct fn_info *first, const struct ir_func *fn, const struct ir_tu *tu)
{
	if (!first->copies)
		return ir_func_equal(first->fn, fn);
	for (unsigned i = 0; i < first->copies->len; i++) {
		struct fn_info *c = first->copies->pdata[i];
		if (!ir_func_equal(c->fn, fn))
			continue;
		if (c != first) {
			if (!c->merged_tus)
				c->merged_tus = g_ptr_array_new();
			g_ptr_array_add(c->merged_tus, (gpointer)tu);
		}
		return true;
	}
	return false;
}

static void merge_decl(struct program *p, const char *ident, struct ir_tags tags)
{
	ident = prog_intern(p, ident);
	struct fn_decl *d = g_hash_table_lookup(p->decls, ident);
	if (!d) {
		d = g_new0(struct fn_decl, 1);
		g_hash_table_insert(p->decls, (gpointer)ident, d);
	}
	d->tags.pi |= tags.pi;
	d->tags.sanitizer |= tags.sanitizer;
	d->tags.sink |= tags.sink;
}

/* A function passed as an argument or kept in a local (see below); one
 * stored in a field or a table is a candidate of that field's calls
 * already (engine_fptr.c), with call edges of its own. */
static void add_named(struct program *p, struct fn_info *fi, const struct ir_expr *a)
{
	a = ir_strip_casts(a);
	if (a->kind == IR_E_ADDR && a->nkids)
		a = ir_strip_casts(a->kids[0]);
	struct fn_info *f = a->kind == IR_E_FUNC && a->ident ? link_callee(p, fi, a->ident, -1) : NULL;
	if (f && f != fi && prog_may_call(fi, f) && !g_ptr_array_find(fi->named, f, NULL))
		g_ptr_array_add(fi->named, f);
}

static void collect_calls(struct program *p, struct fn_info *fi, const struct ir_expr *e)
{
	if (!e)
		return;
	if (e->kind == IR_E_GLOBAL && !g_ptr_array_find_with_equal_func(fi->globals_read, e->ident, g_str_equal, NULL))
		g_ptr_array_add(fi->globals_read, (gpointer)e->ident);
	if (e->kind == IR_E_CALL) {
		if (e->ident) {
			struct fn_info *callee = link_callee(p, fi, e->ident, e->nkids ? (int)e->nkids - 1 : 0);
			if (callee) {
				prog_add_edge(fi, callee);
				if (!g_ptr_array_find(fi->direct, callee, NULL))
					g_ptr_array_add(fi->direct, callee);
			}
		} else {
			/* the callees eval_call() may reach (engine_fptr.c) */
			const GPtrArray *fns = e->nkids ? fptr_candidates(p, e->kids[0], e->text) : NULL;
			if (!fns && e->text)
				fns = fptr_of_type(p, e->text);
			for (unsigned i = 0; fns && i < fns->len; i++)
				if (prog_may_call(fi, fns->pdata[i]))
					prog_add_edge(fi, fns->pdata[i]);
		}
	}
	/* A function this one names as a value (`dispatch = io_dispatch`,
	 * `io_reset(io, ev, io_dispatch)`) may be called in its context: a
	 * callee that calls through a pointer it is passed is analysed again
	 * for this caller with it (engine_special.c). The caller's summary
	 * depends on that function's: it is analysed again when that one
	 * changes (needs_analysis in engine_solve.c), in a later global pass
	 * if need be. Not a call edge: redis names its command handlers and
	 * event callbacks everywhere, and edges to them made one component
	 * of 1,937 functions and its analysis 2.4 times slower. */
	if (e->kind == IR_E_CALL)
		for (unsigned i = 1; i < e->nkids; i++)
			add_named(p, fi, e->kids[i]);
	if (e->kind == IR_E_ASSIGN && e->nkids == 2 && e->kids[0]->kind == IR_E_VAR)
		add_named(p, fi, e->kids[1]);
	for (unsigned i = 0; i < e->nkids; i++)
		collect_calls(p, fi, e->kids[i]);
}

void link_program(struct program *p)
{
	for (unsigned t = 0; t < p->tus->len; t++) {
		const struct ir_tu *tu = p->tus->pdata[t];
		for (unsigned i = 0; i < tu->decls->len; i++) {
			const struct ir_decl *d = tu->decls->pdata[i];
			merge_decl(p, d->ident, d->tags);
		}
		for (unsigned i = 0; i < tu->funcs->len; i++) {
			const struct ir_func *fn = tu->funcs->pdata[i];
			const char *ident = prog_intern(p, fn->ident);
			if (fn->tags.pi || fn->tags.sanitizer || fn->tags.sink)
				merge_decl(p, ident, fn->tags);
			/* A function defined in a header is in every TU that
			 * includes it: the first copy stands for all. One of the
			 * same name defined in another .c file belongs to
			 * another program of the project (each daemon and tool
			 * of postfix or opensmtpd has its own `main`): it is
			 * analysed too, under a name of its own, or everything
			 * only that program's main calls would have no caller. */
			struct fn_info *first = g_hash_table_lookup(p->fns, ident);
			/* A header's static function has an identity of its own
			 * header (frontend.c, cursor_ident), the same in every TU:
			 * a copy that is the same code as one linked already is
			 * that function. One that is not (it calls a static
			 * function each .c file defines for itself, or reads a
			 * TU's own static variable) is linked apart, and its TU's
			 * calls reach it (link_callee). */
			bool header_static = fn->in_header && fn->is_static;
			if (first && header_static && same_code_linked(first, fn, tu))
				continue;
			if (first && !header_static &&
			    (fn->in_header || first->fn->in_header || !fn->loc.file ||
			     !g_strcmp0(first->fn->loc.file, fn->loc.file)))
				continue;
			if (first) {
				char *own = g_strconcat(header_static ? tu->file : fn->loc.file, "::", fn->ident, NULL);
				ident = prog_intern(p, own);
				g_free(own);
				if (g_hash_table_contains(p->fns, ident))
					continue;
				if (!first->copies) {
					first->copies = g_ptr_array_new();
					g_ptr_array_add(first->copies, first);
				}
			}
			struct fn_info *fi = g_new0(struct fn_info, 1);
			fi->fn = fn;
			fi->tu = tu;
			fi->callees = g_ptr_array_new();
			fi->direct = g_ptr_array_new();
			fi->callers = g_ptr_array_new();
			fi->named = g_ptr_array_new();
			fi->globals_read = g_ptr_array_new();
			fi->tarjan_index = -1;
			fi->test_code = prog_path_is_test(p, fn->loc.file);
			fi->pool_allocator = pool_allocator(p, fn);
			summary_init(&fi->sum);
			g_hash_table_insert(p->fns, (gpointer)ident, fi);
			g_ptr_array_add(p->fn_list, fi);
			if (first)
				g_ptr_array_add(first->copies, fi);
		}
	}
	for (unsigned t = 0; t < p->tus->len; t++) {
		const struct ir_tu *tu = p->tus->pdata[t];
		for (unsigned i = 0; i < tu->address_taken->len; i++) {
			struct fn_info *fi = prog_function(p, tu->address_taken->pdata[i]);
			if (fi && !g_ptr_array_find(p->address_taken, fi, NULL))
				g_ptr_array_add(p->address_taken, fi);
		}
	}
	fptr_collect(p);
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		struct fn_info *fi = p->fn_list->pdata[i];
		struct fn_decl *d = g_hash_table_lookup(p->decls, prog_intern(p, fi->fn->ident));
		if (d)
			d->def = fi;
		tags_vars(p, fi);
		for (unsigned b = 0; b < fi->fn->nblocks; b++) {
			const struct ir_block *bl = &fi->fn->blocks[b];
			for (unsigned s = 0; s < bl->nstmts; s++)
				collect_calls(p, fi, bl->stmts[s].e);
			collect_calls(p, fi, bl->cond);
		}
	}
}
