/* SPDX-License-Identifier: Apache-2.0 */
/* main.c - the driver: options, rules, inputs, the cache, parsing in
 * parallel, the engine, the no-flow checks, suppressions and baselines, the
 * diff-aware filter, the report, and the exit status (CONTRACT section 1);
 * and the extract/link split (docs/incremental.md). */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "baseline.h"
#include "cache.h"
#include "changes.h"
#include "check.h"
#include "compdb.h"
#include "engine.h"
#include "facts.h"
#include "frontend.h"
#include "init.h"
#include "scope.h"
#include "ir.h"
#include "ir_io.h"
#include "jobs.h"
#include "options.h"
#include "outfile.h"
#include "report.h"
#include "report_io.h"
#include "rules.h"
#include "suppress.h"

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_UNTRUSTED = 2 };

static void fail(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

static void fail(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("pitrace: error: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

/* Built-in rules: beside the binary's source tree when run from a build
 * directory, else where `cmake --install` put them. PITRACE_RULES_DIR
 * overrides both (tests use it). */
static const char *builtin_rules_dir(void)
{
	static char found[4096];
	const char *env = getenv("PITRACE_RULES_DIR");
	if (env && *env)
		return env;
	/* A binary in its build tree uses the rules of its source tree, even
	 * when an older pitrace is installed; an installed one looks beside
	 * itself first (../share/pitrace/rules), so a relocated prefix works. */
	char *self = g_file_read_link("/proc/self/exe", NULL);
	const char *dir = NULL;
	if (self && g_str_has_prefix(self, PITRACE_BUILD_DIR "/")) {
		dir = PITRACE_SOURCE_RULES;
	} else if (self) {
		char *bin = g_path_get_dirname(self);
		char *rel = g_build_filename(bin, "..", "share", "pitrace", "rules", NULL);
		/* Named without "..": the path appears in --list-rules and in
		 * the report's provenance. */
		char *real = realpath(rel, NULL);
		if (real && g_file_test(real, G_FILE_TEST_IS_DIR)) {
			g_strlcpy(found, real, sizeof found);
			dir = found;
		}
		free(real);
		g_free(rel);
		g_free(bin);
	}
	g_free(self);
	if (!dir)
		dir = g_file_test(PITRACE_INSTALL_RULES, G_FILE_TEST_IS_DIR) ? PITRACE_INSTALL_RULES
									 : PITRACE_SOURCE_RULES;
	return dir;
}

static struct rules *load_rules(const struct options *o)
{
	struct rules *r = rules_new();
	char *error = NULL;
	const char *dir = builtin_rules_dir();
	if (!g_file_test(dir, G_FILE_TEST_IS_DIR)) {
		fail("%s: built-in rules not found (set PITRACE_RULES_DIR)", dir);
		rules_free(r);
		return NULL;
	}
	if (!rules_load_path(r, dir, &error)) {
		fail("%s", error);
		g_free(error);
		rules_free(r);
		return NULL;
	}
	for (unsigned i = 0; i < o->nrules; i++) {
		if (!rules_load_path(r, o->rules[i], &error)) {
			fail("%s", error);
			g_free(error);
			rules_free(r);
			return NULL;
		}
	}
	rules_finish(r, o->heuristics);
	return r;
}

/* ---- parsing translation units in parallel ---- */

struct parse_pool {
	GPtrArray *jobs;
	struct ir_tu **results;
	char **errors;
	gint64 *starts;		/* g_get_real_time() when each TU's parse began */
	gint next;
	gint done;
	bool progress;
	gint64 start;
	GMutex lock;
};

/* Progress lines start after a second, so quick runs print none;
 * PITRACE_PROGRESS_AFTER_MS changes the wait (the tests set 0). */
static gint64 progress_after_us(void)
{
	static gint64 us = -1;
	if (us < 0) {
		const char *e = getenv("PITRACE_PROGRESS_AFTER_MS");
		us = e && *e ? g_ascii_strtoll(e, NULL, 10) * 1000 : 1000000;
	}
	return us;
}

static void progress_line(struct parse_pool *pp, const char *file)
{
	if (!pp->progress)
		return;
	gint64 now = g_get_monotonic_time();
	double elapsed = (double)(now - pp->start) / 1e6;
	if (now - pp->start < progress_after_us())
		return;
	unsigned done = (unsigned)g_atomic_int_get(&pp->done), total = pp->jobs->len;
	double eta = done ? elapsed / done * (total - done) : 0;
	const char *base = strrchr(file, '/');
	g_mutex_lock(&pp->lock);
	fprintf(stderr, "\r\033[K[%u/%u] %s  %.0fs, about %.0fs left", done, total, base ? base + 1 : file,
		elapsed, eta);
	fflush(stderr);
	g_mutex_unlock(&pp->lock);
}

/* Lowering a TU recurses with its syntax tree (a sum of 12,000 terms is
 * 12,000 levels; so is an else-if chain), and so do the engine's walks of
 * it: every thread that handles a TU gets a stack far above the usual
 * 8 MiB. Only the pages touched are ever backed by memory. */
#define PITRACE_STACK_SIZE ((size_t)1 << 30)

static bool start_big_thread(pthread_t *thread, void *(*fn)(void *), void *arg)
{
	pthread_attr_t attr;
	bool ok = pthread_attr_init(&attr) == 0;
	if (ok && pthread_attr_setstacksize(&attr, PITRACE_STACK_SIZE) != 0) {
		/* a smaller stack is better than no thread */
		pthread_attr_destroy(&attr);
		ok = pthread_attr_init(&attr) == 0;
	}
	ok = ok && pthread_create(thread, &attr, fn, arg) == 0;
	pthread_attr_destroy(&attr);
	return ok;
}

static gpointer parse_worker(gpointer data)
{
	struct parse_pool *pp = data;
	struct frontend *fe = frontend_new();
	for (;;) {
		guint i = (guint)g_atomic_int_add(&pp->next, 1);
		if (i >= pp->jobs->len)
			break;
		const struct tu_job *job = pp->jobs->pdata[i];
		pp->starts[i] = g_get_real_time();
		pp->results[i] = frontend_lower(fe, job, &pp->errors[i]);
		g_atomic_int_inc(&pp->done);
		progress_line(pp, job->file);
	}
	frontend_free(fe);
	return NULL;
}

/* The directory pitrace was started in. libclang before LLVM 15 changes
 * the process's directory to each TU's -working-directory and leaves it
 * there; everything after parsing (the report's root, a relative
 * --baseline, the cache folder) must still see the user's. */
static char *start_dir;

static void restore_start_dir(void)
{
	if (start_dir && chdir(start_dir) != 0)
		fail("%s: cannot return to the starting directory: %s", start_dir, g_strerror(errno));
}

static void parse_all(GPtrArray *jobs, int nthreads, bool progress, struct ir_tu **results, char **errors,
		      gint64 *starts)
{
	struct parse_pool pp = {
		.jobs = jobs,
		.results = results,
		.errors = errors,
		.starts = starts,
		.progress = progress,
		.start = g_get_monotonic_time(),
	};
	if (!jobs->len)
		return;
	g_mutex_init(&pp.lock);
	if (nthreads > (int)jobs->len)
		nthreads = (int)jobs->len;
	if (nthreads < 1)
		nthreads = 1;
	pthread_t *threads = g_new(pthread_t, nthreads);
	bool *started = g_new0(bool, nthreads);
	for (int t = 1; t < nthreads; t++)
		started[t] = start_big_thread(&threads[t], parse_worker, &pp);
	parse_worker(&pp);
	for (int t = 1; t < nthreads; t++)
		if (started[t])
			pthread_join(threads[t], NULL);
	g_free(started);
	g_free(threads);
	g_mutex_clear(&pp.lock);
	restore_start_dir();
	if (progress && g_get_monotonic_time() - pp.start >= progress_after_us())
		fputs("\r\033[K", stderr);
}

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

static int dump_ir(GPtrArray *jobs, FILE *out)
{
	struct frontend *fe = frontend_new();
	int rc = EXIT_CLEAN;
	for (unsigned i = 0; i < jobs->len; i++) {
		const struct tu_job *job = jobs->pdata[i];
		char *error = NULL;
		struct ir_tu *tu = frontend_lower(fe, job, &error);
		if (!tu) {
			fail("%s", error);
			g_free(error);
			rc = EXIT_UNTRUSTED;
			continue;
		}
		restore_start_dir();
		ir_tu_dump(tu, out);
		ir_tu_free(tu);
	}
	frontend_free(fe);
	return rc;
}

/* What loading the database had to say (skipped entries), for the run's
 * notes. */
static GPtrArray *load_notes;

/* With -p, FILE arguments select the TUs to dump or extract; for an
 * analysis they only narrow what is reported (the whole database is the
 * context). */
static GPtrArray *load_jobs(const struct options *o)
{
	char *error = NULL;
	GPtrArray *jobs;
	if (o->database) {
		jobs = compdb_load(o->database, load_notes, &error);
		/* A source written since the database was made (the new file
		 * of a commit) borrows a neighbour's flags. */
		bool ok = !jobs || !o->nfiles ||
			  compdb_infer_missing(jobs, o->files, o->nfiles, load_notes, &error);
		if (ok && jobs && o->nfiles && o->command == CMD_ANALYSE)
			ok = jobs_check_named(jobs, o->files, o->nfiles, &error);
		else if (ok && jobs && o->nfiles)
			ok = compdb_select(jobs, o->files, o->nfiles, &error);
		if (!ok) {
			compdb_jobs_free(jobs);
			jobs = NULL;
		}
	} else {
		jobs = compdb_from_files(o->files, o->nfiles, o->compiler_args, o->ncompiler_args, &error);
	}
	if (!jobs) {
		fail("%s", error);
		g_free(error);
		return NULL;
	}
	for (unsigned i = 0; i < jobs->len; i++)
		((struct tu_job *)jobs->pdata[i])->of = jobs->len;
	if (o->shard_n)
		jobs_select_shard(jobs, o->shard_k, o->shard_n);
	return jobs;
}

static int thread_count(const struct options *o)
{
	return o->jobs ? o->jobs : (int)g_get_num_processors();
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

/* What clang said about a TU, as run problems. A TU clang reported errors
 * in has not been analysed as written: a partial problem, one per file
 * with its count and first error (a file of random bytes gives thousands). */
static void add_tu_problems(struct report *rep, const struct tu_job *job, const struct ir_tu *tu)
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

/* ---- one run: TUs (parsed, cached or linked) to the report ---- */

struct run {
	const struct options *o;
	struct rules *rules;
	GPtrArray *jobs;	/* struct tu_job * */
	struct ir_tu **tus;	/* per job; NULL when it failed (errors[i] says why) */
	char **errors;
	struct report *rep;
	struct changes *changed;	/* --changed-since, or NULL */
	GPtrArray *notes;	/* char *: the cache's notes */
	/* the cache, when one is used */
	struct cache *cache;
	char **keys, **digests, **why;	/* per job */
	bool memo_hit;
	char *memo_key;
	unsigned hits, parsed, stored;
	double seconds_check, seconds_load, seconds_parse, seconds_store, seconds_engine, seconds_report;
	struct engine_stats stats;
	struct input_set *inputs;	/* files no output may replace */
	bool written;			/* the report was written whole */
};

/* The cache is a build product: it lives beside the compilation database
 * (build/.pitrace-cache), where `git clean` and a fresh build folder deal
 * with it and the source tree stays clean. */
static char *cache_dir(const struct options *o)
{
	if (o->cache_dir)
		return g_strdup(o->cache_dir);
	char *cwd = g_get_current_dir();
	char *db = g_canonicalize_filename(o->database, cwd);
	char *folder = g_file_test(db, G_FILE_TEST_IS_DIR) ? g_strdup(db) : g_path_get_dirname(db);
	char *dir = g_build_filename(folder, ".pitrace-cache", NULL);
	g_free(folder);
	g_free(db);
	g_free(cwd);
	return dir;
}

/* The build itself is part of what a cached result depends on: two
 * builds of one version (a developer's, a patched package) may analyse
 * differently, and a memo from the other must not be trusted. The
 * executable's size and modification time stand for it; hashing it would
 * cost more than the rest of a warm run. */
static char *build_identity(void)
{
	GStatBuf st;
	char *self = g_file_read_link("/proc/self/exe", NULL);
	char *id = self && g_stat(self, &st) == 0
			   ? g_strdup_printf("%lld/%lld", (long long)st.st_size, (long long)st.st_mtime)
			   : g_strdup("unknown build");
	g_free(self);
	return id;
}

static char *cache_version(void)
{
	char *build = build_identity();
	char *v = g_strdup_printf("pitrace %s (IR %d, results %d, build %s) with %s", PITRACE_VERSION,
				  IR_IO_VERSION, REPORT_IO_VERSION, build, frontend_clang_version());
	g_free(build);
	return v;
}

/* Everything the engine's result depends on: each TU's IR, in order, the
 * rules and the analysis options. */
static char *memo_key(const struct run *r)
{
	GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
	char *head = g_strdup_printf("pitrace-memo/1\n%s\n%d\n%.17g\n", rules_digest(r->rules),
				     r->o->heuristics, r->o->function_budget);
	g_checksum_update(sum, (const guchar *)head, -1);
	for (unsigned i = 0; i < r->jobs->len; i++) {
		g_checksum_update(sum, (const guchar *)r->keys[i], -1);
		g_checksum_update(sum, (const guchar *)r->digests[i], -1);
	}
	char *key = g_strdup(g_checksum_get_string(sum));
	g_checksum_free(sum);
	g_free(head);
	return key;
}

static double seconds_since(gint64 t)
{
	return (double)(g_get_monotonic_time() - t) / 1e6;
}

/* Parses the jobs of r at the indices in todo, and stores what it can. */
static void parse_and_store(struct run *r, const GArray *todo)
{
	unsigned n = todo->len;
	if (!n)
		return;
	GPtrArray *jobs = g_ptr_array_new();
	for (unsigned k = 0; k < n; k++)
		g_ptr_array_add(jobs, r->jobs->pdata[g_array_index(todo, unsigned, k)]);
	struct ir_tu **parsed = g_new0(struct ir_tu *, n);
	char **errors = g_new0(char *, n);
	gint64 *starts = g_new0(gint64, n);
	gint64 t = g_get_monotonic_time();
	parse_all(jobs, thread_count(r->o), !r->o->quiet && isatty(STDERR_FILENO), parsed, errors, starts);
	r->seconds_parse += seconds_since(t);
	r->parsed += n;
	for (unsigned k = 0; k < n; k++) {
		unsigned i = g_array_index(todo, unsigned, k);
		r->tus[i] = parsed[k];
		r->errors[i] = errors[k];
	}
	if (r->cache) {
		/* TUs missing a header are not kept: the header may appear
		 * without any file the TU read changing. */
		t = g_get_monotonic_time();
		cache_begin(r->cache);
		for (unsigned k = 0; k < n; k++) {
			unsigned i = g_array_index(todo, unsigned, k);
			if (parsed[k] && !parsed[k]->missing_headers->len &&
			    cache_store(r->cache, r->keys[i], r->jobs->pdata[i], parsed[k], starts[k], &r->digests[i]))
				r->stored++;
			/* Not kept, but its result may be: the memo's key names
			 * the IR, however it was obtained. */
			else if (parsed[k])
				r->digests[i] = ir_io_digest(parsed[k]);
		}
		cache_commit(r->cache);
		r->seconds_store += seconds_since(t);
	}
	g_free(parsed);
	g_free(errors);
	g_free(starts);
	g_ptr_array_free(jobs, TRUE);
}

/* Fills r->tus: the changed TUs parsed (and stored), then the unchanged
 * ones from the cache. When every TU's IR is one the memo has a result for
 * (nothing changed, or an edit left the IR as it was), the unchanged IR is
 * not even loaded and r->memo_hit is set. */
static void obtain_tus(struct run *r)
{
	const struct options *o = r->o;
	unsigned n = r->jobs->len;
	r->tus = g_new0(struct ir_tu *, n + 1);
	r->errors = g_new0(char *, n + 1);
	/* A database is a project, with a root to keep a cache in; files
	 * named ad hoc get one only when asked (--cache). */
	if (!o->no_cache && (o->database || o->cache_dir)) {
		char *dir = cache_dir(o);
		char *version = cache_version();
		r->cache = cache_open(dir, version, r->notes);
		g_free(version);
		g_free(dir);
	}
	GArray *todo = g_array_new(FALSE, FALSE, sizeof(unsigned));
	bool *hit = g_new0(bool, n + 1);
	if (r->cache) {
		r->keys = g_new0(char *, n + 1);
		r->digests = g_new0(char *, n + 1);
		r->why = g_new0(char *, n + 1);
		gint64 t = g_get_monotonic_time();
		for (unsigned i = 0; i < n; i++) {
			r->keys[i] = jobs_key(r->jobs->pdata[i]);
			hit[i] = cache_check(r->cache, r->keys[i], &r->digests[i], &r->why[i]);
		}
		r->seconds_check = seconds_since(t);
	}
	for (unsigned i = 0; i < n; i++)
		if (!hit[i])
			g_array_append_val(todo, i);
	parse_and_store(r, todo);
	if (r->cache) {
		bool all = n > 0;
		for (unsigned i = 0; all && i < n; i++)
			all = r->digests[i] != NULL;
		gint64 t = g_get_monotonic_time();
		/* Someone asking the engine to show its work wants it to run. */
		if (all && !g_getenv("PITRACE_DUMP_SUMMARIES")) {
			r->memo_key = memo_key(r);
			r->memo_hit = cache_memo_load(r->cache, r->memo_key, r->rep);
		}
		g_array_set_size(todo, 0);
		for (unsigned i = 0; i < n && !r->memo_hit; i++) {
			if (!hit[i])
				continue;
			r->tus[i] = cache_load(r->cache, r->keys[i], r->digests[i]);
			if (!r->tus[i]) {
				hit[i] = false;
				g_free(r->digests[i]);
				r->digests[i] = NULL;
				r->why[i] = g_strdup("its cache entry is corrupt");
				g_array_append_val(todo, i);
			}
		}
		for (unsigned i = 0; i < n; i++)
			r->hits += hit[i];
		r->seconds_load = seconds_since(t);
		/* Entries found corrupt only now: parsed after all. */
		parse_and_store(r, todo);
	}
	g_array_free(todo, TRUE);
	g_free(hit);
}

struct engine_display {
	gint64 start, last;
	bool shown;
};

/* Progress through the analysis, on a terminal: as for parsing, nothing
 * in the first second, then at most ten lines a second. */
static void engine_progress_line(unsigned done, unsigned total, unsigned pass, void *data)
{
	struct engine_display *d = data;
	gint64 now = g_get_monotonic_time();
	if (now - d->start < progress_after_us() || (d->shown && now - d->last < 100000 && done < total))
		return;
	d->last = now;
	d->shown = true;
	fprintf(stderr, "\r\033[K[analysing] %u/%u functions", done, total);
	if (pass > 1)
		fprintf(stderr, ", pass %u", pass);
	fflush(stderr);
}

/* The engine and the no-flow checks over r->tus, or the memo's result. */
static void analyse_tus(struct run *r)
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
			add_tu_problems(r->rep, r->jobs->pdata[i], r->tus[i]);
			g_ptr_array_add(ok, r->tus[i]);
		}
		struct engine_display disp = { .start = g_get_monotonic_time() };
		struct engine_progress prog = { engine_progress_line, &disp };
		bool show = !r->o->quiet && isatty(STDERR_FILENO);
		engine_run(ok, r->rules, r->rep, &r->stats, r->o->function_budget, show ? &prog : NULL);
		if (disp.shown)
			fputs("\r\033[K", stderr);
		checks_run(ok, r->rules, r->rep);
		g_ptr_array_free(ok, TRUE);
		/* The memo covers a run only when every TU's IR is in the
		 * cache under the digest the key names. */
		bool all = r->cache != NULL && r->jobs->len > 0;
		for (unsigned i = 0; all && i < r->jobs->len; i++)
			all = r->digests[i] != NULL;
		if (all) {
			g_free(r->memo_key);
			r->memo_key = memo_key(r);
			cache_memo_store(r->cache, r->memo_key, r->rep);
		}
	}
	r->seconds_engine = seconds_since(t);
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

/* ---- outputs never replace inputs ---- */

static void add_input(const char *path, void *data)
{
	input_set_add(data, path);
}

/* The files every run reads before it parses: sources, the compilation
 * database, rule files, the baseline. */
static struct input_set *known_inputs(const struct options *o, const struct rules *rules, const GPtrArray *jobs)
{
	struct input_set *in = input_set_new();
	for (unsigned i = 0; jobs && i < jobs->len; i++) {
		const struct tu_job *job = jobs->pdata[i];
		char *abs = g_canonicalize_filename(job->file, job->directory);
		input_set_add(in, abs);
		g_free(abs);
	}
	if (o->database) {
		input_set_add(in, o->database);
		char *in_folder = g_build_filename(o->database, "compile_commands.json", NULL);
		input_set_add(in, in_folder);
		g_free(in_folder);
	}
	const GPtrArray *files = rules_files(rules);
	for (unsigned i = 0; i < files->len; i++)
		input_set_add(in, files->pdata[i]);
	if (o->baseline)
		input_set_add(in, o->baseline);
	if (o->command == CMD_LINK || o->command == CMD_EXTRACT)
		for (unsigned i = 0; i < o->nfiles; i++)
			input_set_add(in, o->files[i]);
	return in;
}

/* Every file the TUs read (headers too): from their IR, or, when the run
 * memo spared loading it, from the cache's check of their inputs. */
/* What the run started as, for the report's scope. */
static char *command_line;
static gint64 started_us, started_mono_us;

static void add_scope_file(const char *path, void *data)
{
	g_hash_table_add(data, (gpointer)path);
}

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
		.command_line = command_line,
		.started_us = started_us,
		.started_mono_us = started_mono_us,
	};
	r->rep->scope = scope_collect(&in);
	g_hash_table_destroy(files);
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

static bool output_allowed(const char *what, const char *path, const struct input_set *in)
{
	if (!path || !input_set_has(in, path))
		return true;
	fail("%s: refusing to write %s over a file this run reads", path, what);
	return false;
}

static bool outputs_allowed(const struct options *o, const struct input_set *in)
{
	bool ok = output_allowed("the report", o->command == CMD_EXTRACT ? NULL : o->output, in);
	ok = output_allowed("facts", o->command == CMD_EXTRACT ? o->output : NULL, in) && ok;
	ok = output_allowed("the baseline", o->write_baseline, in) && ok;
	return output_allowed("the depfile", o->depfile, in) && ok;
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
		fail("%s: neither a source nor a header of the compilation database", o->files[i]);
		ok = false;
	}
	return ok;
}

