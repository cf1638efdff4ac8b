/* SPDX-License-Identifier: Apache-2.0 */
/* engine_link.c - the whole program: functions of every TU linked by
 * identity, the call graph and its strongly connected components, and the
 * order of analysis: callees before callers, each component to a fixpoint,
 * and whole passes again while the global store still grows. */
#include <string.h>

#include "engine_state.h"

#ifdef PITRACE_DEBUG
void engine_impossible(const char *file, int line, const char *what)
{
	g_error("%s:%d: %s failed", file, line, what);
}
#endif

const char *prog_intern(struct program *p, const char *s)
{
	return s ? g_string_chunk_insert_const(p->strings, s) : NULL;
}

struct fn_info *prog_function(struct program *p, const char *ident)
{
	return ident ? g_hash_table_lookup(p->fns, ident) : NULL;
}

const struct fn_decl *prog_decl(struct program *p, const char *ident)
{
	return ident ? g_hash_table_lookup(p->decls, ident) : NULL;
}

struct origin_key {
	enum origin_kind kind;
	const char *identity;	/* interned */
	const char *file;
	unsigned line, col;
};

static guint origin_key_hash(gconstpointer k)
{
	const struct origin_key *o = k;
	return g_direct_hash(o->identity) ^ g_direct_hash(o->file) ^ (o->line * 131u + o->col) ^ o->kind;
}

static gboolean origin_key_equal(gconstpointer a, gconstpointer b)
{
	const struct origin_key *x = a, *y = b;
	return x->kind == y->kind && x->identity == y->identity && x->file == y->file &&
	       x->line == y->line && x->col == y->col;
}

uint32_t prog_origin(struct program *p, enum origin_kind kind, const char *identity, unsigned cats,
		     struct ir_loc loc)
{
	struct origin_key key = {
		.kind = kind,
		.identity = prog_intern(p, identity),
		.file = loc.file,
		.line = loc.line,
		.col = loc.col,
	};
	gpointer v = g_hash_table_lookup(p->origin_ids, &key);
	if (v) {
		struct source_origin *o = &g_array_index(p->origins, struct source_origin,
							 GPOINTER_TO_UINT(v) - 1);
		o->cats |= cats;
		return GPOINTER_TO_UINT(v) - 1;
	}
	struct source_origin o = { .kind = kind, .identity = key.identity, .cats = cats };
	g_array_append_val(p->origins, o);
	g_hash_table_insert(p->origin_ids, g_memdup2(&key, sizeof key), GUINT_TO_POINTER(p->origins->len));
	return p->origins->len - 1;
}

const struct source_origin *prog_origin_get(const struct program *p, uint32_t id)
{
	return &g_array_index(p->origins, struct source_origin, id);
}

