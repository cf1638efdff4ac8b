/* SPDX-License-Identifier: Apache-2.0 */
/* options.c - command-line parsing with getopt_long. Everything after the
 * first "--" is compiler arguments and never seen by getopt. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "options.h"
#include "report.h"

enum {
	OPT_RULES = 256,
	OPT_NO_HEURISTICS,
	OPT_FORMAT,
	OPT_FAIL_ON,
	OPT_BASELINE,
	OPT_WRITE_BASELINE,
	OPT_VERSION,
	OPT_HELP,
	OPT_DUMP_IR,
	OPT_LIST_RULES,
	OPT_LANG,
	OPT_ROOT,
	OPT_STATS,
	OPT_QUIET,
	OPT_BUDGET,
	OPT_CACHE,
	OPT_NO_CACHE,
	OPT_CHANGED_SINCE,
	OPT_SHARD,
	OPT_DEPFILE,
	OPT_KEEP_GOING,
	OPT_EXPLAIN,
	OPT_COLOR,
};

static const struct option long_options[] = {
	{ "rules", required_argument, NULL, OPT_RULES },
	{ "no-heuristics", no_argument, NULL, OPT_NO_HEURISTICS },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "output", required_argument, NULL, 'o' },
	{ "jobs", required_argument, NULL, 'j' },
	{ "fail-on", required_argument, NULL, OPT_FAIL_ON },
	{ "baseline", required_argument, NULL, OPT_BASELINE },
	{ "write-baseline", required_argument, NULL, OPT_WRITE_BASELINE },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ "help", no_argument, NULL, OPT_HELP },
	{ "dump-ir", no_argument, NULL, OPT_DUMP_IR },
	{ "list-rules", no_argument, NULL, OPT_LIST_RULES },
	{ "explain", required_argument, NULL, OPT_EXPLAIN },
	{ "color", required_argument, NULL, OPT_COLOR },
	{ "colour", required_argument, NULL, OPT_COLOR },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "root", required_argument, NULL, OPT_ROOT },
	{ "stats", no_argument, NULL, OPT_STATS },
	{ "quiet", no_argument, NULL, OPT_QUIET },
	{ "function-budget", required_argument, NULL, OPT_BUDGET },
	{ "cache", required_argument, NULL, OPT_CACHE },
	{ "no-cache", no_argument, NULL, OPT_NO_CACHE },
	{ "changed-since", required_argument, NULL, OPT_CHANGED_SINCE },
	{ "shard", required_argument, NULL, OPT_SHARD },
	{ "depfile", required_argument, NULL, OPT_DEPFILE },
	{ "keep-going", no_argument, NULL, OPT_KEEP_GOING },
	{ NULL, 0, NULL, 0 },
};

void options_print_help(const char *argv0)
{
	printf("usage: %s [OPTIONS] [FILE...] [-- COMPILER-ARGS...]\n"
	       "       %s extract [OPTIONS] [FILE...] -o OUT [-- COMPILER-ARGS...]\n"
	       "       %s link [OPTIONS] FACTS...\n"
	       "       %s init [-p PATH | FILE... -- ARGS] [-o RULES-FILE]\n"
	       "       %s verify REPORT.json...\n"
	       "\n"
	       "Follows personal information (PI) through C code and reports where it is\n"
	       "stored unencrypted, logged, or sent over the network.\n"
	       "\n"
	       "Input:\n"
	       "  FILE...                C sources to analyse; with -p and no FILE, every entry\n"
	       "                         of the compilation database\n"
	       "  -p PATH                compile_commands.json, or the folder holding one\n"
	       "  -- ARGS                compiler arguments for FILEs when there is no database\n"
	       "                         (-I, -D, -std...)\n"
	       "  -p PATH FILE...        with a database and FILEs: analyse every entry, report\n"
	       "                         only findings whose location or trace is in a FILE\n"
	       "                         (what pre-commit passes; .h files allowed)\n"
	       "  --changed-since REV    analyse everything, report only findings whose location\n"
	       "                         or trace touches a line changed since git revision REV\n"
	       "                         (committed, staged or not, and untracked files)\n"
	       "  --shard K/N            only the K-th of N slices of the translation units\n"
	       "                         (sorted by path, every N-th from the K-th); 1 <= K <= N\n"
	       "\n"
	       "Cache:\n"
	       "  --cache DIR            keep each translation unit's IR and the last results in\n"
	       "                         DIR; unchanged TUs are not parsed again (default with\n"
	       "                         -p: .pitrace-cache beside compile_commands.json; without -p,\n"
	       "                         no cache unless this is given)\n"
	       "  --no-cache             neither read nor write a cache\n"
	       "\n"
	       "Extract and link (docs/incremental.md):\n"
	       "  extract ... -o OUT     parse the TUs (FILEs, -p, --shard) and write each one's\n"
	       "                         facts: to OUT when it is one TU and OUT is no folder,\n"
	       "                         else to OUT/NAME.HASH.facts\n"
	       "  --depfile FILE         with extract of one TU: write the files it read to\n"
	       "                         FILE as a make rule (for Ninja's and CMake's DEPFILE)\n"
	       "  link FACTS...          analyse facts files (or folders of them) together and\n"
	       "                         report as a normal run would; give the same --rules\n"
	       "                         and --no-heuristics as to extract\n"
	       "\n"
	       "Starting out:\n"
	       "  init ...               analyse, and write the fields and globals the identifier\n"
	       "                         heuristics tag as a rules file to review (-o, default\n"
	       "                         pitrace-rules.json; never replaced), then print the\n"
	       "                         pre-commit and CI snippets that use it\n"
	       "  verify REPORT.json...  recompute each JSON report's digest: exit 0 when every\n"
	       "                         one matches, 1 when one was changed after pitrace\n"
	       "                         wrote it, 2 when one is no report with a digest\n"
	       "\n"
	       "Rules:\n"
	       "  --rules PATH           an extra rule file, or a folder of them; may repeat;\n"
	       "                         the built-in rules load first\n"
	       "  --no-heuristics        tag PI only by annotations and rule files, not by\n"
	       "                         identifier names\n"
	       "  --list-rules           print the report rules and their levels, then every\n"
	       "                         loaded rule with the file it came from\n"
	       "  --explain RULE         print a report rule's help: what it finds, its level,\n"
	       "                         legal basis, how to fix it, an example\n"
	       "\n"
	       "Output:\n"
	       "  --format FORMAT        text (default), json, sarif, html, junit (JUnit XML) or\n"
	       "                         gitlab (GitLab's SAST report)\n"
	       "  -o, --output FILE      write the report to FILE instead of standard output (-)\n"
	       "  --lang en|zh           language of the html report (default en)\n"
	       "  --root DIR             project root: report paths relative to it\n"
	       "                         (default: the current directory)\n"
	       "  --fail-on LEVEL        exit 1 when a finding at or above LEVEL remains:\n"
	       "                         error, warning (default), note or never\n"
	       "  --baseline FILE        ignore the findings recorded in FILE\n"
	       "  --write-baseline FILE  record the current findings in FILE\n"
	       "  --stats                print analysis statistics to standard error\n"
	       "  --quiet                no progress or summary on standard error\n"
	       "  --color WHEN           colour the text report: auto (default: on a terminal\n"
	       "                         whose TERM is set and not dumb, NO_COLOR unset),\n"
	       "                         always or never\n"
	       "\n"
	       "Run:\n"
	       "  -j, --jobs N           analyse up to N translation units at once\n"
	       "                         (default: the number of cores)\n"
	       "  --function-budget S    bound on the work of analysing one function, in seconds\n"
	       "                         of a typical machine's work, counted, not timed\n"
	       "                         (default 10; 0: no limit, and no limit on how often\n"
	       "                         one function's blocks are visited either); a function\n"
	       "                         over it is a partial result\n"
	       "  --keep-going           a TU clang reported errors in, or an analysis cut short\n"
	       "                         at a bound, does not stop the run: the report is\n"
	       "                         marked incomplete in every format instead (without\n"
	       "                         it, either is exit 2)\n"
	       "  --dump-ir              print the analysis IR of each FILE and stop\n"
	       "  --version              print the version and the libclang version\n"
	       "  --help                 print this help\n"
	       "\n"
	       "Exit status: 0 nothing at or above --fail-on; 1 findings at or above it;\n"
	       "2 the run could not be trusted (bad option, unreadable or malformed rule file\n"
	       "or database, a misspelt annotation, a source clang reported errors in or\n"
	       "could not parse, an analysis cut short at a bound, an unreadable or foreign\n"
	       "facts file); with --keep-going the last three mark the report incomplete.\n",
	       argv0, argv0, argv0, argv0, argv0);
}

static bool parse_int(const char *s, int lo, int hi, int *out)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (!*s || *end || v < lo || v > hi)
		return false;
	*out = (int)v;
	return true;
}

static void push(char ***list, unsigned *n, const char *s)
{
	*list = g_renew(char *, *list, *n + 2);
	(*list)[(*n)++] = g_strdup(s);
	(*list)[*n] = NULL;
}

/* A later -p, -o, --root... replaces an earlier one, as with most tools. */
static void set_text(char **field, const char *value)
{
	g_free(*field);
	*field = g_strdup(value);
}