/* Suppressions, the baseline, the diff-aware filter, the report and the
 * exit status. */
/* pitrace init: the rules file instead of a report, once every TU was
 * analysed as written. */
static int finish_init(struct run *r, FILE *out)
{
	const struct report *rep = r->rep;
	for (unsigned i = 0; i < rep->problems->len; i++) {
		const struct run_problem *pr = rep->problems->pdata[i];
		if (pr->fatal) {
			fail("init: %s%s%s", pr->loc.file ? pr->loc.file : "", pr->loc.file ? ": " : "",
			     pr->message);
			return EXIT_UNTRUSTED;
		}
	}
	char *project = g_path_get_basename(rep->root);
	unsigned n = init_write_rules(rep, project, out);
	g_free(project);
	if (ferror(out)) {
		fail("%s: cannot write the rules file", r->o->output);
		return EXIT_UNTRUSTED;
	}
	r->written = true;
	init_print_snippets(r->o->database, r->o->output, n, stdout);
	return EXIT_CLEAN;
}

static int finish(struct run *r, FILE *out)
{
	const struct options *o = r->o;
	struct report *rep = r->rep;
	gint64 t = g_get_monotonic_time();
	for (unsigned i = 0; i < r->notes->len; i++) {
		const char *msg = r->notes->pdata[i];
		report_add_problem(rep, false, NULL, 0, "%s", msg);
		fprintf(stderr, "pitrace: note: %s\n", msg);
	}
	char *cwd = g_get_current_dir();
	rep->root = o->root ? g_canonicalize_filename(o->root, cwd) : g_strdup(cwd);
	g_free(cwd);
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
	if (o->command == CMD_INIT)
		return finish_init(r, out);

	int rc = EXIT_CLEAN;
	char *error = NULL;

	if (o->keep_going)
		report_keep_going(rep);
	/* The headers are known only now: an output naming one must not
	 * replace it. */
	add_read_files(r);
	if (!outputs_allowed(o, r->inputs))
		return EXIT_UNTRUSTED;
	for (unsigned i = 0; i < r->jobs->len; i++)
		suppress_scan_file(rep, ((const struct tu_job *)r->jobs->pdata[i])->file);
	suppress_apply(rep);	/* and puts the report in order */
	if (o->baseline && !baseline_apply(rep, o->baseline, &error)) {
		fail("%s", error);
		g_free(error);
		rc = EXIT_UNTRUSTED;
	}
	if (o->write_baseline && !baseline_write(rep, o->write_baseline, &error)) {
		fail("%s", error);
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
	const struct reporter *rp = reporter_find(o->format);
	if (rc == EXIT_CLEAN && !rp->write(rep, out)) {
		fail("%s: cannot write the report", o->output ? o->output : "standard output");
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
	r->seconds_report = seconds_since(t);
	if (o->stats)
		print_stats(r, thread_count(o));
	/* A run that cannot be trusted says why on standard error, whatever
	 * the format, so scripts that keep only stderr see it too. (The
	 * report's own marks were set before it was written, below.) */
	for (unsigned i = 0; i < rep->problems->len; i++) {
		const struct run_problem *pr = rep->problems->pdata[i];
		if (!pr->fatal)
			continue;
		if (rc == EXIT_CLEAN)
			rc = EXIT_UNTRUSTED;
		if (pr->loc.file && !strstr(pr->message, pr->loc.file))
			fail("%s: %s", pr->loc.file, pr->message);
		else
			fail("%s", pr->message);
	}
	if (rc == EXIT_CLEAN && o->fail_on >= 0 && report_count_open(rep, (enum level)o->fail_on))
		rc = EXIT_FINDINGS;
	return rc;
}

/* Reads --changed-since before anything is parsed, so that a bad revision
 * costs nothing. */
static bool run_init(struct run *r, const struct options *o, struct rules *rules, GPtrArray *jobs)
{
	memset(r, 0, sizeof *r);
	r->o = o;
	r->rules = rules;
	r->jobs = jobs;
	r->rep = report_new();
	r->notes = g_ptr_array_new_with_free_func(g_free);
	for (unsigned i = 0; load_notes && i < load_notes->len; i++)
		g_ptr_array_add(r->notes, g_strdup(load_notes->pdata[i]));
	if (!o->changed_since)
		return true;
	char *cwd = g_get_current_dir();
	char *root = o->root ? g_canonicalize_filename(o->root, cwd) : g_strdup(cwd);
	char *error = NULL;
	r->changed = changes_from_git(root, o->changed_since, &error);
	if (!r->changed) {
		fail("%s", error);
		g_free(error);
	}
	g_free(root);
	g_free(cwd);
	return r->changed != NULL;
}

static void run_clear(struct run *r)
{
	engine_stats_clear(&r->stats);
	report_free(r->rep);
	for (unsigned i = 0; i < r->jobs->len; i++) {
		if (r->tus)
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
}

static int analyse(const struct options *o, struct rules *rules, GPtrArray *jobs, struct input_set *inputs,
		   FILE *out, bool *written)
{
	struct run r;
	int rc = EXIT_UNTRUSTED;
	if (run_init(&r, o, rules, jobs)) {
		r.inputs = inputs;
		obtain_tus(&r);
		analyse_tus(&r);
		rc = finish(&r, out);
	}
	*written = r.written;
	run_clear(&r);
	return rc;
}

/* ---- extract and link ---- */

static void facts_env_init(struct facts_env *env, const struct options *o, const struct rules *rules)
{
	env->tool_version = PITRACE_VERSION;
	env->clang_version = frontend_clang_version();
	env->rules_digest = rules_digest(rules);
	env->heuristics = o->heuristics;
}

/* Make's escaping, which Ninja reads too: a space or '#' behind a
 * backslash, '$' doubled. */
static void put_make_path(GString *s, const char *path)
{
	for (const char *p = path; *p; p++) {
		if (*p == ' ' || *p == '#')
			g_string_append_c(s, '\\');
		else if (*p == '$')
			g_string_append_c(s, '$');
		g_string_append_c(s, *p);
	}
}

/* OUT: every file the TU read, so that a build system re-extracts when a
 * header changes (DEPFILE of CMake's add_custom_command). */
static bool write_depfile(const char *path, const char *target, const struct ir_tu *tu, char **error)
{
	GString *s = g_string_new(NULL);
	put_make_path(s, target);
	g_string_append_c(s, ':');
	for (unsigned i = 0; i < tu->inputs->len; i++) {
		g_string_append(s, " \\\n ");
		put_make_path(s, tu->inputs->pdata[i]);
	}
	g_string_append_c(s, '\n');
	bool ok = outfile_write_all(path, s->str, s->len, error);
	g_string_free(s, TRUE);
	return ok;
}

static int extract(const struct options *o, const struct rules *rules, GPtrArray *jobs, struct input_set *inputs)
{
	bool folder = g_file_test(o->output, G_FILE_TEST_IS_DIR) || g_str_has_suffix(o->output, "/");
	if (!folder && jobs->len != 1) {
		fail("%s: %u translation units selected; -o must name a folder (end it with '/') to hold "
		     "their facts files", o->output, jobs->len);
		return EXIT_UNTRUSTED;
	}
	if (o->depfile && folder) {
		fail("%s: --depfile needs one TU extracted to one facts file, not a folder", o->depfile);
		return EXIT_UNTRUSTED;
	}
	/* The folder, or the one the file goes in: build rules name outputs
	 * in folders nobody created. */
	char *parent = folder ? g_strdup(o->output) : g_path_get_dirname(o->output);
	if (g_mkdir_with_parents(parent, 0777) != 0) {
		fail("%s: cannot create the folder: %s", parent, g_strerror(errno));
		g_free(parent);
		return EXIT_UNTRUSTED;
	}
	g_free(parent);
	struct facts_env env;
	facts_env_init(&env, o, rules);
	struct ir_tu **tus = g_new0(struct ir_tu *, jobs->len + 1);
	char **errors = g_new0(char *, jobs->len + 1);
	gint64 *starts = g_new0(gint64, jobs->len + 1);
	parse_all(jobs, thread_count(o), !o->quiet && isatty(STDERR_FILENO), tus, errors, starts);
	int rc = EXIT_CLEAN;
	for (unsigned i = 0; i < jobs->len; i++) {
		const struct tu_job *job = jobs->pdata[i];
		if (!tus[i]) {
			fail("%s", errors[i]);
			rc = EXIT_UNTRUSTED;
			continue;
		}
		char *name = folder ? facts_file_name(job) : NULL;
		char *path = folder ? g_build_filename(o->output, name, NULL) : g_strdup(o->output);
		char *error = NULL;
		for (unsigned k = 0; k < tus[i]->inputs->len; k++)
			input_set_add(inputs, tus[i]->inputs->pdata[k]);
		if (!output_allowed("facts", path, inputs) || !output_allowed("the depfile", o->depfile, inputs)) {
			rc = EXIT_UNTRUSTED;
		} else if (!facts_write(path, &env, job, tus[i], &error) ||
		    (o->depfile && !write_depfile(o->depfile, path, tus[i], &error))) {
			fail("%s", error);
			g_free(error);
			rc = EXIT_UNTRUSTED;
		}
		/* The facts are written all the same: link reports these
		 * problems as a normal run does, and exits 2 too. */
		struct report *scratch = report_new();
		add_tu_problems(scratch, job, tus[i]);
		for (unsigned k = 0; k < scratch->problems->len; k++) {
			const struct run_problem *pr = scratch->problems->pdata[k];
			if (pr->fatal) {
				fail("%s", pr->message);
				rc = EXIT_UNTRUSTED;
			}
		}
		report_free(scratch);
		g_free(path);
		g_free(name);
	}
	for (unsigned i = 0; i < jobs->len; i++) {
		ir_tu_free(tus[i]);
		g_free(errors[i]);
	}
	g_free(tus);
	g_free(errors);
	g_free(starts);
	return rc;
}

struct linked {
	struct tu_job *job;
	struct ir_tu *tu;
};

static gint linked_cmp(gconstpointer a, gconstpointer b)
{
	const struct linked *x = *(const struct linked *const *)a;
	const struct linked *y = *(const struct linked *const *)b;
	if (x->job->index != y->job->index)
		return x->job->index < y->job->index ? -1 : 1;
	return strcmp(x->job->file, y->job->file);
}

static gint path_cmp(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* FACTS arguments: files, or folders whose *.facts are taken in name order. */
static GPtrArray *facts_paths(const struct options *o, char **error)
{
	GPtrArray *paths = g_ptr_array_new_with_free_func(g_free);
	for (unsigned i = 0; i < o->nfiles; i++) {
		const char *arg = o->files[i];
		if (!g_file_test(arg, G_FILE_TEST_IS_DIR)) {
			g_ptr_array_add(paths, g_strdup(arg));
			continue;
		}
		GError *gerr = NULL;
		GDir *d = g_dir_open(arg, 0, &gerr);
		if (!d) {
			*error = g_strdup_printf("%s: cannot read the folder: %s", arg, gerr->message);
			g_error_free(gerr);
			g_ptr_array_free(paths, TRUE);
			return NULL;
		}
		GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
		for (const char *n; (n = g_dir_read_name(d));)
			if (g_str_has_suffix(n, ".facts"))
				g_ptr_array_add(names, g_build_filename(arg, n, NULL));
		g_dir_close(d);
		if (!names->len) {
			*error = g_strdup_printf("%s: the folder holds no .facts files", arg);
			g_ptr_array_free(names, TRUE);
			g_ptr_array_free(paths, TRUE);
			return NULL;
		}
		g_ptr_array_sort(names, path_cmp);
		for (unsigned k = 0; k < names->len; k++)
			g_ptr_array_add(paths, g_strdup(names->pdata[k]));
		g_ptr_array_free(names, TRUE);
	}
	return paths;
}

static int link_facts(const struct options *o, struct rules *rules, struct input_set *inputs, FILE *out,
		      bool *written)
{
	char *error = NULL;
	GPtrArray *paths = facts_paths(o, &error);
	if (!paths) {
		fail("%s", error);
		g_free(error);
		return EXIT_UNTRUSTED;
	}
	struct facts_env env;
	facts_env_init(&env, o, rules);
	GPtrArray *linked = g_ptr_array_new_with_free_func(g_free);
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	int rc = EXIT_CLEAN;
	for (unsigned i = 0; i < paths->len; i++) {
		struct tu_job *job = NULL;
		struct ir_tu *tu = facts_read(paths->pdata[i], &env, &job, &error);
		if (!tu) {
			fail("%s", error);
			g_free(error);
			rc = EXIT_UNTRUSTED;
			continue;
		}
		/* The same TU named twice (a folder and a file in it) is one. */
		char *hash = jobs_key(job);
		char *key = g_strdup_printf("%u:%s", job->index, hash);
		g_free(hash);
		if (!g_hash_table_add(seen, key)) {
			ir_tu_free(tu);
			facts_job_free(job);
			continue;
		}
		struct linked *l = g_new(struct linked, 1);
		l->job = job;
		l->tu = tu;
		g_ptr_array_add(linked, l);
	}
	g_hash_table_destroy(seen);
	g_ptr_array_free(paths, TRUE);
	/* The order of the database, as a normal run has it. */
	g_ptr_array_sort(linked, linked_cmp);
	GPtrArray *jobs = g_ptr_array_new_with_free_func((GDestroyNotify)facts_job_free);
	struct run r;
	if (!run_init(&r, o, rules, jobs))
		rc = EXIT_UNTRUSTED;
	r.inputs = inputs;
	r.tus = g_new0(struct ir_tu *, linked->len + 1);
	r.errors = g_new0(char *, linked->len + 1);
	for (unsigned i = 0; i < linked->len; i++) {
		struct linked *l = linked->pdata[i];
		g_ptr_array_add(jobs, l->job);
		r.tus[i] = l->tu;
	}
	/* Facts of only some of the set's TUs (a shard's run failed, a
	 * folder missed one): the result would pass for the whole program's */
	unsigned of = 0;
	for (unsigned i = 0; i < linked->len; i++)
		of = MAX(of, ((struct linked *)linked->pdata[i])->job->of);
	if (of > linked->len)
		report_add_partial(r.rep, NULL, 0,
				   "link: facts of %u of the %u translation units they were extracted from: "
				   "the %u others were not analysed (extract every shard, then link them all)",
				   linked->len, of, of - linked->len);
	g_ptr_array_free(linked, TRUE);
	if (rc == EXIT_CLEAN) {
		analyse_tus(&r);
		rc = finish(&r, out);
	}
	*written = r.written;
	run_clear(&r);
	g_ptr_array_free(jobs, TRUE);
	return rc;
}

/* A fatal signal leaves no temporary output behind (the old file stays). */
static void on_fatal_signal(int sig)
{
	outfile_remove_temporaries();
	signal(sig, SIG_DFL);
	raise(sig);
}

static int pitrace_main(int argc, char **argv);

struct main_args {
	int argc;
	char **argv;
	int rc;
};

static void *main_thread(void *data)
{
	struct main_args *a = data;
	a->rc = pitrace_main(a->argc, a->argv);
	return NULL;
}

/* The whole run happens on a thread with PITRACE_STACK_SIZE of stack (see
 * start_big_thread); the first TU is parsed on it too. */
int main(int argc, char **argv)
{
	struct main_args a = { .argc = argc, .argv = argv, .rc = EXIT_UNTRUSTED };
	pthread_t t;
	if (!start_big_thread(&t, main_thread, &a))
		return pitrace_main(argc, argv);
	pthread_join(t, NULL);
	return a.rc;
}

/* State every command relies on, set before the options are read: the
 * report's provenance wants the start time and the command line as given. */
static void start_process(int argc, char **argv)
{
	started_us = g_get_real_time();
	started_mono_us = g_get_monotonic_time();
	command_line = scope_command_line(argc, argv);
	/* libclang parses on a thread of its own with 8 MiB of stack, where
	 * a deep expression overflows before its crash recovery can help;
	 * this makes it parse on ours (PITRACE_STACK_SIZE), recovery kept. */
	g_setenv("LIBCLANG_NOTHREADS", "1", FALSE);
	start_dir = g_get_current_dir();
	signal(SIGINT, on_fatal_signal);
	signal(SIGTERM, on_fatal_signal);
	signal(SIGHUP, on_fatal_signal);
}

/* A misspelt rule id gets the list of the right ones, so that the next
 * try needs no --help. */
static int explain_rule(const char *rule)
{
	if (report_explain_rule(rule, stdout))
		return EXIT_CLEAN;
	GString *ids = g_string_new(NULL);
	for (int r = 0; r < RULE_COUNT; r++)
		g_string_append_printf(ids, "%s%s", r ? ", " : "", rule_id_name((enum rule_id)r));
	fail("--explain: '%s' is no rule id (%s)", rule, ids->str);
	g_string_free(ids, TRUE);
	return EXIT_UNTRUSTED;
}

/* --help, --version and --explain: answered by pitrace itself, before any
 * rule file is read. */
static int print_answer(const struct options *o, const char *argv0)
{
	switch (o->command) {
	case CMD_HELP:
		options_print_help(argv0);
		return EXIT_CLEAN;
	case CMD_VERSION:
		printf("pitrace %s\n%s\nLicensed under the Apache License, Version 2.0 (SPDX: Apache-2.0)\n",
		       PITRACE_VERSION, frontend_clang_version());
		return EXIT_CLEAN;
	default:	/* CMD_EXPLAIN, the last the caller sends here */
		return explain_rule(o->explain);
	}
}

/* pitrace verify: every report is checked even after a bad one; a report
 * that cannot be read (2) outweighs one whose digest differs (1). */
static int verify_reports(const struct options *o)
{
	int rc = EXIT_CLEAN;
	for (unsigned i = 0; i < o->nfiles; i++) {
		char *recorded, *computed, *error = NULL;
		int ok = report_verify_file(o->files[i], &recorded, &computed, &error);
		if (ok < 0) {
			fail("%s", error);
			rc = EXIT_UNTRUSTED;
		} else if (ok) {
			printf("%s: the report digest matches its content (sha256 %s)\n", o->files[i], computed);
		} else {
			printf("%s: the report digest does NOT match its content: the report was changed after "
			       "pitrace wrote it (recorded %s, computed %s)\n", o->files[i], recorded, computed);
			if (rc == EXIT_CLEAN)
				rc = EXIT_FINDINGS;
		}
		g_free(recorded);
		g_free(computed);
		g_free(error);
	}
	return rc;
}

static int list_rules(const struct rules *rules, FILE *out)
{
	report_print_rule_table(out);
	fputs("\nLoaded rules (id, kind, function or pattern, details, file):\n", out);
	rules_print(rules, out);
	return EXIT_CLEAN;
}

/* The output file is opened before the analysis, so that an unwritable
 * path costs none; the report replaces the old file only once it is whole. */
static int write_output(const struct options *o, struct rules *rules, GPtrArray *jobs, struct input_set *inputs)
{
	char *error = NULL;
	struct outfile *outfile = NULL;
	FILE *out = stdout;
	bool written = false;
	int rc;
	if (o->output && !(outfile = outfile_open(o->output, &error))) {
		fail("%s", error);
		g_free(error);
		return EXIT_UNTRUSTED;
	}
	if (outfile)
		out = outfile_stream(outfile);
	if (o->command == CMD_DUMP_IR) {
		rc = dump_ir(jobs, out);
		written = rc == EXIT_CLEAN;
	} else if (o->command == CMD_LINK) {
		rc = link_facts(o, rules, inputs, out, &written);
	} else {
		rc = analyse(o, rules, jobs, inputs, out, &written);
	}
	if (outfile && written) {
		if (!outfile_commit(outfile, &error)) {
			fail("%s", error);
			g_free(error);
			rc = EXIT_UNTRUSTED;
		}
		outfile = NULL;
	}
	outfile_abort(outfile);
	return rc;
}

/* The commands that read sources or facts files. Every check that can
 * refuse the run comes before the first TU is parsed. */
static int run_on_inputs(const struct options *o, struct rules *rules)
{
	char *error = NULL;
	GPtrArray *jobs = NULL;
	struct input_set *inputs = NULL;
	int rc = EXIT_UNTRUSTED;
	load_notes = g_ptr_array_new_with_free_func(g_free);
	if (o->command != CMD_LINK && !(jobs = load_jobs(o)))
		goto done;
	inputs = known_inputs(o, rules, jobs);
	if (!outputs_allowed(o, inputs))
		goto done;
	/* extract writes facts, not a report: a baseline applies when they
	 * are linked. */
	if (o->baseline && o->command != CMD_EXTRACT && !baseline_check(o->baseline, &error)) {
		fail("%s", error);
		g_free(error);
		goto done;
	}
	if (o->command == CMD_EXTRACT)
		rc = extract(o, rules, jobs, inputs);
	else
		rc = write_output(o, rules, jobs, inputs);
done:
	input_set_free(inputs);
	compdb_jobs_free(jobs);
	return rc;
}

static int pitrace_main(int argc, char **argv)
{
	struct options o;
	char *error = NULL;
	int rc;
	start_process(argc, argv);
	if (!options_parse(&o, argc, argv, &error)) {
		fail("%s (see --help)", error);
		g_free(error);
		options_free(&o);
		return EXIT_UNTRUSTED;
	}
	if (o.command == CMD_HELP || o.command == CMD_VERSION || o.command == CMD_EXPLAIN) {
		rc = print_answer(&o, argv[0]);
		options_free(&o);
		return rc;
	}
	if (o.command == CMD_VERIFY) {
		rc = verify_reports(&o);
		options_free(&o);
		g_free(command_line);
		return rc;
	}
	struct rules *rules = load_rules(&o);
	if (!rules) {
		options_free(&o);
		return EXIT_UNTRUSTED;
	}
	if (o.command == CMD_LIST_RULES)
		rc = list_rules(rules, stdout);
	else
		rc = run_on_inputs(&o, rules);
	rules_free(rules);
	options_free(&o);
	g_free(start_dir);
	g_free(command_line);
	if (load_notes)
		g_ptr_array_free(load_notes, TRUE);
	return rc;
}