bool prog_category_sensitive(const struct program *p, unsigned cats)
{
	return rules_category_sensitive(p->rules, cats);
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

/* Returns false when the edge was there already. */
static bool add_edge(struct fn_info *from, struct fn_info *to)
{
	for (unsigned i = 0; i < from->callees->len; i++)
		if (from->callees->pdata[i] == to)
			return false;
	g_ptr_array_add(from->callees, to);
	g_ptr_array_add(to->callers, from);
	to->has_callers = true;
	return true;
}

/* An edge found only while analysing (a function whose address flowed
 * to an indirect call the call graph had no edge for): the component
 * order could not take it into account, so another pass over the program
 * runs, and needs_analysis() now sees the callee. */
void prog_add_found_edge(struct program *p, struct fn_info *from, struct fn_info *to)
{
	if (add_edge(from, to))
		p->store.changed = true;
}

bool prog_path_is_test(const struct program *p, const char *path)
{
	static const char *const names[] = { "test", "tests", "testing", "testsuite", "test-suite",
					     "unittest", "unittests", "unit-tests", NULL };
	if (!path || !p->source_root || !g_str_has_prefix(path, p->source_root))
		return false;
	path += strlen(p->source_root);
	const char *slash = strrchr(path, '/');
	for (const char *c = path; slash && c < slash;) {
		const char *e = strchr(c, '/');
		size_t n = (size_t)(e - c);
		for (const char *const *w = names; *w; w++)
			if (n == strlen(*w) && !g_ascii_strncasecmp(c, *w, n))
				return true;
		c = e + 1;
	}
	return false;
}

/* A function passed as an argument or kept in a local (see below); one
 * stored in a field or a table is a candidate of that field's calls
 * already (engine_fptr.c), with call edges of its own. */
static void add_named(struct program *p, struct fn_info *fi, const struct ir_expr *a)
{
	a = ir_strip_casts(a);
	if (a->kind == IR_E_ADDR && a->nkids)
		a = ir_strip_casts(a->kids[0]);
	struct fn_info *f = a->kind == IR_E_FUNC && a->ident ? prog_function(p, a->ident) : NULL;
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
			struct fn_info *callee = prog_function(p, e->ident);
			if (callee)
				add_edge(fi, callee);
		} else {
			/* the callees eval_call() may reach (engine_fptr.c) */
			const GPtrArray *fns = e->nkids ? fptr_candidates(p, e->kids[0], e->text) : NULL;
			if (!fns && e->text)
				fns = fptr_of_type(p, e->text);
			for (unsigned i = 0; fns && i < fns->len; i++)
				if (prog_may_call(fi, fns->pdata[i]))
					add_edge(fi, fns->pdata[i]);
		}
	}
	/* A function this one names as a value (`dispatch = io_dispatch`,
	 * `io_reset(io, ev, io_dispatch)`) may be called in its context: a
	 * callee that calls through a pointer it is passed is analysed again
	 * for this caller with it (engine_special.c). The caller's summary
	 * depends on that function's: it is analysed again when that one
	 * changes (needs_analysis), in a later global pass if need be. Not a
	 * call edge: redis names its command handlers and event callbacks
	 * everywhere, and edges to them made one component of 1,937
	 * functions and its analysis 2.4 times slower. */
	if (e->kind == IR_E_CALL)
		for (unsigned i = 1; i < e->nkids; i++)
			add_named(p, fi, e->kids[i]);
	if (e->kind == IR_E_ASSIGN && e->nkids == 2 && e->kids[0]->kind == IR_E_VAR)
		add_named(p, fi, e->kids[1]);
	for (unsigned i = 0; i < e->nkids; i++)
		collect_calls(p, fi, e->kids[i]);
}

/* Tarjan's algorithm, iteratively (a deep call chain must not overflow
 * the C stack); components come out callees first. */
struct tarjan {
	GPtrArray *stack;
	GPtrArray *sccs;	/* GPtrArray of struct fn_info * */
	int index;
};

struct frame {
	struct fn_info *fi;
	unsigned next;
};

static void strongconnect(struct tarjan *t, struct fn_info *root)
{
	GArray *frames = g_array_new(FALSE, FALSE, sizeof(struct frame));
	struct frame f0 = { root, 0 };
	root->tarjan_index = root->tarjan_low = t->index++;
	root->on_stack = true;
	g_ptr_array_add(t->stack, root);
	g_array_append_val(frames, f0);
	while (frames->len) {
		struct frame *f = &g_array_index(frames, struct frame, frames->len - 1);
		struct fn_info *v = f->fi;
		if (f->next < v->callees->len) {
			struct fn_info *w = v->callees->pdata[f->next++];
			if (w->tarjan_index < 0) {
				w->tarjan_index = w->tarjan_low = t->index++;
				w->on_stack = true;
				g_ptr_array_add(t->stack, w);
				struct frame nf = { w, 0 };
				g_array_append_val(frames, nf);
			} else if (w->on_stack && w->tarjan_index < v->tarjan_low) {
				v->tarjan_low = w->tarjan_index;
			}
			continue;
		}
		if (v->tarjan_low == v->tarjan_index) {
			GPtrArray *scc = g_ptr_array_new();
			struct fn_info *w;
			do {
				w = g_ptr_array_steal_index(t->stack, t->stack->len - 1);
				w->on_stack = false;
				w->scc = t->sccs->len;
				g_ptr_array_add(scc, w);
			} while (w != v);
			g_ptr_array_add(t->sccs, scc);
		}
		g_array_set_size(frames, frames->len - 1);
		if (frames->len) {
			struct fn_info *parent = g_array_index(frames, struct frame, frames->len - 1).fi;
			if (v->tarjan_low < parent->tarjan_low)
				parent->tarjan_low = v->tarjan_low;
		}
	}
	g_array_free(frames, TRUE);
}