static void set_defaults(struct options *opts)
{
	memset(opts, 0, sizeof *opts);
	opts->heuristics = true;
	opts->fail_on = LEVEL_WARNING;
	opts->format = g_strdup("text");
	opts->lang = g_strdup("en");
	opts->color = g_strdup("auto");
	opts->function_budget = 10.0;
}

/* A subcommand comes first; getopt then sees it as the program name. */
static void take_subcommand(struct options *opts, int *argc, char ***argv)
{
	static const struct {
		const char *name;
		enum command command;
	} subcommands[] = {
		{ .name = "extract", .command = CMD_EXTRACT },
		{ .name = "link", .command = CMD_LINK },
		{ .name = "init", .command = CMD_INIT },
		{ .name = "verify", .command = CMD_VERIFY },
	};
	for (size_t i = 0; *argc > 1 && i < G_N_ELEMENTS(subcommands); i++) {
		if (!strcmp((*argv)[1], subcommands[i].name)) {
			opts->command = subcommands[i].command;
			(*argv)++;
			(*argc)--;
			break;
		}
	}
}

/* What follows the first "--" is clang's, even words that look like
 * pitrace's own options. Returns how many words getopt may see. */
static int take_compiler_args(struct options *opts, int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--")) {
			for (int k = i + 1; k < argc; k++)
				push(&opts->compiler_args, &opts->ncompiler_args, argv[k]);
			return i;
		}
	}
	return argc;
}

