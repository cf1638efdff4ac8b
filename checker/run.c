/* SPDX-License-Identifier: Apache-2.0 */
/* run.c - a run (pipeline.h): made, given its IR, analysed, freed; and the
 * run problems of what clang said about a TU. */
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <string.h>

#include "cache.h"
#include "changes.h"
#include "check.h"
#include "compdb.h"
#include "progress.h"
#include "run_int.h"

struct run *run_new(const struct pipeline_context *cx, const struct options *o, struct rules *rules,
		    GPtrArray *jobs, struct input_set *inputs)
{
	struct run *r = g_new0(struct run, 1);
	r->cx = cx;
	r->o = o;
	r->rules = rules;
	r->jobs = jobs;
	r->inputs = inputs;
	r->owns_tus = true;
	r->rep = report_new();
	r->notes = g_ptr_array_new_with_free_func(g_free);
	for (unsigned i = 0; cx->notes && i < cx->notes->len; i++)
		g_ptr_array_add(r->notes, g_strdup(cx->notes->pdata[i]));
	char *cwd = g_get_current_dir();
	r->root = o->root ? g_canonicalize_filename(o->root, cwd) : g_strdup(cwd);
	g_free(cwd);
	if (!o->changed_since)
		return r;
	char *error = NULL;
	r->changed = changes_from_git(r->root, o->changed_since, &error);
	if (!r->changed) {
		pipeline_fail("%s", error);
		g_free(error);
		run_free(r);
		return NULL;
	}
	return r;
}

void run_free(struct run *r)
{
	if (!r)
		return;
	engine_stats_clear(&r->stats);
	report_free(r->rep);
	for (unsigned i = 0; i < r->jobs->len; i++) {
		if (r->tus && r->owns_tus)
			ir_tu_free(r->tus[i]);
		if (r->errors)
			g_free(r->errors[i]);
	}
	g_free(r->tus);
	g_free(r->errors);
	cache_close(r->cache);
	if (r->keys) {
		for (unsigned i = 0; i < r->jobs->len; i++) {
			g_free(r->keys[i]);
			g_free(r->digests[i]);
			g_free(r->why[i]);
		}
	}
	g_free(r->keys);
	g_free(r->digests);
	g_free(r->why);
	g_free(r->memo_key);
	g_ptr_array_free(r->notes, TRUE);
	changes_free(r->changed);
	g_free(r->root);
	g_free(r);
}

void run_use_tus(struct run *r, struct ir_tu *const *tus)
{
	unsigned n = r->jobs->len;
	r->tus = g_new0(struct ir_tu *, n + 1);
	r->errors = g_new0(char *, n + 1);
	memcpy(r->tus, tus, n * sizeof *tus);
	r->owns_tus = false;
}

struct report *run_report(struct run *r)
{
	return r->rep;
}

bool run_written(const struct run *r)
{
	return r->written;
}

const struct engine_stats *run_stats(const struct run *r)
{
	return &r->stats;
}

/* An error diagnostic's file, line and message ("a.h:3:7: error: x"). */
static bool split_diagnostic(const char *text, char **file, unsigned *line, const char **msg)
{
	const char *e = strstr(text, ": error: ");
	const char *f = strstr(text, ": fatal error: ");
	const char *at = e && (!f || e < f) ? e : f;
	if (!at)
		return false;
	*msg = at + (at == e ? 9 : 15);
	/* file:line:col: the last two colons before `at` delimit the line */
	const char *last = NULL, *prev = NULL;
	for (const char *q = text; q < at; q++)
		if (*q == ':') {
			prev = last;
			last = q;
		}
	if (!prev)
		return false;
	*file = g_strndup(text, (gsize)(prev - text));
	*line = (unsigned)strtoul(prev + 1, NULL, 10);
	return true;
}

/* clang's errors, one partial problem per file with its count and first
 * error (a file of random bytes gives thousands). */