static void fn_info_free(gpointer data)
{
	struct fn_info *fi = data;
	summary_free(&fi->sum);
	g_free(fi->var_cats);
	g_ptr_array_free(fi->callees, TRUE);
	g_ptr_array_free(fi->named, TRUE);
	g_ptr_array_free(fi->callers, TRUE);
	g_ptr_array_free(fi->globals_read, TRUE);
	if (fi->store_reads)
		g_array_free(fi->store_reads, TRUE);
	if (fi->findings)
		g_ptr_array_free(fi->findings, TRUE);
	if (fi->context_findings) {
		g_ptr_array_free(fi->context_findings, TRUE);
		g_hash_table_destroy(fi->context_keys);
	}
	g_free(fi);
}

static void gentries_free(gpointer data)
{
	GPtrArray *list = data;
	for (unsigned i = 0; i < list->len; i++) {
		struct gentry *g = list->pdata[i];
		factset_free(&g->fs);
		g_free(g);
	}
	g_ptr_array_free(list, TRUE);
}

static void record_list_free(gpointer data)
{
	g_ptr_array_free(data, TRUE);
}

/* The longest folder prefix ("/a/b/") of every TU's main file. */
static char *common_folder(const GPtrArray *tus)
{
	char *root = NULL;
	for (unsigned i = 0; i < tus->len; i++) {
		const char *f = ((const struct ir_tu *)tus->pdata[i])->file;
		if (!f)
			continue;
		if (!root) {
			const char *slash = strrchr(f, '/');
			root = g_strndup(f, slash ? (gsize)(slash - f + 1) : 0);
			continue;
		}
		size_t n = 0;
		while (root[n] && root[n] == f[n])
			n++;
		while (n > 0 && root[n - 1] != '/')
			n--;
		root[n] = '\0';
	}
	return root;
}

static void link_program(struct program *p)
{
	p->source_root = common_folder(p->tus);
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
			const struct fn_info *first = g_hash_table_lookup(p->fns, ident);
			if (first && (fn->in_header || first->fn->in_header || !fn->loc.file ||
				      !g_strcmp0(first->fn->loc.file, fn->loc.file)))
				continue;
			if (first) {
				char *own = g_strconcat(fn->loc.file, "::", fn->ident, NULL);
				ident = prog_intern(p, own);
				g_free(own);
				if (g_hash_table_contains(p->fns, ident))
					continue;
			}
			struct fn_info *fi = g_new0(struct fn_info, 1);
			fi->fn = fn;
			fi->tu = tu;
			fi->callees = g_ptr_array_new();
			fi->callers = g_ptr_array_new();
			fi->named = g_ptr_array_new();
			fi->globals_read = g_ptr_array_new();
			fi->tarjan_index = -1;
			fi->test_code = prog_path_is_test(p, fn->loc.file);
			summary_init(&fi->sum);
			g_hash_table_insert(p->fns, (gpointer)ident, fi);
			g_ptr_array_add(p->fn_list, fi);
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

/* PITRACE_DUMP_SUMMARIES=1: every summary row, for debugging the engine. */
static void dump_summaries(const struct program *p, FILE *out)
{
	static const char *const kinds[] = { "return", "out", "sink", "global", "", "calls" };
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		const struct fn_info *fi = p->fn_list->pdata[i];
		for (unsigned k = 0; k < fi->sum.rows->len; k++) {
			const struct row *r = &g_array_index(fi->sum.rows, struct row, k);
			fprintf(out, "summary %s: %s ", fi->fn->name, kinds[r->kind]);
			if (r->kind == ROW_CLEAR)
				;
			else if (r->from_input)
				fprintf(out, "from $%d%s%s%s%s", r->in.param, *r->in.path ? "." : "", r->in.path,
					r->in.deep ? " (deep)" : "", r->in.number ? " (number)" : "");
			else
				fprintf(out, "from %s cats=%#x handle=%#x", prog_origin_get(p, r->origin)->identity,
					r->cats, r->handle);
			if (r->prot)
				fprintf(out, " prot=%#x", r->prot);
			if (r->points_into)
				fprintf(out, " (points into it)");
			if (r->kind == ROW_OUT && r->out_param == OUT_RETURN)
				fprintf(out, " to return.%s", r->out_path);
			else if (r->kind == ROW_OUT)
				fprintf(out, " to $%d.%s", r->out_param, r->out_path);
			if (r->kind == ROW_SINK)
				fprintf(out, " kinds=%#x dest=%s%d%s%s default=%s at %s", r->sink_kinds, r->has_dest ? "$" : "-",
					r->has_dest ? r->dest.param : 0, r->has_dest && *r->dest.path ? "." : "",
					r->has_dest ? r->dest.path : "", sink_kind_name(r->default_kind), r->sink_function);
			if (r->kind == ROW_GLOBAL)
				fprintf(out, " to %s.%s", r->global, r->out_path);
			if (r->kind == ROW_CLEAR)
				fprintf(out, "clear $%d.%s%s", r->out_param, r->out_path, r->cleared ? " (non-PI)" : "");
			fputc('\n', out);
		}
	}
}

