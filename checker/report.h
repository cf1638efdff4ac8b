/* SPDX-License-Identifier: Apache-2.0 */
/* report.h - what a run found, and the reporters that print it.
 *
 * The engine and the no-flow checks fill a struct report; suppressions and
 * the baseline then mark findings; a reporter (one file each, registered in
 * report.c's table) writes it out. Reporters only read the report.
 *
 * Ownership: a struct report owns every string and array reachable from it
 * (all allocated with g_malloc); report_free() releases everything.
 */
#ifndef PITRACE_REPORT_H
#define PITRACE_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include <glib.h>

#include "pi.h"

struct report_loc {
	char *file;		/* as given to clang: absolute or relative to cwd */
	unsigned line, col;
};

struct trace_step {
	struct report_loc loc;
	char *function;		/* the function the step is in */
	char *message;		/* "copied by `strcpy` into `buf`" */
};

/* How a finding is accounted for; a finding is reported as open only when
 * neither applies. */
struct suppression_info {
	bool suppressed;
	char *reason;		/* NULL when the comment gave none */
	struct report_loc loc;	/* where the comment is */
};

struct finding {
	enum rule_id rule;
	enum level level;
	struct report_loc loc;	/* the call, literal or function name (CONTRACT 3) */
	char *function;		/* the function holding loc, NULL at file scope */
	char *callee;		/* the call's callee, when loc is a call */
	char *message;
	unsigned categories;	/* enum pi_category bits */
	int sink;		/* enum sink_kind, or -1 for no-flow rules */
	char *sink_function;	/* the library call that is the real sink */
	char *source;		/* the source's identity: "struct app.id_number" */
	/* network rules: the URLs written in the function that makes the
	 * sending call ("https://api.example.cn/v3/check"), comma-separated,
	 * or NULL (PIPL Art. 23 names the recipient) */
	char *recipients;
	struct trace_step *steps;	/* source first, real sink last */
	unsigned nsteps;
	/* one leak, one finding (CONTRACT 3): where the leak's other routes
	 * stand; this finding is at the shortest */
	struct report_loc *related;
	unsigned nrelated;
	char *fingerprint;	/* stable identity (report_fingerprint) */
	struct suppression_info suppression;
	bool baselined;
};

/* A flow of PI into a sink that a control protected: the ledger. */
struct protected_flow {
	struct report_loc loc;	/* the sink call, as for a finding */
	char *function;
	char *callee;
	unsigned categories;
	int sink;		/* enum sink_kind */
	unsigned protections;	/* enum pi_protection bits applied */
	char *control;		/* the sanitizer function, "mask_id_number" */
	/* the control is an encrypt sanitizer whose body calls no known
	 * cipher (pi-unverified-sanitizer): claimed, not verified, and the
	 * flow counts as unprotected */
	bool unverified;
	struct report_loc control_loc;	/* where the sanitizer was called */
	char *source;
	struct trace_step *steps;
	unsigned nsteps;
	/* the calls of the other routes of the same protected flow (one
	 * read, one library sink call, one way out: as a finding's) */
	struct report_loc *related;
	unsigned nrelated;
};

enum tag_origin { TAG_ANNOTATION, TAG_RULE, TAG_HEURISTIC };

enum inventory_kind {
	INV_FIELD, INV_GLOBAL, INV_LOCAL, INV_PARAM, INV_FUNCTION,
};

/* Something that holds PI: the inventory of the compliance report. */
struct inventory_item {
	enum inventory_kind kind;
	char *name;		/* "struct app.id_number", "get_id()", "phone" */
	char *scope;		/* enclosing function for locals and params */
	unsigned categories;
	struct report_loc loc;
	enum tag_origin origin;
	char *rule_id;		/* the rule or heuristic that tagged it, if any */
};

/* A problem with the run itself: always shown, and the run exits 2 when
 * fatal is set (CONTRACT 1). A partial one says that some code was not
 * analysed as written (a TU clang reported errors in, an analysis cut
 * short at a bound): fatal, unless --keep-going, which keeps the run going
 * and marks the report incomplete instead. */
struct run_problem {
	bool fatal;
	bool partial;
	struct report_loc loc;	/* file may be NULL */
	char *message;
};

/* A file the run read or used, with its SHA-256 (hex). */
struct report_file {
	char *path;		/* relative to the root when below it */
	char *sha256;
};

