/* main.c - the driver: options, rules, inputs, parsing in parallel, the
 * engine, the no-flow checks, suppressions and baselines, the report, and
 * the exit status (CONTRACT section 1). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "baseline.h"
#include "compdb.h"
#include "engine.h"
#include "frontend.h"
#include "ir.h"
#include "options.h"
#include "report.h"
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
		if (g_file_test(rel, G_FILE_TEST_IS_DIR)) {
			g_strlcpy(found, rel, sizeof found);
			dir = found;
		}
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
	gint next;
	gint done;
	bool progress;
	gint64 start;
	GMutex lock;
};

static void progress_line(struct parse_pool *pp, const char *file)
{
	if (!pp->progress)
		return;
	gint64 now = g_get_monotonic_time();
	double elapsed = (double)(now - pp->start) / 1e6;
	if (elapsed < 1.0)
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

static gpointer parse_worker(gpointer data)
{
	struct parse_pool *pp = data;
	struct frontend *fe = frontend_new();
	for (;;) {
		guint i = (guint)g_atomic_int_add(&pp->next, 1);
		if (i >= pp->jobs->len)
			break;
		const struct tu_job *job = pp->jobs->pdata[i];
		pp->results[i] = frontend_lower(fe, job, &pp->errors[i]);
		g_atomic_int_inc(&pp->done);
		progress_line(pp, job->file);
	}
	frontend_free(fe);
	return NULL;
}

static void parse_all(GPtrArray *jobs, int nthreads, bool progress, struct ir_tu **results, char **errors)
{
	struct parse_pool pp = {
		.jobs = jobs,
		.results = results,
		.errors = errors,
		.progress = progress,
		.start = g_get_monotonic_time(),
	};
	g_mutex_init(&pp.lock);
	if (nthreads > (int)jobs->len)
		nthreads = (int)jobs->len;
	if (nthreads < 1)
		nthreads = 1;
	GThread **threads = g_new(GThread *, nthreads);
	for (int t = 1; t < nthreads; t++)
		threads[t] = g_thread_new("parse", parse_worker, &pp);
	parse_worker(&pp);
	for (int t = 1; t < nthreads; t++)
		g_thread_join(threads[t]);
	g_free(threads);
	g_mutex_clear(&pp.lock);
	if (progress && g_get_monotonic_time() - pp.start >= 1000000)
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
		ir_tu_dump(tu, out);
		ir_tu_free(tu);
	}
	frontend_free(fe);
	return rc;
}

static GPtrArray *load_jobs(const struct options *o)
{
	char *error = NULL;
	GPtrArray *jobs;
	if (o->database) {
		jobs = compdb_load(o->database, &error);
		if (jobs && o->nfiles && !compdb_select(jobs, o->files, o->nfiles, &error)) {
			compdb_jobs_free(jobs);
			jobs = NULL;
		}
	} else {
		jobs = compdb_from_files(o->files, o->nfiles, o->compiler_args, o->ncompiler_args, &error);
	}
	if (!jobs) {
		fail("%s", error);
		g_free(error);
	}
	return jobs;
}

static int analyse(const struct options *o, struct rules *rules, GPtrArray *jobs, FILE *out)
{
	int nthreads = o->jobs ? o->jobs : (int)g_get_num_processors();
	struct ir_tu **tus = g_new0(struct ir_tu *, jobs->len);
	char **errors = g_new0(char *, jobs->len);
	struct report *rep = report_new();
	bool progress = !o->quiet && isatty(STDERR_FILENO);
	gint64 t0 = g_get_monotonic_time();
	parse_all(jobs, nthreads, progress, tus, errors);
	gint64 t1 = g_get_monotonic_time();

	GPtrArray *ok = g_ptr_array_new();
	for (unsigned i = 0; i < jobs->len; i++) {
		const struct tu_job *job = jobs->pdata[i];
		if (!tus[i]) {
			report_add_problem(rep, true, NULL, 0, "%s", errors[i]);
			continue;
		}
		/* Errors and nothing at all to analyse: not C, or not this C. */
		if ((tus[i]->errors->len || tus[i]->fatal_errors->len) && !tus[i]->funcs->len && !tus[i]->globals->len &&
		    !tus[i]->fields->len && !tus[i]->decls->len)
			report_add_problem(rep, true, NULL, 0,
					   "%s: clang could not parse anything in it (%u errors)", job->file,
					   tus[i]->errors->len);
		for (unsigned k = 0; k < tus[i]->missing_headers->len; k++)
			report_add_problem(rep, false, job->file, 0,
					   "header '%s' not found; analysed as far as clang could parse it",
					   (const char *)tus[i]->missing_headers->pdata[k]);
		/* A TU clang gave up on part-way cannot be trusted (CONTRACT 1) */
		for (unsigned k = 0; k < tus[i]->fatal_errors->len; k++)
			report_add_problem(rep, true, NULL, 0, "%s",
					   (const char *)tus[i]->fatal_errors->pdata[k]);
		for (unsigned k = 0; k < tus[i]->errors->len; k++) {
			const char *msg = tus[i]->errors->pdata[k];
			/* Annotation mistakes make the result wrong, not just partial. */
			bool annotation = strstr(msg, "in annotation") != NULL;
			report_add_problem(rep, annotation, NULL, 0, "%s", msg);
		}
		g_ptr_array_add(ok, tus[i]);
	}

	struct engine_stats stats = { 0 };
	engine_run(ok, rules, rep, &stats, o->function_budget);
	check_literals(ok, rep);
	check_sanitizers(ok, rules, rep);
	gint64 t2 = g_get_monotonic_time();

	char *cwd = g_get_current_dir();
	rep->root = o->root ? g_canonicalize_filename(o->root, cwd) : g_strdup(cwd);
	g_free(cwd);
	rep->tool_version = g_strdup(PITRACE_VERSION);
	rep->libclang_version = g_strdup(frontend_clang_version());
	rep->rules_digest = g_strdup(rules_digest(rules));
	rep->database_digest = compdb_digest(jobs);
	rep->revision = git_revision(rep->root);
	rep->date = iso_date();
	rep->lang = g_strdup(o->lang);
	rep->rules = rules;

	for (unsigned i = 0; i < jobs->len; i++)
		suppress_scan_file(rep, ((const struct tu_job *)jobs->pdata[i])->file);
	suppress_apply(rep);
	report_normalise(rep);
	int rc = EXIT_CLEAN;
	char *error = NULL;
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
	const struct reporter *r = reporter_find(o->format);
	if (rc == EXIT_CLEAN && !r->write(rep, out)) {
		fail("%s: cannot write the report", o->output ? o->output : "standard output");
		rc = EXIT_UNTRUSTED;
	}
	if (o->stats) {
		engine_stats_print(&stats, stderr);
		fprintf(stderr, "pitrace: stats: time: parse %.3fs (%d threads), engine and checks %.3fs\n",
			(double)(t1 - t0) / 1e6, nthreads, (double)(t2 - t1) / 1e6);
	}
	/* A run that cannot be trusted says why on standard error, whatever
	 * the format, so scripts that keep only stderr see it too. */
	for (unsigned i = 0; i < rep->problems->len; i++) {
		const struct run_problem *pr = rep->problems->pdata[i];
		if (!pr->fatal)
			continue;
		if (rc == EXIT_CLEAN)
			rc = EXIT_UNTRUSTED;
		fail("%s", pr->message);
	}
	if (rc == EXIT_CLEAN && o->fail_on >= 0 && report_count_open(rep, (enum level)o->fail_on))
		rc = EXIT_FINDINGS;

	engine_stats_clear(&stats);
	report_free(rep);
	for (unsigned i = 0; i < jobs->len; i++) {
		ir_tu_free(tus[i]);
		g_free(errors[i]);
	}
	g_ptr_array_free(ok, TRUE);
	g_free(tus);
	g_free(errors);
	return rc;
}