static bool parse_jobs(struct options *opts, const char *arg, char **error)
{
	if (!parse_int(arg, 1, 256, &opts->jobs)) {
		*error = g_strdup_printf("-j: '%s' is not a number from 1 to 256", arg);
		return false;
	}
	return true;
}

static bool parse_format(struct options *opts, const char *arg, char **error)
{
	if (!reporter_find(arg)) {
		*error = g_strdup_printf("--format: unknown format '%s' (text, json, sarif, html, junit, gitlab)",
					 arg);
		return false;
	}
	set_text(&opts->format, arg);
	return true;
}

/* "never" is no report level: -1 makes no finding reach it. */
static bool parse_fail_on(struct options *opts, const char *arg, char **error)
{
	if (!strcmp(arg, "never")) {
		opts->fail_on = -1;
	} else if ((opts->fail_on = level_from_name(arg)) < 0) {
		*error = g_strdup_printf("--fail-on: unknown level '%s' (error, warning, note, never)", arg);
		return false;
	}
	return true;
}

static bool parse_color(struct options *opts, const char *arg, char **error)
{
	if (strcmp(arg, "auto") && strcmp(arg, "always") && strcmp(arg, "never")) {
		*error = g_strdup_printf("--color: unknown value '%s' (auto, always, never)", arg);
		return false;
	}
	set_text(&opts->color, arg);
	return true;
}

static bool parse_lang(struct options *opts, const char *arg, char **error)
{
	if (strcmp(arg, "en") && strcmp(arg, "zh")) {
		*error = g_strdup_printf("--lang: unknown language '%s' (en, zh)", arg);
		return false;
	}
	set_text(&opts->lang, arg);
	return true;
}

/* g_ascii_strtod, not strtod: a locale with a decimal comma must not
 * change what "0.5" means. */
static bool parse_function_budget(struct options *opts, const char *arg, char **error)
{
	char *end;
	double v = g_ascii_strtod(arg, &end);
	if (!*arg || *end || !(v >= 0 && v <= 86400)) {	/* NaN fails both */
		*error = g_strdup_printf("--function-budget: '%s' is not a number of seconds "
					 "from 0 (no limit) to 86400", arg);
		return false;
	}
	opts->function_budget = v;
	return true;
}

static bool parse_changed_since(struct options *opts, const char *arg, char **error)
{
	if (!*arg) {
		*error = g_strdup("--changed-since: the revision is empty");
		return false;
	}
	set_text(&opts->changed_since, arg);
	return true;
}

