/* SPDX-License-Identifier: Apache-2.0 */
/* main.c - the driver: the process (its big-stack thread, signals), the
 * options, and which command answers them with which exit status
 * (CONTRACT section 1). The commands that read sources or facts files are
 * the pipeline's (pipeline.h). */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "baseline.h"
#include "compdb.h"
#include "frontend.h"
#include "options.h"
#include "outfile.h"
#include "parse_pool.h"
#include "pipeline.h"
#include "report.h"
#include "rules.h"

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

/* The whole run happens on a thread with PARSE_POOL_STACK_SIZE of stack
 * (see parse_pool.h); the first TU is parsed on it too. */
int main(int argc, char **argv)
{
	struct main_args a = { .argc = argc, .argv = argv, .rc = EXIT_UNTRUSTED };
	pthread_t t;
	if (!parse_pool_start_thread(&t, main_thread, &a))
		return pitrace_main(argc, argv);
	pthread_join(t, NULL);
	return a.rc;
}

/* State every command relies on, set before the options are read: the
 * report's provenance wants the start time and the command line as given. */
static void start_process(struct pipeline_context *cx, int argc, char **argv)
{
	pipeline_context_init(cx, argc, argv);
	/* libclang parses on a thread of its own with 8 MiB of stack, where
	 * a deep expression overflows before its crash recovery can help;
	 * this makes it parse on ours (PARSE_POOL_STACK_SIZE), recovery kept. */
	g_setenv("LIBCLANG_NOTHREADS", "1", FALSE);
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
	pipeline_fail("--explain: '%s' is no rule id (%s)", rule, ids->str);
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
			pipeline_fail("%s", error);
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
static int write_output(struct pipeline_context *cx, const struct options *o, struct rules *rules,
			GPtrArray *jobs, struct input_set *inputs)
{
	char *error = NULL;
	struct outfile *outfile = NULL;
	FILE *out = stdout;
	bool written = false;
	int rc;
	/* `-o -` is standard output, as for most tools (a file named "-" is
	 * still ./-) */
	bool to_file = o->output && strcmp(o->output, "-");
	if (to_file && !(outfile = outfile_open(o->output, &error))) {
		pipeline_fail("%s", error);
		g_free(error);
		return EXIT_UNTRUSTED;
	}
	if (outfile)
		out = outfile_stream(outfile);
	if (o->command == CMD_DUMP_IR) {
		rc = pipeline_dump_ir(cx, jobs, out);
		written = rc == EXIT_CLEAN;
	} else if (o->command == CMD_LINK) {
		rc = pipeline_link(cx, o, rules, inputs, out, &written);
	} else {
		rc = pipeline_analyse(cx, o, rules, jobs, inputs, out, &written);
	}
	if (outfile && written) {
		if (!outfile_commit(outfile, &error)) {
			pipeline_fail("%s", error);
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
static int run_on_inputs(struct pipeline_context *cx, const struct options *o, struct rules *rules)
{
	char *error = NULL;
	GPtrArray *jobs = NULL;
	struct input_set *inputs = NULL;
	int rc = EXIT_UNTRUSTED;
	if (o->command != CMD_LINK && !(jobs = pipeline_load_jobs(cx, o)))
		goto done;
	inputs = pipeline_known_inputs(o, rules, jobs);
	if (!pipeline_outputs_allowed(o, inputs))
		goto done;
	/* extract writes facts, not a report: a baseline applies when they
	 * are linked. */
	if (o->baseline && o->command != CMD_EXTRACT && !baseline_check(o->baseline, &error)) {
		pipeline_fail("%s", error);
		g_free(error);
		goto done;
	}
	if (o->command == CMD_EXTRACT)
		rc = pipeline_extract(cx, o, rules, jobs, inputs);
	else
		rc = write_output(cx, o, rules, jobs, inputs);
done:
	input_set_free(inputs);
	compdb_jobs_free(jobs);
	return rc;
}

/* Every command but those pitrace answers itself needs the rules. */
static int dispatch(struct pipeline_context *cx, const struct options *o, const char *argv0)
{
	if (o->command == CMD_HELP || o->command == CMD_VERSION || o->command == CMD_EXPLAIN)
		return print_answer(o, argv0);
	if (o->command == CMD_VERIFY)
		return verify_reports(o);
	struct rules *rules = pipeline_load_rules(o);
	if (!rules)
		return EXIT_UNTRUSTED;
	int rc = o->command == CMD_LIST_RULES ? list_rules(rules, stdout) : run_on_inputs(cx, o, rules);
	rules_free(rules);
	return rc;
}

static int pitrace_main(int argc, char **argv)
{
	struct pipeline_context cx;
	struct options o;
	char *error = NULL;
	int rc;
	start_process(&cx, argc, argv);
	if (options_parse(&o, argc, argv, &error)) {
		rc = dispatch(&cx, &o, argv[0]);
	} else {
		pipeline_fail("%s (see --help)", error);
		g_free(error);
		rc = EXIT_UNTRUSTED;
	}
	options_free(&o);
	pipeline_context_clear(&cx);
	return rc;
}