static void seed_init(struct program *p, const char *ident, const char *path, const struct ir_expr *e)
{
	if (!e)
		return;
	switch (e->kind) {
	case IR_E_FUNC: {
		struct fact f = {
			.origin = prog_origin(p, ORIGIN_FUNCTION, e->ident, 0, (struct ir_loc){ 0 }),
			.function = 1,
		};
		store_add_fact(p, ident, prog_intern(p, path), &f);
		return;
	}
	case IR_E_ADDR:
	case IR_E_CAST:
		if (e->nkids)
			seed_init(p, ident, path, e->kids[0]);
		return;
	case IR_E_INITLIST: {
		const GPtrArray *fields = tags_record_fields(p, e->record);
		bool is_record = e->type && e->record && !strchr(e->type, '[');
		for (unsigned i = 0; i < e->nkids; i++) {
			const char *field = e->names ? e->names[i] : NULL;
			if (!field && is_record && fields && i < fields->len)
				field = ((const struct field_info *)fields->pdata[i])->name;
			if (!is_record || !field) {
				seed_init(p, ident, path, e->kids[i]);	/* an array's elements */
				continue;
			}
			char *sub = *path ? g_strconcat(path, ".", field, NULL) : g_strdup(field);
			seed_init(p, ident, sub, e->kids[i]);
			g_free(sub);
		}
		return;
	}
	default:
		return;
	}
}

void seed_global_functions(struct program *p)
{
	for (unsigned t = 0; t < p->tus->len; t++) {
		const struct ir_tu *tu = p->tus->pdata[t];
		for (unsigned i = 0; i < tu->globals->len; i++) {
			const struct ir_global *g = tu->globals->pdata[i];
			if (g->init)
				seed_init(p, g->ident, "", g->init);
		}
	}
}

/* Each pass can only add facts to the global store; a bound keeps a
 * program whose globals keep changing finite, and is reported. */
enum { MAX_GLOBAL_PASSES = 12 };

/* A function fi names as a value changed after fi was analysed. */
static bool named_newer(const struct fn_info *fi)
{
	for (unsigned k = 0; k < fi->named->len; k++)
		if (((const struct fn_info *)fi->named->pdata[k])->changed_at > fi->analysed_at)
			return true;
	return false;
}

/* Such a change came after its namer's component (a later one): another
 * pass. */
static bool named_changed(const struct program *p)
{
	for (unsigned i = 0; i < p->fn_list->len; i++)
		if (named_newer(p->fn_list->pdata[i]))
			return true;
	return false;
}

static bool needs_analysis(const struct program *p, const struct fn_info *fi)
{
	if (!fi->analysed_at)
		return true;
	for (unsigned i = 0; i < fi->callees->len; i++)
		if (((const struct fn_info *)fi->callees->pdata[i])->changed_at > fi->analysed_at)
			return true;
	if (named_newer(fi))
		return true;
	/* What its last analysis read of the store, entry by entry: a global
	 * that gained a callback deep inside it does not make every reader
	 * of its top run again. */
	if (fi->store_reads) {
		for (unsigned i = 0; i < fi->store_reads->len; i++) {
			const struct store_read *r = &g_array_index(fi->store_reads, struct store_read, i);
			if (GPOINTER_TO_UINT(g_hash_table_lookup(p->store.changed_at, r->ident)) <= fi->analysed_at)
				continue;
			const GPtrArray *list = g_hash_table_lookup(p->store.globals, r->ident);
			for (unsigned k = 0; list && k < list->len; k++) {
				const struct gentry *g = list->pdata[k];
				if (g->changed_at > fi->analysed_at && store_read_sees(r->path, r->deep, g->path))
					return true;
			}
		}
		return false;
	}
	for (unsigned i = 0; i < fi->globals_read->len; i++) {
		gpointer at = g_hash_table_lookup(p->store.changed_at, fi->globals_read->pdata[i]);
		if (GPOINTER_TO_UINT(at) > fi->analysed_at)
			return true;
	}
	return false;
}

