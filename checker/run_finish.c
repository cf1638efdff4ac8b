/* SPDX-License-Identifier: Apache-2.0 */
/* run_finish.c - the end of a run (pipeline.h, run_finish()): the report's
 * provenance and scope, suppressions, the baseline, the diff-aware filter,
 * the report or init's rules file, and the exit status. */
#include <stdlib.h>
#include <string.h>

#include "baseline.h"
#include "cache.h"
#include "changes.h"
#include "compdb.h"
#include "frontend.h"
#include "init.h"
#include "outfile.h"
#include "run_int.h"
#include "scope.h"
#include "suppress.h"

static char *git_revision(const char *root)
{
	char *out = NULL;
	gint status = 1;
	const char *argv[] = { "git", "-C", root, "rev-parse", "HEAD", NULL };
	if (!g_spawn_sync(NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
			  NULL, NULL, &out, NULL, &status, NULL) || status != 0) {
		g_free(out);
		return NULL;
	}
	g_strstrip(out);
	return out;
}

static char *iso_date(void)
{
	/* SOURCE_DATE_EPOCH makes reports reproducible byte for byte. */
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	GDateTime *dt = sde && *sde ? g_date_time_new_from_unix_utc(g_ascii_strtoll(sde, NULL, 10))
				    : g_date_time_new_now_utc();
	char *s = g_date_time_format_iso8601(dt);
	g_date_time_unref(dt);
	return s;
}

static void add_scope_file(const char *path, void *data)
{
	g_hash_table_add(data, (gpointer)path);
}

/* Every file the TUs read (headers too): from their IR, or, when the run
 * memo spared loading it, from the cache's check of their inputs. */
static void collect_scope(struct run *r)
{
	GHashTable *files = g_hash_table_new(g_str_hash, g_str_equal);
	bool all = true;
	for (unsigned i = 0; i < r->jobs->len; i++) {
		g_hash_table_add(files, ((struct tu_job *)r->jobs->pdata[i])->file);
		if (r->tus && r->tus[i])
			for (unsigned k = 0; k < r->tus[i]->inputs->len; k++)
				g_hash_table_add(files, r->tus[i]->inputs->pdata[k]);
		else
			all = false;
	}
	/* a run the memo answered has no IR: its files are those the cache
	 * checked (every input of every TU's row, all unchanged) */
	if (!all && r->cache)
		cache_foreach_file(r->cache, add_scope_file, files);
	static const char *const levels[] = { "note", "warning", "error" };
	struct scope_input in = {
		.root = r->rep->root,
		.files = files,
		.rules_files = rules_files(r->rules),
		.baseline = r->o->baseline,
		.tus = r->jobs->len,
		.heuristics = r->o->heuristics,
		.fail_on = r->o->fail_on < 0 ? "never" : levels[r->o->fail_on],
		.command_line = r->cx->command_line,
		.started_us = r->cx->started_us,
		.started_mono_us = r->cx->started_mono_us,
	};
	r->rep->scope = scope_collect(&in);
	g_hash_table_destroy(files);
}

/* What the report says about the run itself: the run's notes, versions,
 * digests, the git revision, the date, and the scope. */
static void add_provenance(struct run *r)
{
	const struct options *o = r->o;
	struct report *rep = r->rep;
	for (unsigned i = 0; i < r->notes->len; i++) {
		const char *msg = r->notes->pdata[i];
		report_add_problem(rep, false, NULL, 0, "%s", msg);
		fprintf(stderr, "pitrace: note: %s\n", msg);
	}
	rep->root = g_strdup(r->root);
	rep->tool_version = g_strdup(PITRACE_VERSION);
	rep->libclang_version = g_strdup(frontend_clang_version());
	rep->rules_digest = g_strdup(rules_digest(r->rules));
	rep->database_digest = compdb_digest(r->jobs);
	rep->revision = git_revision(rep->root);
	rep->date = iso_date();
	rep->lang = g_strdup(o->lang);
	rep->color = !strcmp(o->color, "always") ? 1 : !strcmp(o->color, "never") ? -1 : 0;
	rep->rules = r->rules;
	collect_scope(r);
}

/* pitrace init: the rules file instead of a report, once every TU was
 * analysed as written. */
static int finish_init(struct run *r, FILE *out)
{
	const struct report *rep = r->rep;
	for (unsigned i = 0; i < rep->problems->len; i++) {
		const struct run_problem *pr = rep->problems->pdata[i];
		if (pr->fatal) {
			pipeline_fail("init: %s%s%s", pr->loc.file ? pr->loc.file : "", pr->loc.file ? ": " : "",
				      pr->message);
			return EXIT_UNTRUSTED;
		}
	}
	char *project = g_path_get_basename(rep->root);
	unsigned n = init_write_rules(rep, project, out);
	g_free(project);
	if (ferror(out)) {
		pipeline_fail("%s: cannot write the rules file", r->o->output);
		return EXIT_UNTRUSTED;
	}
	r->written = true;
	init_print_snippets(r->o->database, r->o->output, n, stdout);
	return EXIT_CLEAN;
}

static void add_input(const char *path, void *data)
{
	input_set_add(data, path);
}

static void add_read_files(struct run *r)
{
	for (unsigned i = 0; i < r->jobs->len; i++)
		if (r->tus && r->tus[i])
			for (unsigned k = 0; k < r->tus[i]->inputs->len; k++)
				input_set_add(r->inputs, r->tus[i]->inputs->pdata[k]);
	if (r->cache)
		cache_foreach_file(r->cache, add_input, r->inputs);
}

/* A FILE named with -p narrows the report to findings in it: one that no
 * TU of the database reads (a typo, /etc/passwd) would narrow it to
 * nothing and pass. */
