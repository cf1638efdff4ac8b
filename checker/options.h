/* SPDX-License-Identifier: Apache-2.0 */
/* options.h - the command line (CONTRACT section 1, plus pitrace's own
 * additions, all listed in --help). */
#ifndef PITRACE_OPTIONS_H
#define PITRACE_OPTIONS_H

#include <stdbool.h>

#include "pi.h"

enum command {
	CMD_ANALYSE,
	CMD_DUMP_IR,
	CMD_LIST_RULES,
	CMD_HELP,
	CMD_VERSION,
	CMD_EXTRACT,	/* pitrace extract: TUs to facts files */
	CMD_LINK,	/* pitrace link: facts files to the report */
	CMD_EXPLAIN,	/* --explain RULE */
	CMD_INIT,	/* pitrace init: a starter rules file and snippets */
	CMD_VERIFY,	/* pitrace verify REPORT.json...: the report digest */
};

struct options {
	enum command command;
	char **files;		/* NULL-terminated; owned */
	unsigned nfiles;
	char **compiler_args;	/* after "--"; owned */
	unsigned ncompiler_args;
	char *database;		/* -p */
	char **rules;		/* --rules, in order */
	unsigned nrules;
	bool heuristics;
	char *format;		/* text json sarif html */
	char *output;		/* -o */
	int jobs;		/* -j; 0 = number of cores */
	int fail_on;		/* enum level, or -1 for never */
	char *baseline, *write_baseline;
	char *lang;		/* en zh */
	char *root;		/* --root: base of relative paths in reports */
	bool stats, quiet;
	bool keep_going;	/* partial problems do not stop the run (report_keep_going) */
	double function_budget;	/* seconds per function; 0: no limit */
	char *cache_dir;	/* --cache; NULL: ROOT/.pitrace-cache */
	bool no_cache;
	char *changed_since;	/* --changed-since REV */
	unsigned shard_k, shard_n;	/* --shard K/N; 0/0: everything */
	char *depfile;		/* extract --depfile: make-style dependencies */
	char *explain;		/* --explain RULE */
	char *color;		/* --color: auto always never */
};

/* Parses argv into opts (free with options_free()). Returns false with
 * *error set (free with g_free()) on a bad command line. */
bool options_parse(struct options *opts, int argc, char **argv, char **error);
void options_free(struct options *opts);
void options_print_help(const char *argv0);

#endif