/* Returns false when the component's bound on re-analyses cut its
 * fixpoint short. Functions are taken in rounds, lowest position first:
 * Tarjan's stack gives them callees before callers. A caller that a
 * change makes stale waits for the next round when it stands before the
 * function that changed, so that it is run once for all its callees'
 * changes in this round rather than once for each. */
static bool analyse_component(struct program *p, GPtrArray *scc)
{
	struct uheap now = { 0 }, next = { 0 };
	for (unsigned i = 0; i < scc->len; i++) {
		struct fn_info *fi = scc->pdata[i];
		fi->scc_pos = i;
		if (needs_analysis(p, fi)) {
			fi->queued = true;
			uheap_push(&now, fi->scc_pos);
		}
	}
	/* a bound on re-analyses keeps a pathological component finite */
	unsigned budget = 8 * scc->len + 8;
	while ((now.n || next.n) && budget) {
		if (!now.n) {
			struct uheap t = now;
			now = next;
			next = t;
		}
		budget--;
		struct fn_info *fi = scc->pdata[uheap_pop(&now)];
		fi->queued = false;
		fi->analysed_at = ++p->epoch;
		if (!analyse_function(p, fi))
			continue;
		fi->changed_at = fi->analysed_at;
		for (unsigned i = 0; i < fi->callers->len; i++) {
			struct fn_info *caller = fi->callers->pdata[i];
			if (caller->scc == fi->scc && !caller->queued) {
				caller->queued = true;
				uheap_push(caller->scc_pos > fi->scc_pos ? &now : &next, caller->scc_pos);
			}
		}
	}
	bool complete = !now.n && !next.n;
	while (now.n)
		((struct fn_info *)scc->pdata[uheap_pop(&now)])->queued = false;
	while (next.n)
		((struct fn_info *)scc->pdata[uheap_pop(&next)])->queued = false;
	uheap_free(&now);
	uheap_free(&next);
	return complete;
}

/* The program's tables, empty, for engine_run(); program_free() frees
 * them. */
static void program_init(struct program *p, GPtrArray *tus, const struct rules *rules, struct report *rep,
			 struct engine_stats *stats, double function_budget)
{
	*p = (struct program){
		.rules = rules,
		.tus = tus,
		.strings = g_string_chunk_new(64 * 1024),
		.tnodes = g_array_new(FALSE, TRUE, sizeof(struct tnode)),
		.tnode_ids = g_hash_table_new_full(tnode_hash, tnode_equal, g_free, NULL),
		.splices = g_new0(struct splice_memo, SPLICE_MEMO),
		.path_steps = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free),
		.path_prefixes = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free),
		.heuristics = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free),
		.blind = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, blind_call_free),
		.origins = g_array_new(FALSE, TRUE, sizeof(struct source_origin)),
		.origin_ids = g_hash_table_new_full(origin_key_hash, origin_key_equal, g_free, NULL),
		.field_alias = g_hash_table_new(g_str_hash, g_str_equal),
		.fns = g_hash_table_new(g_str_hash, g_str_equal),
		.decls = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free),
		.fields = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free),
		.record_fields = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, record_list_free),
		.globals = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free),
		.fn_list = g_ptr_array_new_with_free_func(fn_info_free),
		.address_taken = g_ptr_array_new(),
		.store.globals = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, gentries_free),
		.store.changed_at = g_hash_table_new(g_str_hash, g_str_equal),
		.stats = stats,
		.rep = rep,
		.budget_seconds = function_budget,
	};
	g_array_set_size(p->tnodes, 1);	/* trace 0 is "no step" */
	if (stats && !stats->unknown_callees)
		stats->unknown_callees = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
}

/* Everything the analysis looks up before it starts: callbacks, tags,
 * the call graph, aliases, handles, streams and the globals' functions. */
static void program_link(struct program *p)
{
	callbacks_expand(p);
	tags_collect(p);
	link_program(p);
	alias_collect(p);
	handles_collect(p);
	streams_collect(p);
	seed_global_functions(p);
}

