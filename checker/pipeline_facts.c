/* SPDX-License-Identifier: Apache-2.0 */
/* pipeline_facts.c - the extract/link split (pipeline.h,
 * docs/incremental.md): extract parses TUs and writes each one's facts
 * file; link reads facts files and runs the analysis on them as a normal
 * run does on parsed TUs. */
#include <errno.h>
#include <string.h>

#include <glib.h>

#include "compdb.h"
#include "facts.h"
#include "frontend.h"
#include "ir.h"
#include "jobs.h"
#include "options.h"
#include "outfile.h"
#include "parse_pool.h"
#include "pipeline.h"
#include "report.h"
#include "rules.h"

static void facts_env_init(struct facts_env *env, const struct options *o, const struct rules *rules)
{
	env->tool_version = PITRACE_VERSION;
	env->clang_version = frontend_clang_version();
	env->rules_digest = rules_digest(rules);
	env->heuristics = o->heuristics;
}

/* ---- extract ---- */

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

/* -o names a folder for several TUs, or one facts file; either way its
 * folder is made, since build rules name outputs in folders nobody
 * created. False after saying why. */
static bool prepare_output(const struct options *o, unsigned njobs, bool *folder)
{
	*folder = g_file_test(o->output, G_FILE_TEST_IS_DIR) || g_str_has_suffix(o->output, "/");
	if (!*folder && njobs != 1) {
		pipeline_fail("%s: %u translation units selected; -o must name a folder (end it with '/') to "
			      "hold their facts files", o->output, njobs);
		return false;
	}
	if (o->depfile && *folder) {
		pipeline_fail("%s: --depfile needs one TU extracted to one facts file, not a folder", o->depfile);
		return false;
	}
	char *parent = *folder ? g_strdup(o->output) : g_path_get_dirname(o->output);
	bool ok = g_mkdir_with_parents(parent, 0777) == 0;
	if (!ok)
		pipeline_fail("%s: cannot create the folder: %s", parent, g_strerror(errno));
	g_free(parent);
	return ok;
}

/* The facts are written even for a TU clang reported errors in: link
 * reports these problems as a normal run does, and exits 2 too. Here the
 * fatal ones are said and make extract exit 2. */
static bool say_fatal_tu_problems(const struct tu_job *job, const struct ir_tu *tu)
{
	bool ok = true;
	struct report *scratch = report_new();
	pipeline_add_tu_problems(scratch, job, tu);
	for (unsigned k = 0; k < scratch->problems->len; k++) {
		const struct run_problem *pr = scratch->problems->pdata[k];
		if (pr->fatal) {
			pipeline_fail("%s", pr->message);
			ok = false;
		}
	}
	report_free(scratch);
	return ok;
}

/* One TU's facts file (and depfile), unless it would replace an input. */
static bool write_facts(const struct options *o, const struct facts_env *env, bool folder,
			const struct tu_job *job, const struct ir_tu *tu, struct input_set *inputs)
{
	char *name = folder ? facts_file_name(job) : NULL;
	char *path = folder ? g_build_filename(o->output, name, NULL) : g_strdup(o->output);
	char *error = NULL;
	bool ok = true;
	for (unsigned k = 0; k < tu->inputs->len; k++)
		input_set_add(inputs, tu->inputs->pdata[k]);
	if (!pipeline_output_allowed("facts", path, inputs) ||
	    !pipeline_output_allowed("the depfile", o->depfile, inputs)) {
		ok = false;
	} else if (!facts_write(path, env, job, tu, &error) ||
		   (o->depfile && !write_depfile(o->depfile, path, tu, &error))) {
		pipeline_fail("%s", error);
		g_free(error);
		ok = false;
	}
	g_free(path);
	g_free(name);
	return ok;
}

int pipeline_extract(const struct pipeline_context *cx, const struct options *o, const struct rules *rules,
		     GPtrArray *jobs, struct input_set *inputs)
{
	bool folder;
	if (!prepare_output(o, jobs->len, &folder))
		return EXIT_UNTRUSTED;
	struct facts_env env;
	facts_env_init(&env, o, rules);
	struct parse_result *parsed = g_new0(struct parse_result, jobs->len + 1);
	parse_pool_run(jobs, pipeline_thread_count(o), pipeline_shows_progress(o), cx->start_dir, parsed);
	int rc = EXIT_CLEAN;
	for (unsigned i = 0; i < jobs->len; i++) {
		const struct tu_job *job = jobs->pdata[i];
		if (!parsed[i].tu) {
			pipeline_fail("%s", parsed[i].error);
			rc = EXIT_UNTRUSTED;
			continue;
		}
		if (!write_facts(o, &env, folder, job, parsed[i].tu, inputs))
			rc = EXIT_UNTRUSTED;
		if (!say_fatal_tu_problems(job, parsed[i].tu))
			rc = EXIT_UNTRUSTED;
	}
	for (unsigned i = 0; i < jobs->len; i++) {
		ir_tu_free(parsed[i].tu);
		g_free(parsed[i].error);
	}
	g_free(parsed);
	return rc;
}

