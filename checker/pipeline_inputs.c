/* SPDX-License-Identifier: Apache-2.0 */
/* pipeline_inputs.c - what a run reads before it parses (pipeline.h): the
 * rules, the jobs, and the set of files no output may replace. */
#include <stdlib.h>

#include "compdb.h"
#include "jobs.h"
#include "options.h"
#include "outfile.h"
#include "pipeline.h"
#include "rules.h"

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

struct rules *pipeline_load_rules(const struct options *o)
{
	struct rules *r = rules_new();
	char *error = NULL;
	const char *dir = builtin_rules_dir();
	if (!g_file_test(dir, G_FILE_TEST_IS_DIR)) {
		pipeline_fail("%s: built-in rules not found (set PITRACE_RULES_DIR)", dir);
		rules_free(r);
		return NULL;
	}
	if (!rules_load_builtin(r, dir, &error)) {
		pipeline_fail("%s", error);
		g_free(error);
		rules_free(r);
		return NULL;
	}
	for (unsigned i = 0; i < o->nrules; i++) {
		if (!rules_load_path(r, o->rules[i], &error)) {
			pipeline_fail("%s", error);
			g_free(error);
			rules_free(r);
			return NULL;
		}
	}
	rules_finish(r, o->heuristics);
	return r;
}

/* With -p, FILE arguments select the TUs to dump or extract; for an
 * analysis they only narrow what is reported (the whole database is the
 * context). */
static GPtrArray *database_jobs(const struct options *o, GPtrArray *notes, char **error)
{
	GPtrArray *jobs = compdb_load(o->database, notes, error);
	/* A source written since the database was made (the new file of a
	 * commit) borrows a neighbour's flags. */
	bool ok = !jobs || !o->nfiles || compdb_infer_missing(jobs, o->files, o->nfiles, notes, error);
	if (ok && jobs && o->nfiles && o->command == CMD_ANALYSE)
		ok = jobs_check_named(jobs, o->files, o->nfiles, error);
	else if (ok && jobs && o->nfiles)
		ok = compdb_select(jobs, o->files, o->nfiles, error);
	if (!ok) {
		compdb_jobs_free(jobs);
		jobs = NULL;
	}
	return jobs;
}

GPtrArray *pipeline_load_jobs(struct pipeline_context *cx, const struct options *o)
{
	char *error = NULL;
	GPtrArray *jobs;
	if (o->database)
		jobs = database_jobs(o, cx->notes, &error);
	else
		jobs = compdb_from_files(o->files, o->nfiles, o->compiler_args, o->ncompiler_args, &error);
	if (!jobs) {
		pipeline_fail("%s", error);
		g_free(error);
		return NULL;
	}
	for (unsigned i = 0; i < jobs->len; i++)
		((struct tu_job *)jobs->pdata[i])->of = jobs->len;
	if (o->shard_n)
		jobs_select_shard(jobs, o->shard_k, o->shard_n);
	return jobs;
}

struct input_set *pipeline_known_inputs(const struct options *o, const struct rules *rules,
					const GPtrArray *jobs)
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

bool pipeline_output_allowed(const char *what, const char *path, const struct input_set *in)
{
	if (!path || !input_set_has(in, path))
		return true;
	pipeline_fail("%s: refusing to write %s over a file this run reads", path, what);
	return false;
}

bool pipeline_outputs_allowed(const struct options *o, const struct input_set *in)
{
	bool ok = pipeline_output_allowed("the report", o->command == CMD_EXTRACT ? NULL : o->output, in);
	ok = pipeline_output_allowed("facts", o->command == CMD_EXTRACT ? o->output : NULL, in) && ok;
	ok = pipeline_output_allowed("the baseline", o->write_baseline, in) && ok;
	return pipeline_output_allowed("the depfile", o->depfile, in) && ok;
}
