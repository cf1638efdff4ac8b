/* SPDX-License-Identifier: Apache-2.0 */
/* engine_solve.c - the solver, above every other engine file: it makes
 * the program (each file's tables, then the link and the tables made
 * before the analysis), orders the analysis over the call graph's
 * strongly connected components, callees before callers, each component
 * to a fixpoint and whole passes again while the global store still
 * grows, then hands the findings to the report. */
#include <string.h>

#include "engine_int.h"

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
			if (tails_filter(r->tails))
				tails_print(r->tails, out);
			else if (row_parked(r))
				tails_print_parked(row_parked(r), out);
			if (r->prot)
				fprintf(out, " prot=%#x", r->prot);
			if (r->excl) {
				fprintf(out, " not-in-programs=");
				programs_print(p, r->excl, out);
			}
			if (r->points_into)
				fprintf(out, " (points into it)");
			if (r->stores_pointer)
				fprintf(out, " (the pointer)");
			if (r->kind == ROW_OUT && r->out_param == OUT_RETURN)
				fprintf(out, " to return.%s", r->out_path);
			else if (r->kind == ROW_OUT)
				fprintf(out, " to $%d.%s", r->out_param, r->out_path);
			if (r->kind == ROW_SINK)
				fprintf(out, " kinds=%#x dest=%s%d%s%s default=%s at %s", r->sink_kinds, r->has_dest ? "$" : "-",
					r->has_dest ? r->dest.param : 0, r->has_dest && *r->dest.path ? "." : "",
					r->has_dest ? r->dest.path : "", sink_kind_name(r->default_kind), r->sink_function);
			if (r->kind == ROW_SINK && r->stream_shape)
				fprintf(out, " (a %s)", r->stream_shape == HANDLE_NUMBER ? "descriptor" : "stream");
			if (r->kind == ROW_SINK && r->socket)
				fprintf(out, " (a socket)");
			if (r->kind == ROW_GLOBAL)
				fprintf(out, " to %s.%s", r->global, r->out_path);
			if (r->kind == ROW_CLEAR)
				fprintf(out, "clear $%d.%s%s", r->out_param, r->out_path, r->cleared ? " (non-PI)" : "");
			fputc('\n', out);
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
	return store_changed_since(p, fi);
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
	/* a bound on re-analyses keeps a pathological component finite;
	 * curl's transfer state machine (82 functions around url.c) needs
	 * a little more than 8 per function to settle */
	unsigned budget = 16 * scc->len + 8;
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

/* Each engine file that keeps tables in the program makes and frees its
 * own. An init makes them empty before the link; a file with none makes
 * them in its pass over the linked program (fptr_collect and the like),
 * and its free takes them whether made or not. Freed in the reverse
 * order, the program's own tables last. */
static const struct program_part {
	void (*init)(struct program *p);
	void (*free)(struct program *p);
} program_parts[] = {
	{ trace_init, trace_free },
	{ paths_init, paths_free },
	{ tags_init, tags_free },
	{ link_init, link_free },
	{ NULL, fptr_free },
	{ alias_init, alias_free },
	{ NULL, handles_free },
	{ NULL, streams_free },
	{ NULL, models_free },
	{ call_init, call_free },
	{ NULL, special_free },
	{ store_init, store_free },
	{ NULL, routes_sets_free },
};

static void program_open(struct program *p, GPtrArray *tus, const struct rules *rules, struct report *rep,
			 struct engine_stats *stats, double function_budget)
{
	program_init(p, tus, rules, rep, stats, function_budget);
	for (unsigned i = 0; i < G_N_ELEMENTS(program_parts); i++)
		if (program_parts[i].init)
			program_parts[i].init(p);
}

static void program_close(struct program *p)
{
	for (unsigned i = G_N_ELEMENTS(program_parts); i-- > 0;)
		program_parts[i].free(p);
	program_free(p);
}

/* Everything the analysis looks up before it starts: callbacks, tags,
 * the call graph, aliases, handles, switch parameters, streams and the
 * globals' functions. */
static void program_link(struct program *p)
{
	callbacks_expand(p);
	tags_collect(p);
	link_program(p);
	routes_mark(p);
	alias_collect(p);
	handles_collect(p);
	cases_collect(p);
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
		stats->trace_steps = p->ntnodes;
		stats->origins = p->origins->len;
		for (unsigned i = 0; i < p->fn_list->len; i++)
			stats->summary_rows += ((struct fn_info *)p->fn_list->pdata[i])->sum.rows->len;
	}
	report_findings(p);
	report_inventory(p);
	report_blind_calls(p);
	models_report_ignored(p);
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
	/* the costliest functions, by insertion into the short sorted list */
	const unsigned most = G_N_ELEMENTS(stats->costliest);
	const struct fn_info *top[G_N_ELEMENTS(stats->costliest)];
	unsigned n = 0;
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		const struct fn_info *fi = p->fn_list->pdata[i];
		if (!fi->analyses || (n == most && fi->seconds <= top[n - 1]->seconds))
			continue;
		unsigned k = n < most ? n++ : n - 1;
		for (; k > 0 && top[k - 1]->seconds < fi->seconds; k--)
			top[k] = top[k - 1];
		top[k] = fi;
	}
	for (unsigned i = 0; i < n; i++) {
		struct engine_costly *e = &stats->costliest[i];
		e->where = g_strdup_printf("%s (%s:%u)", top[i]->fn->name, top[i]->fn->loc.file, top[i]->fn->loc.line);
		e->seconds = top[i]->seconds;
		e->analyses = top[i]->analyses;
	}
	stats->ncostliest = n;
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

void engine_run(GPtrArray *tus, const struct rules *rules, struct report *rep, struct engine_stats *stats,
		double function_budget, const struct engine_progress *progress)
{
	struct program p;
	program_open(&p, tus, rules, rep, stats, function_budget);
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
	program_close(&p);
}

void engine_stats_clear(struct engine_stats *stats)
{
	if (stats->unknown_callees)
		g_hash_table_destroy(stats->unknown_callees);
	g_free(stats->worst_function);
	for (unsigned i = 0; i < stats->ncostliest; i++)
		g_free(stats->costliest[i].where);
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
	fprintf(out, "pitrace: stats: %u programs; %u routes dropped: PI of one program in another's code\n",
		s->programs, s->other_program);
	fprintf(out, "pitrace: stats: time: link %.3fs, analyse %.3fs, report %.3fs; slowest function %s "
		"%.4fs\n", s->seconds_link, s->seconds_analyse, s->seconds_report,
		s->worst_function ? s->worst_function : "-", s->worst_function_seconds);
	for (unsigned i = 0; i < s->ncostliest; i++)
		fprintf(out, "pitrace: stats: costliest function %u: %s, %.3fs in %u analyses\n", i + 1,
			s->costliest[i].where, s->costliest[i].seconds, s->costliest[i].analyses);
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