/* ---- link ---- */

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

/* A folder's *.facts, in name order, added to paths. */
static bool add_folder(GPtrArray *paths, const char *arg, char **error)
{
	GError *gerr = NULL;
	GDir *d = g_dir_open(arg, 0, &gerr);
	if (!d) {
		*error = g_strdup_printf("%s: cannot read the folder: %s", arg, gerr->message);
		g_error_free(gerr);
		return false;
	}
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	for (const char *n; (n = g_dir_read_name(d));)
		if (g_str_has_suffix(n, ".facts"))
			g_ptr_array_add(names, g_build_filename(arg, n, NULL));
	g_dir_close(d);
	if (!names->len) {
		*error = g_strdup_printf("%s: the folder holds no .facts files", arg);
		g_ptr_array_free(names, TRUE);
		return false;
	}
	g_ptr_array_sort(names, path_cmp);
	for (unsigned k = 0; k < names->len; k++)
		g_ptr_array_add(paths, g_strdup(names->pdata[k]));
	g_ptr_array_free(names, TRUE);
	return true;
}

/* FACTS arguments: files, or folders whose *.facts are taken in name order. */
static GPtrArray *facts_paths(const struct options *o, char **error)
{
	GPtrArray *paths = g_ptr_array_new_with_free_func(g_free);
	for (unsigned i = 0; i < o->nfiles; i++) {
		const char *arg = o->files[i];
		if (!g_file_test(arg, G_FILE_TEST_IS_DIR)) {
			g_ptr_array_add(paths, g_strdup(arg));
		} else if (!add_folder(paths, arg, error)) {
			g_ptr_array_free(paths, TRUE);
			return NULL;
		}
	}
	return paths;
}

/* Every facts file read, each TU once, in the database's order, as a
 * normal run has it. A file that cannot be read is said and makes *rc 2. */
static GPtrArray *read_facts(const GPtrArray *paths, const struct facts_env *env, int *rc)
{
	GPtrArray *linked = g_ptr_array_new_with_free_func(g_free);
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (unsigned i = 0; i < paths->len; i++) {
		struct tu_job *job = NULL;
		char *error = NULL;
		struct ir_tu *tu = facts_read(paths->pdata[i], env, &job, &error);
		if (!tu) {
			pipeline_fail("%s", error);
			g_free(error);
			*rc = EXIT_UNTRUSTED;
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
	g_ptr_array_sort(linked, linked_cmp);
	return linked;
}

/* Facts of only some of the set's TUs (a shard's run failed, a folder
 * missed one): the result would pass for the whole program's. */
static void check_complete(struct run *r, const GPtrArray *jobs)
{
	unsigned of = 0;
	for (unsigned i = 0; i < jobs->len; i++)
		of = MAX(of, ((const struct tu_job *)jobs->pdata[i])->of);
	if (of > jobs->len)
		report_add_partial(run_report(r), NULL, 0,
				   "link: facts of %u of the %u translation units they were extracted from: "
				   "the %u others were not analysed (extract every shard, then link them all)",
				   jobs->len, of, of - jobs->len);
}

int pipeline_link(const struct pipeline_context *cx, const struct options *o, struct rules *rules,
		  struct input_set *inputs, FILE *out, bool *written)
{
	char *error = NULL;
	*written = false;
	GPtrArray *paths = facts_paths(o, &error);
	if (!paths) {
		pipeline_fail("%s", error);
		g_free(error);
		return EXIT_UNTRUSTED;
	}
	struct facts_env env;
	facts_env_init(&env, o, rules);
	int rc = EXIT_CLEAN;
	GPtrArray *linked = read_facts(paths, &env, &rc);
	g_ptr_array_free(paths, TRUE);
	GPtrArray *jobs = g_ptr_array_new_with_free_func((GDestroyNotify)facts_job_free);
	struct ir_tu **tus = g_new0(struct ir_tu *, linked->len + 1);
	for (unsigned i = 0; i < linked->len; i++) {
		struct linked *l = linked->pdata[i];
		g_ptr_array_add(jobs, l->job);
		tus[i] = l->tu;
	}
	g_ptr_array_free(linked, TRUE);
	struct run *r = run_new(cx, o, rules, jobs, inputs);
	if (!r)
		rc = EXIT_UNTRUSTED;
	if (r && rc == EXIT_CLEAN) {
		run_use_tus(r, tus);
		check_complete(r, jobs);
		run_analyse(r);
		rc = run_finish(r, out);
		*written = run_written(r);
	}
	run_free(r);
	for (unsigned i = 0; i < jobs->len; i++)
		ir_tu_free(tus[i]);
	g_free(tus);
	g_ptr_array_free(jobs, TRUE);
	return rc;
}