int main(int argc, char **argv)
{
	struct options o;
	char *error = NULL;
	if (!options_parse(&o, argc, argv, &error)) {
		fail("%s (see --help)", error);
		g_free(error);
		options_free(&o);
		return EXIT_UNTRUSTED;
	}
	if (o.command == CMD_HELP) {
		options_print_help(argv[0]);
		options_free(&o);
		return EXIT_CLEAN;
	}
	if (o.command == CMD_VERSION) {
		printf("pitrace %s\n%s\n", PITRACE_VERSION, frontend_clang_version());
		options_free(&o);
		return EXIT_CLEAN;
	}
	struct rules *rules = load_rules(&o);
	if (!rules) {
		options_free(&o);
		return EXIT_UNTRUSTED;
	}
	int rc;
	FILE *out = stdout;
	if (o.command == CMD_LIST_RULES) {
		rules_print(rules, out);
		rc = EXIT_CLEAN;
		goto done;
	}
	GPtrArray *jobs = load_jobs(&o);
	if (!jobs) {
		rc = EXIT_UNTRUSTED;
		goto done;
	}
	if (o.output && !(out = fopen(o.output, "w"))) {
		fail("%s: cannot write: %s", o.output, g_strerror(errno));
		compdb_jobs_free(jobs);
		rc = EXIT_UNTRUSTED;
		out = stdout;
		goto done;
	}
	if (o.command == CMD_DUMP_IR)
		rc = dump_ir(jobs, out);
	else
		rc = analyse(&o, rules, jobs, out);
	compdb_jobs_free(jobs);
	if (out != stdout && fclose(out) != 0) {
		fail("%s: cannot write: %s", o.output, g_strerror(errno));
		rc = EXIT_UNTRUSTED;
	}
done:
	rules_free(rules);
	options_free(&o);
	return rc;
}