/* The call graph's strongly connected components, callees first;
 * components_free() frees them. */
static void components_find(struct tarjan *t, const struct program *p)
{
	*t = (struct tarjan){ .stack = g_ptr_array_new(), .sccs = g_ptr_array_new(), .index = 0 };
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		struct fn_info *fi = p->fn_list->pdata[i];
		if (fi->tarjan_index < 0)
			strongconnect(t, fi);
	}
}

/* A fixpoint cut short may miss flows: say so rather than pass a
 * partial result off as complete. */
static void report_cut_components(struct report *rep, const struct tarjan *t, const bool *cut)
{
	for (unsigned s = 0; s < t->sccs->len; s++) {
		GPtrArray *scc = t->sccs->pdata[s];
		const struct ir_func *fn = ((const struct fn_info *)scc->pdata[0])->fn;
		if (cut[s])
			report_add_partial(rep, fn->loc.file, fn->loc.line,
					   "the analysis of %u mutually recursive functions (`%s` among them) "
					   "stopped at its bound before it settled; flows through them may be missing",
					   scc->len, fn->name);
	}
}

/* Passes over the components until the globals settle (or the bound);
 * returns how many it made. */
static unsigned analyse_passes(struct program *p, const struct tarjan *t,
			       const struct engine_progress *progress)
{
	/* Each component is analysed callees first; inside a component, a
	 * function is analysed again only when a callee's summary grew, and
	 * in later passes only when a global it reads or a callee changed. */
	unsigned passes = 0;
	bool *cut = g_new0(bool, t->sccs->len ? t->sccs->len : 1);
	do {
		p->store.changed = false;
		passes++;
		unsigned done = 0;
		for (unsigned s = 0; s < t->sccs->len; s++) {
			GPtrArray *scc = t->sccs->pdata[s];
			if (!analyse_component(p, scc))
				cut[s] = true;
			done += scc->len;
			if (progress)
				progress->report(done, p->fn_list->len, passes, progress->data);
		}
	} while ((p->store.changed || named_changed(p)) && passes < MAX_GLOBAL_PASSES);
	report_cut_components(p->rep, t, cut);
	g_free(cut);
	if (p->store.changed)
		report_add_partial(p->rep, NULL, 0,
				   "global variables were still gaining PI after %u passes over the program; "
				   "flows through globals may be missing", passes);
	return passes;
}

/* Hands the findings, the inventory and the blind calls to the report. */
static void program_report(struct program *p, struct engine_stats *stats)
{
	if (g_getenv("PITRACE_DUMP_SUMMARIES"))
		dump_summaries(p, stderr);
	if (stats) {
		stats->trace_steps = p->tnodes->len;
		stats->origins = p->origins->len;
		for (unsigned i = 0; i < p->fn_list->len; i++)
			stats->summary_rows += ((struct fn_info *)p->fn_list->pdata[i])->sum.rows->len;
	}
	report_findings(p);
	report_inventory(p);
	report_blind_calls(p);
}

/* The run's sizes, and its phases' times from the monotonic clock's
 * readings at[0] (start) to at[3] (reported). */
static void stats_record(struct engine_stats *stats, const struct program *p, const struct tarjan *t,
			 unsigned passes, const gint64 at[4])
{
	stats->tus = p->tus->len;
	stats->functions = p->fn_list->len;
	stats->sccs = t->sccs->len;
	for (unsigned s = 0; s < t->sccs->len; s++) {
		GPtrArray *scc = t->sccs->pdata[s];
		if (scc->len > stats->largest_scc)
			stats->largest_scc = scc->len;
	}
	stats->global_passes = passes;
	stats->seconds_link = (double)(at[1] - at[0]) / 1e6;
	stats->seconds_analyse = (double)(at[2] - at[1]) / 1e6;
	stats->seconds_report = (double)(at[3] - at[2]) / 1e6;
}

static void components_free(struct tarjan *t)
{
	for (unsigned s = 0; s < t->sccs->len; s++)
		g_ptr_array_free(t->sccs->pdata[s], TRUE);
	g_ptr_array_free(t->sccs, TRUE);
	g_ptr_array_free(t->stack, TRUE);
}