/* What was scanned, for an auditor (docs/report-json.md, "scope"). */
struct report_scope {
	GPtrArray *files;	/* struct report_file *: sources and headers below the root */
	GPtrArray *rules;	/* struct report_file *: rule files, in load order */
	struct report_file *baseline;	/* --baseline, or NULL */
	unsigned tus;
	bool heuristics;
	char *fail_on;		/* "warning", "never"... */
	char *command_line;
	char *started;		/* ISO 8601 */
	double duration;	/* seconds until the report; < 0: not recorded
				 * (SOURCE_DATE_EPOCH asks for reproducible output) */
	int git_dirty;		/* -1: not a git work tree; 0 clean; 1 dirty */
	GPtrArray *git_changed;	/* char *: files git reports changed or untracked */
	char *tree_digest;	/* SHA-256 over files' paths and digests */
};

void report_scope_free(struct report_scope *s);
void report_file_free(gpointer f);

struct report {
	/* reproducibility header */
	char *tool_version, *libclang_version, *rules_digest, *database_digest;
	char *revision;		/* git revision, or NULL */
	char *date;		/* ISO 8601 */
	char *root;		/* project root for relative URIs, or NULL */
	char *lang;		/* "en" or "zh" */
	struct report_scope *scope;	/* NULL: not collected (extract, tests) */
	int color;		/* text colour: 1 always, -1 never, 0 on a terminal */

	GPtrArray *findings;	/* struct finding * */
	GPtrArray *protected_flows;	/* struct protected_flow * */
	GPtrArray *inventory;	/* struct inventory_item * */
	GPtrArray *problems;	/* struct run_problem * */
	unsigned baseline_hidden, baseline_stale;
	bool incomplete;	/* partial problems kept non-fatal by --keep-going */
	const struct rules *rules;	/* for category labels and sensitivity */
	GHashTable *relative_paths;	/* "root\x1ffile" -> its relative path or "" (report.c) */
};

struct reporter {
	const char *name;
	/* Writes the whole report; returns false on a write error. */
	bool (*write)(const struct report *rep, FILE *out);
};

extern const struct reporter *const reporters[];	/* NULL-terminated */
const struct reporter *reporter_find(const char *name);

/* Construction helpers; the report owns what they return. */
struct report *report_new(void);
void report_free(struct report *rep);
struct finding *report_add_finding(struct report *rep);
struct protected_flow *report_add_protected(struct report *rep);
struct inventory_item *report_add_inventory(struct report *rep);
void report_add_problem(struct report *rep, bool fatal, const char *file,
			unsigned line, const char *fmt, ...) G_GNUC_PRINTF(5, 6);
/* A partial problem (struct run_problem): fatal until report_keep_going(). */
void report_add_partial(struct report *rep, const char *file, unsigned line, const char *fmt, ...)
	G_GNUC_PRINTF(4, 5);
/* --keep-going: partial problems stop being fatal; the report is marked
 * incomplete when there is one. */
void report_keep_going(struct report *rep);

/* Sorts everything into the one order every format uses (file, line,
 * column, rule), merges duplicates (same rule at the same call) and fills in
 * fingerprints. Idempotent. */
void report_normalise(struct report *rep);

/* Trace steps: the order findings that agree on all else are sorted by
 * (length, then each step's place and message); and freeing them. */
int report_steps_cmp(const struct trace_step *a, unsigned na, const struct trace_step *b, unsigned nb);
void report_steps_free(struct trace_step *steps, unsigned n);

/* Path of loc relative to rep->root when it lies below it; free with g_free(). */
char *report_relative_path(const struct report *rep, const char *file);

/* Counting for exit codes: findings neither suppressed nor baselined at or
 * above level. */
unsigned report_count_open(const struct report *rep, enum level at_least);

/* The report rules (pi-logging...) with their levels, for --list-rules. */
void report_print_rule_table(FILE *out);
/* A rule's help (what, level, what clears it, legal basis, fix, example)
 * for --explain; false when name is no rule id. */
bool report_explain_rule(const char *name, FILE *out);

/* pitrace verify: recomputes the report digest of the JSON report at path.
 * 1 when it matches the recorded one, 0 when it does not (the report was
 * changed), -1 with *error when the file is no JSON report with a digest.
 * *recorded and *computed (free with g_free()) say both. */
int report_verify_file(const char *path, char **recorded, char **computed, char **error);

/* The one-line account of a report gcc-style tools print last ("pitrace: 3
 * findings (2 errors, 1 warning); 1 suppressed"; grammar in
 * docs/report-json.md), or NULL when there is nothing to say. Free with
 * g_free(). The driver prints it to standard error. */
char *report_summary(const struct report *rep);

#endif