/* Parsed with range checks: sscanf's %u wraps 4294967297 to 1. */
static bool parse_shard(struct options *opts, const char *arg, char **error)
{
	guint64 k = 0, n = 0;
	char **parts = g_strsplit(arg, "/", -1);
	bool ok = g_strv_length(parts) == 2 &&
		  g_ascii_string_to_unsigned(parts[0], 10, 1, 100000, &k, NULL) &&
		  g_ascii_string_to_unsigned(parts[1], 10, 1, 100000, &n, NULL) &&
		  strspn(arg, "0123456789/") == strlen(arg) && k <= n;
	g_strfreev(parts);
	if (!ok) {
		*error = g_strdup_printf("--shard: '%s' is not K/N with 1 <= K <= N "
					 "(the first of two is 1/2)", arg);
		return false;
	}
	opts->shard_k = (unsigned)k;
	opts->shard_n = (unsigned)n;
	return true;
}

/* Always fails: sets *error to name the option getopt did not know. */
static bool reject_unknown_option(int nopt, char **argv, char **error)
{
	/* getopt leaves optind on a cluster ("-I.") until its last
	 * letter: name the whole word when it starts with the
	 * letter, else the letter alone */
	const char *bad = !optopt ? argv[optind - 1] : NULL;
	for (int k = optind; optopt && !bad && k >= optind - 1 && k >= 1; k--)
		if (k < nopt && argv[k][0] == '-' && argv[k][1] == optopt)
			bad = argv[k];
	char *what = bad ? g_strdup(bad) : g_strdup_printf("-%c", optopt);
	/* -I, -D, -std=...: what a compiler takes, meant for clang */
	if (optopt && strchr("IDUWfmOgisx", optopt))
		*error = g_strdup_printf("unknown option '%s': put compiler arguments after `--` "
					 "(pitrace FILE... -- %s)", what, what);
	else
		*error = g_strdup_printf("unknown option '%s'", what);
	g_free(what);
	return false;
}

/* One option getopt_long returned as c, its argument in optarg. */
static bool parse_option(struct options *opts, int c, int nopt, char **argv, char **error)
{
	switch (c) {
	case 'p':
		set_text(&opts->database, optarg);
		return true;
	case 'o':
		set_text(&opts->output, optarg);
		return true;
	case 'j':
		return parse_jobs(opts, optarg, error);
	case OPT_RULES:
		push(&opts->rules, &opts->nrules, optarg);
		return true;
	case OPT_NO_HEURISTICS:
		opts->heuristics = false;
		return true;
	case OPT_FORMAT:
		return parse_format(opts, optarg, error);
	case OPT_FAIL_ON:
		return parse_fail_on(opts, optarg, error);
	case OPT_BASELINE:
		set_text(&opts->baseline, optarg);
		return true;
	case OPT_WRITE_BASELINE:
		set_text(&opts->write_baseline, optarg);
		return true;
	case OPT_VERSION:
		opts->command = CMD_VERSION;
		return true;
	case OPT_HELP:
		opts->command = CMD_HELP;
		return true;
	case OPT_DUMP_IR:
		opts->command = CMD_DUMP_IR;
		return true;
	case OPT_LIST_RULES:
		opts->command = CMD_LIST_RULES;
		return true;
	case OPT_EXPLAIN:
		opts->command = CMD_EXPLAIN;
		set_text(&opts->explain, optarg);
		return true;
	case OPT_COLOR:
		return parse_color(opts, optarg, error);
	case OPT_LANG:
		return parse_lang(opts, optarg, error);
	case OPT_ROOT:
		set_text(&opts->root, optarg);
		return true;
	case OPT_STATS:
		opts->stats = true;
		return true;
	case OPT_QUIET:
		opts->quiet = true;
		return true;
	case OPT_KEEP_GOING:
		opts->keep_going = true;
		return true;
	case OPT_BUDGET:
		return parse_function_budget(opts, optarg, error);
	case OPT_CACHE:
		set_text(&opts->cache_dir, optarg);
		return true;
	case OPT_NO_CACHE:
		opts->no_cache = true;
		return true;
	case OPT_CHANGED_SINCE:
		return parse_changed_since(opts, optarg, error);
	case OPT_DEPFILE:
		set_text(&opts->depfile, optarg);
		return true;
	case OPT_SHARD:
		return parse_shard(opts, optarg, error);
	case ':':
		*error = g_strdup_printf("%s: missing argument", argv[optind - 1]);
		return false;
	default:
		return reject_unknown_option(nopt, argv, error);
	}
}