static void program_free(struct program *p)
{
	g_hash_table_destroy(p->store.globals);
	g_hash_table_destroy(p->store.changed_at);
	g_ptr_array_free(p->address_taken, TRUE);
	g_ptr_array_free(p->fn_list, TRUE);
	g_hash_table_destroy(p->globals);
	g_hash_table_destroy(p->record_fields);
	g_hash_table_destroy(p->fields);
	g_hash_table_destroy(p->decls);
	g_hash_table_destroy(p->fns);
	g_hash_table_destroy(p->origin_ids);
	g_hash_table_destroy(p->field_alias);
	if (p->field_handles)
		g_hash_table_destroy(p->field_handles);
	streams_free(p);
	if (p->alias_answers)
		g_hash_table_destroy(p->alias_answers);
	if (p->decl_cache)
		g_hash_table_destroy(p->decl_cache);
	if (p->model_cache)
		g_hash_table_destroy(p->model_cache);
	g_array_free(p->origins, TRUE);
	g_array_free(p->tnodes, TRUE);
	g_hash_table_destroy(p->tnode_ids);
	g_free(p->splices);
	g_hash_table_destroy(p->path_steps);
	g_hash_table_destroy(p->path_prefixes);
	g_hash_table_destroy(p->heuristics);
	g_hash_table_destroy(p->blind);
	special_free_all(p);
	fptr_free(p);
	g_string_chunk_free(p->strings);
	g_free(p->source_root);
}

void engine_run(GPtrArray *tus, const struct rules *rules, struct report *rep, struct engine_stats *stats,
		double function_budget, const struct engine_progress *progress)
{
	struct program p;
	program_init(&p, tus, rules, rep, stats, function_budget);
	gint64 at[4];

	at[0] = g_get_monotonic_time();
	program_link(&p);
	struct tarjan t;
	components_find(&t, &p);
	at[1] = g_get_monotonic_time();

	unsigned passes = analyse_passes(&p, &t, progress);
	at[2] = g_get_monotonic_time();

	program_report(&p, stats);
	at[3] = g_get_monotonic_time();

	if (stats)
		stats_record(stats, &p, &t, passes, at);
	components_free(&t);
	program_free(&p);
}

void engine_stats_clear(struct engine_stats *stats)
{
	if (stats->unknown_callees)
		g_hash_table_destroy(stats->unknown_callees);
	g_free(stats->worst_function);
	memset(stats, 0, sizeof *stats);
}

static gint by_count(gconstpointer a, gconstpointer b, gpointer data)
{
	GHashTable *h = data;
	unsigned ca = GPOINTER_TO_UINT(g_hash_table_lookup(h, a));
	unsigned cb = GPOINTER_TO_UINT(g_hash_table_lookup(h, b));
	if (ca != cb)
		return ca > cb ? -1 : 1;
	return strcmp(a, b);
}

void engine_stats_print(const struct engine_stats *s, FILE *out)
{
	fprintf(out, "pitrace: stats: %u translation units, %u functions, %u components (largest %u)\n",
		s->tus, s->functions, s->sccs, s->largest_scc);
	fprintf(out, "pitrace: stats: %u function analyses (%u for a caller's context), %u summary changes, "
		"%u global passes, %u over budget, %lu block visits\n", s->iterations, s->specialised,
		s->summaries_changed, s->global_passes, s->budget_exceeded, s->block_visits);
	fprintf(out, "pitrace: stats: %u summary rows, %u sources and handles, %u trace steps\n",
		s->summary_rows, s->origins, s->trace_steps);
	fprintf(out, "pitrace: stats: time: link %.3fs, analyse %.3fs, report %.3fs; slowest function %s "
		"%.4fs\n", s->seconds_link, s->seconds_analyse, s->seconds_report,
		s->worst_function ? s->worst_function : "-", s->worst_function_seconds);
	fprintf(out, "pitrace: stats: %u calls hand PI to functions with no body and no model\n",
		s->unknown_calls_with_pi);
	if (s->unknown_callees && g_hash_table_size(s->unknown_callees)) {
		GList *keys = g_hash_table_get_keys(s->unknown_callees);
		keys = g_list_sort_with_data(keys, by_count, s->unknown_callees);
		unsigned n = 0;
		for (GList *l = keys; l && n < 20; l = l->next, n++)
			fprintf(out, "pitrace: stats:   %6u  %s\n",
				GPOINTER_TO_UINT(g_hash_table_lookup(s->unknown_callees, l->data)),
				(const char *)l->data);
		g_list_free(keys);
	}
}