static bool named_files_read(const struct options *o, const struct input_set *read)
{
	bool ok = true;
	for (unsigned i = 0; i < o->nfiles; i++) {
		if (input_set_has(read, o->files[i]))
			continue;
		pipeline_fail("%s: neither a source nor a header of the compilation database", o->files[i]);
		ok = false;
	}
	return ok;
}

/* Suppressions, the baseline and the filters: the report's findings as
 * the user asked for them. EXIT_UNTRUSTED when a baseline could not be read
 * or written, or a named FILE is read by no TU. */
static int settle_findings(struct run *r)
{
	const struct options *o = r->o;
	struct report *rep = r->rep;
	int rc = EXIT_CLEAN;
	char *error = NULL;
	for (unsigned i = 0; i < r->jobs->len; i++)
		suppress_scan_file(rep, ((const struct tu_job *)r->jobs->pdata[i])->file);
	suppress_apply(rep);	/* and puts the report in order */
	if (o->baseline && !baseline_apply(rep, o->baseline, &error)) {
		pipeline_fail("%s", error);
		g_free(error);
		rc = EXIT_UNTRUSTED;
	}
	if (o->write_baseline && !baseline_write(rep, o->write_baseline, &error)) {
		pipeline_fail("%s", error);
		g_free(error);
		rc = EXIT_UNTRUSTED;
	}
	/* Narrowed last, so that suppressions and baseline entries that
	 * cover findings outside the change do not look stale. */
	if (r->changed)
		changes_filter_report(rep, r->changed);
	if (o->database && o->nfiles && o->command == CMD_ANALYSE && !named_files_read(o, r->inputs))
		rc = EXIT_UNTRUSTED;
	if (o->database && o->nfiles && o->command == CMD_ANALYSE) {
		struct changes *named = changes_from_files(o->files, o->nfiles);
		changes_filter_report(rep, named);
		changes_free(named);
	}
	return rc;
}

static void print_stats(const struct run *r, int nthreads)
{
	if (!r->memo_hit)
		engine_stats_print(&r->stats, stderr);
	else
		fputs("pitrace: stats: engine: not run; the run memo holds the result for this IR\n", stderr);
	if (r->cache) {
		fprintf(stderr, "pitrace: stats: cache: %s: %u of %u TUs unchanged, %u parsed, %u stored; "
			"run memo %s; check %.3fs, load %.3fs, store %.3fs\n",
			cache_path(r->cache), r->hits, r->jobs->len, r->parsed, r->stored,
			r->memo_hit ? "hit" : "missed", r->seconds_check, r->seconds_load, r->seconds_store);
		unsigned shown = 0;
		for (unsigned i = 0; i < r->jobs->len; i++) {
			if (!r->why[i])
				continue;
			if (shown++ < 20)
				fprintf(stderr, "pitrace: stats: parsed %s: %s\n",
					((const struct tu_job *)r->jobs->pdata[i])->file, r->why[i]);
		}
		if (shown > 20)
			fprintf(stderr, "pitrace: stats: parsed %u more\n", shown - 20);
	} else if (r->o->command == CMD_ANALYSE) {
		fputs("pitrace: stats: cache: none\n", stderr);
	}
	fprintf(stderr, "pitrace: stats: time: parse %.3fs (%d threads), engine and checks %.3fs, "
		"suppressions and report %.3fs\n",
		r->seconds_parse, nthreads, r->seconds_engine, r->seconds_report);
}

/* A run that cannot be trusted says why on standard error, whatever the
 * format, so scripts that keep only stderr see it too. (The report's own
 * marks were set before it was written.) */
static int say_fatal_problems(const struct report *rep, int rc)
{
	for (unsigned i = 0; i < rep->problems->len; i++) {
		const struct run_problem *pr = rep->problems->pdata[i];
		if (!pr->fatal)
			continue;
		if (rc == EXIT_CLEAN)
			rc = EXIT_UNTRUSTED;
		if (pr->loc.file && !strstr(pr->message, pr->loc.file))
			pipeline_fail("%s: %s", pr->loc.file, pr->message);
		else
			pipeline_fail("%s", pr->message);
	}
	return rc;
}

int run_finish(struct run *r, FILE *out)
{
	const struct options *o = r->o;
	struct report *rep = r->rep;
	gint64 t = g_get_monotonic_time();
	add_provenance(r);
	if (o->command == CMD_INIT)
		return finish_init(r, out);
	if (o->keep_going)
		report_keep_going(rep);
	/* The headers are known only now: an output naming one must not
	 * replace it. */
	add_read_files(r);
	if (!pipeline_outputs_allowed(o, r->inputs))
		return EXIT_UNTRUSTED;
	int rc = settle_findings(r);
	const struct reporter *rp = reporter_find(o->format);
	if (rc == EXIT_CLEAN && !rp->write(rep, out)) {
		pipeline_fail("%s: cannot write the report", o->output ? o->output : "standard output");
		rc = EXIT_UNTRUSTED;
	} else if (rc == EXIT_CLEAN) {
		r->written = true;
	}
	/* As a compiler does: the counts on standard error, so that a
	 * report on standard output stays only findings. */
	char *summary = rc == EXIT_CLEAN && !o->quiet ? report_summary(rep) : NULL;
	if (summary) {
		fflush(out);	/* after the report, when both go to one pipe */
		fprintf(stderr, "%s\n", summary);
	}
	g_free(summary);
	r->seconds_report = pipeline_seconds_since(t);
	if (o->stats)
		print_stats(r, pipeline_thread_count(o));
	rc = say_fatal_problems(rep, rc);
	if (rc == EXIT_CLEAN && o->fail_on >= 0 && report_count_open(rep, (enum level)o->fail_on))
		rc = EXIT_FINDINGS;
	return rc;
}