static void add_error_problems(struct report *rep, const struct tu_job *job, const struct ir_tu *tu)
{
	GHashTable *per_file = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	GPtrArray *order = g_ptr_array_new();
	for (unsigned k = 0; k < tu->errors->len; k++) {
		const char *text = tu->errors->pdata[k];
		char *file = NULL;
		unsigned line = 0;
		const char *msg = text;
		/* Without a location it is the driver's (a gcc flag clang does
		 * not know): what was parsed is the code as written. */
		if (!split_diagnostic(text, &file, &line, &msg)) {
			report_add_problem(rep, false, job->file, 0, "%s", text);
			continue;
		}
		unsigned n = GPOINTER_TO_UINT(g_hash_table_lookup(per_file, file));
		if (!n)
			g_ptr_array_add(order, (gpointer)text);
		g_hash_table_insert(per_file, file, GUINT_TO_POINTER(n + 1));
	}
	for (unsigned i = 0; i < order->len; i++) {
		const char *text = order->pdata[i];
		char *file = NULL;
		unsigned line = 0;
		const char *msg = text;
		if (!split_diagnostic(text, &file, &line, &msg))
			continue;
		unsigned n = GPOINTER_TO_UINT(g_hash_table_lookup(per_file, file));
		report_add_partial(rep, file, line, "%s: not analysed as written: %u error%s in this file, the first: %s",
				   job->file, n, n == 1 ? "" : "s", msg);
		g_free(file);
	}
	g_ptr_array_free(order, TRUE);
	g_hash_table_destroy(per_file);
}

/* A TU clang reported errors in has not been analysed as written: a
 * partial problem. */
void pipeline_add_tu_problems(struct report *rep, const struct tu_job *job, const struct ir_tu *tu)
{
	/* Errors and nothing at all to analyse: not C, or not this C. (A
	 * misspelt annotation is an error of pitrace's, said below.) */
	unsigned clang_errors = tu->fatal_errors->len + tu->errors->len;
	if (clang_errors && !tu->funcs->len && !tu->globals->len && !tu->fields->len && !tu->decls->len) {
		report_add_problem(rep, true, NULL, 0, "%s: clang could not parse anything in it (%u errors)",
				   job->file, clang_errors);
		return;
	}
	for (unsigned k = 0; k < tu->missing_headers->len; k++)
		report_add_partial(rep, job->file, 0, "header '%s' not found: not analysed as written",
				   (const char *)tu->missing_headers->pdata[k]);
	/* A TU clang gave up on part-way: what follows was never seen. */
	for (unsigned k = 0; k < tu->fatal_errors->len; k++)
		report_add_partial(rep, NULL, 0, "%s: not analysed as written: %s", job->file,
				   (const char *)tu->fatal_errors->pdata[k]);
	/* Annotation mistakes make the result wrong, not just partial. */
	for (unsigned k = 0; k < tu->annotation_errors->len; k++)
		report_add_problem(rep, true, NULL, 0, "%s", (const char *)tu->annotation_errors->pdata[k]);
	add_error_problems(rep, job, tu);
}

/* The memo covers a run only when every TU's IR is in the cache under the
 * digest the key names. */
static void store_memo(struct run *r)
{
	bool all = r->cache != NULL && r->jobs->len > 0;
	for (unsigned i = 0; all && i < r->jobs->len; i++)
		all = r->digests[i] != NULL;
	if (all) {
		g_free(r->memo_key);
		r->memo_key = run_memo_key(r);
		cache_memo_store(r->cache, r->memo_key, r->rep);
	}
}

void run_analyse(struct run *r)
{
	gint64 t = g_get_monotonic_time();
	if (!r->memo_hit) {
		/* The memo holds the TUs' problems too: they come from the IR. */
		GPtrArray *ok = g_ptr_array_new();
		for (unsigned i = 0; i < r->jobs->len; i++) {
			if (!r->tus[i]) {
				report_add_problem(r->rep, true, NULL, 0, "%s", r->errors[i]);
				continue;
			}
			pipeline_add_tu_problems(r->rep, r->jobs->pdata[i], r->tus[i]);
			g_ptr_array_add(ok, r->tus[i]);
		}
		/* What the parser threads freed sits in their malloc arenas,
		 * which glibc gives back to the system only when asked: the
		 * engine's memory comes on top of it otherwise */
#ifdef __GLIBC__
		malloc_trim(0);
#endif
		struct progress_engine disp = { .start = g_get_monotonic_time() };
		struct engine_progress prog = { progress_show_engine, &disp };
		bool show = pipeline_shows_progress(r->o);
		engine_run(ok, r->rules, r->rep, &r->stats, r->o->function_budget, show ? &prog : NULL);
		if (disp.shown)
			progress_clear();
		checks_run(ok, r->rules, r->rep);
		g_ptr_array_free(ok, TRUE);
		store_memo(r);
	}
	r->seconds_engine = pipeline_seconds_since(t);
}