/* Options that belong to another command than the one given (sub: the
 * subcommand word, before --help and the like replaced it), and what a
 * command cannot run without. */
static bool check_command_options(const struct options *opts, enum command sub, char **error)
{
	if (sub != CMD_ANALYSE && opts->command != sub &&
	    (opts->command == CMD_DUMP_IR || opts->command == CMD_LIST_RULES)) {
		*error = g_strdup_printf("%s cannot be combined with '%s'",
					 opts->command == CMD_DUMP_IR ? "--dump-ir" : "--list-rules",
					 sub == CMD_EXTRACT ? "extract" : "link");
		return false;
	}
	if (opts->command == CMD_LINK) {
		if (!opts->nfiles) {
			*error = g_strdup("link: no facts files given");
			return false;
		}
		if (opts->database || opts->ncompiler_args || opts->shard_n) {
			*error = g_strdup("link: -p, --shard and compiler arguments belong to 'extract'; "
					  "link takes facts files");
			return false;
		}
	}
	if (opts->command == CMD_EXTRACT && opts->changed_since) {
		*error = g_strdup("extract: --changed-since narrows a report; give it to 'link' instead");
		return false;
	}
	if (opts->depfile && opts->command != CMD_EXTRACT && opts->command != CMD_HELP &&
	    opts->command != CMD_VERSION) {
		*error = g_strdup("--depfile belongs to 'extract'");
		return false;
	}
	if (opts->command == CMD_EXTRACT && !opts->output) {
		*error = g_strdup("extract: -o OUT is required (a facts file, or a folder for several)");
		return false;
	}
	if (opts->command == CMD_VERIFY && !opts->nfiles) {
		*error = g_strdup("verify: name the JSON reports to check");
		return false;
	}
	return true;
}

/* init writes a starter rules file for a person to review: it never
 * replaces one, which may already hold their edits. */
static bool choose_init_output(struct options *opts, char **error)
{
	if (opts->command == CMD_INIT && !opts->output)
		opts->output = g_strdup("pitrace-rules.json");
	if (opts->command == CMD_INIT && g_file_test(opts->output, G_FILE_TEST_EXISTS)) {
		*error = g_strdup_printf("init: %s exists; edit it, or name another file with -o", opts->output);
		return false;
	}
	return true;
}

/* The commands that parse sources need them, and their compiler arguments
 * from one place only. */
static bool check_sources(const struct options *opts, char **error)
{
	if (opts->command == CMD_ANALYSE || opts->command == CMD_DUMP_IR || opts->command == CMD_EXTRACT ||
	    opts->command == CMD_INIT) {
		if (!opts->nfiles && !opts->database) {
			*error = g_strdup("no input: name C files, or a compilation database with -p");
			return false;
		}
		if (opts->database && opts->ncompiler_args) {
			*error = g_strdup("compiler arguments after '--' cannot be combined with -p: "
					  "the database gives each file's arguments");
			return false;
		}
	}
	return true;
}

bool options_parse(struct options *opts, int argc, char **argv, char **error)
{
	set_defaults(opts);
	take_subcommand(opts, &argc, &argv);
	enum command sub = opts->command;
	int nopt = take_compiler_args(opts, argc, argv);

	/* getopt keeps its state in globals: reset for callers that parse
	 * more than once (the unit tests). */
	optind = 0;
	opterr = 0;
	int c, idx;
	while ((c = getopt_long(nopt, argv, ":p:o:j:", long_options, &idx)) != -1)
		if (!parse_option(opts, c, nopt, argv, error))
			return false;
	for (int i = optind; i < nopt; i++)
		push(&opts->files, &opts->nfiles, argv[i]);
	return check_command_options(opts, sub, error) && choose_init_output(opts, error) &&
	       check_sources(opts, error);
}

void options_free(struct options *opts)
{
	g_strfreev(opts->files);
	g_strfreev(opts->compiler_args);
	g_strfreev(opts->rules);
	g_free(opts->database);
	g_free(opts->format);
	g_free(opts->output);
	g_free(opts->baseline);
	g_free(opts->write_baseline);
	g_free(opts->lang);
	g_free(opts->root);
	g_free(opts->cache_dir);
	g_free(opts->changed_since);
	g_free(opts->depfile);
	g_free(opts->explain);
	g_free(opts->color);
	memset(opts, 0, sizeof *opts);
}
