/* SPDX-License-Identifier: Apache-2.0 */
/* pipeline.h - one run of pitrace, from the command line's options to the
 * exit status: the commands main.c dispatches to, and the steps they are
 * made of, which the fuzz targets and tests drive as the CLI does.
 *
 * A run obtains each TU's IR (parsed in parallel, loaded from the cache, or
 * read from facts files), analyses it (the engine, the no-flow checks and
 * what clang said about each TU), and finishes (suppressions, the baseline,
 * the diff-aware filter, the report and the exit status, CONTRACT
 * section 1). See docs/engine.md, "Pipeline".
 *
 * Files: pipeline.c (the context, analyse and --dump-ir),
 * pipeline_inputs.c (rules, jobs, outputs that would replace inputs),
 * pipeline_facts.c (extract and link), run.c (a run and its analysis),
 * run_obtain.c (the cache and parsing), run_finish.c (the report). */
#ifndef PITRACE_PIPELINE_H
#define PITRACE_PIPELINE_H

#include <stdbool.h>
#include <stdio.h>

#include <glib.h>

struct engine_stats;
struct input_set;
struct ir_tu;
struct options;
struct report;
struct rules;
struct tu_job;

/* The exit statuses (README.md, "Exit status"). */
enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_UNTRUSTED = 2 };

/* What every command of one process shares: how it was started (the
 * report's scope says so) and what loading the database had to say. */
struct pipeline_context {
	char *command_line;	/* as a shell would take it back */
	gint64 started_us;	/* g_get_real_time() at start */
	gint64 started_mono_us;	/* g_get_monotonic_time() at start */
	char *start_dir;	/* where pitrace was started; parsing returns there */
	GPtrArray *notes;	/* char *: skipped database entries, for the run's notes */
};

/* Records the start: now, argv as the command line, the current directory.
 * Free what it holds with pipeline_context_clear(). */
void pipeline_context_init(struct pipeline_context *cx, int argc, char **argv);
void pipeline_context_clear(struct pipeline_context *cx);

/* "pitrace: error: MESSAGE" on standard error: a run that cannot be
 * trusted says why there, whatever the report's format. */
void pipeline_fail(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

/* ---- inputs (pipeline_inputs.c) ---- */

/* The built-in rules, then every --rules file, finished for o's
 * heuristics. NULL after saying why (pipeline_fail()); free with
 * rules_free(). */
struct rules *pipeline_load_rules(const struct options *o);

/* The jobs of -p (narrowed to the named FILEs for --dump-ir and extract,
 * checked against them for an analysis) or of the FILEs and compiler
 * arguments, --shard applied. NULL after saying why; free with
 * compdb_jobs_free(). Database notes go to cx->notes. */
GPtrArray *pipeline_load_jobs(struct pipeline_context *cx, const struct options *o);

/* The files every run reads before it parses (sources, the database, rule
 * files, the baseline; extract's and link's FILEs): no output may replace
 * one. jobs may be NULL (link). Free with input_set_free(). */
struct input_set *pipeline_known_inputs(const struct options *o, const struct rules *rules,
					const GPtrArray *jobs);

/* False, after saying so, when path (what: "the report", "facts"...) is one
 * of inputs; a NULL path is allowed. */
bool pipeline_output_allowed(const char *what, const char *path, const struct input_set *inputs);

/* Every output o names (report, facts, baseline, depfile) checked so. */
bool pipeline_outputs_allowed(const struct options *o, const struct input_set *inputs);

/* -j, or the number of cores. */
int pipeline_thread_count(const struct options *o);

/* Whether progress lines go to standard error: it is a terminal, and no
 * --quiet. */
bool pipeline_shows_progress(const struct options *o);

/* Seconds since t (g_get_monotonic_time()). */
double pipeline_seconds_since(gint64 t);

/* ---- the commands: each returns the exit status ---- */

/* pitrace [-p] / init: obtain, analyse, finish; the report (or init's
 * rules file) goes to out. *written says whether it was written whole, so
 * that the caller commits the output file. jobs and inputs are borrowed. */
int pipeline_analyse(const struct pipeline_context *cx, const struct options *o, struct rules *rules,
		     GPtrArray *jobs, struct input_set *inputs, FILE *out, bool *written);

/* --dump-ir: each TU's IR to out, one after the other. */
int pipeline_dump_ir(const struct pipeline_context *cx, GPtrArray *jobs, FILE *out);

/* extract: parse the jobs and write each one's facts file (pipeline_facts.c). */
int pipeline_extract(const struct pipeline_context *cx, const struct options *o, const struct rules *rules,
		     GPtrArray *jobs, struct input_set *inputs);

/* link: read o's FACTS files and folders, then analyse and finish as
 * pipeline_analyse() does. */
int pipeline_link(const struct pipeline_context *cx, const struct options *o, struct rules *rules,
		  struct input_set *inputs, FILE *out, bool *written);

/* ---- the steps of a run (run*.c) ---- */

struct run;

/* A run of o over jobs (borrowed, as are cx, rules and inputs; inputs
 * grows by the headers the TUs read). The project root (--root, or the
 * current directory) is made canonical here, once. Reads --changed-since
 * before anything is parsed, so that a bad revision costs nothing: NULL
 * after saying why when it cannot. Free with run_free(). */
struct run *run_new(const struct pipeline_context *cx, const struct options *o, struct rules *rules,
		    GPtrArray *jobs, struct input_set *inputs);
void run_free(struct run *r);

/* Fills the run's IR, one per job: the changed TUs parsed (and stored in
 * the cache), the unchanged ones loaded from it. When every TU's IR is one
 * the run memo has a result for, nothing is loaded and run_analyse() takes
 * the memo's result. */
void run_obtain(struct run *r);

/* Instead of run_obtain(): IR obtained elsewhere (facts files, a fuzz
 * target's frontend), one per job, none NULL. Borrowed: the caller frees
 * the TUs after run_free(). */
void run_use_tus(struct run *r, struct ir_tu *const *tus);

/* What clang said about each TU, the engine and the no-flow checks (or the
 * memo's result); stored in the memo when every TU's IR is cached. */
void run_analyse(struct run *r);

/* Suppressions, the baseline, the diff-aware filter and the named FILEs,
 * the report in o's format to out (init: the rules file), the summary and
 * every fatal problem on standard error; returns the exit status. */
int run_finish(struct run *r, FILE *out);

/* The report (owned by the run: valid until run_free()), whether
 * run_finish() wrote it whole, and the engine's figures. */
struct report *run_report(struct run *r);
bool run_written(const struct run *r);
const struct engine_stats *run_stats(const struct run *r);

/* Adds to rep the run problems of what clang said about job's TU: nothing
 * parsed (fatal), missing headers and errors (partial, one per file), a
 * misspelt annotation (fatal). */
void pipeline_add_tu_problems(struct report *rep, const struct tu_job *job, const struct ir_tu *tu);

#endif
