/* SPDX-License-Identifier: Apache-2.0 */
/* engine.h - the taint engine: from the IR of every translation unit and
 * the rules to findings, protected flows and the PI inventory.
 *
 * engine_run() links the TUs (external names by name, static functions per
 * TU), summarises every function bottom-up over the call graph's strongly
 * connected components, iterates until summaries and the global store are
 * stable, and reports per CONTRACT section 3. See docs/engine.md. */
#ifndef PITRACE_ENGINE_H
#define PITRACE_ENGINE_H

#include <glib.h>

#include "report.h"
#include "rules.h"

struct engine_stats {
	unsigned tus, functions, summaries_changed, sccs, largest_scc;
	unsigned iterations;		/* function analyses, re-runs included */
	unsigned long block_visits;	/* blocks run by the per-function fixpoints */
	unsigned specialised;		/* analyses for a caller's context (ROW_CALL) */
	unsigned global_passes;
	unsigned unknown_calls_with_pi;	/* calls of functions with no body and no model */
	GHashTable *unknown_callees;	/* name -> count; owned */
	unsigned budget_exceeded;	/* functions cut short by the budget */
	unsigned summary_rows, origins, trace_steps;
	unsigned programs;		/* mains, when more than one */
	unsigned other_program;		/* routes dropped: source read in another program */
	double seconds_link, seconds_analyse, seconds_report;
	double worst_function_seconds;
	char *worst_function;
	/* the functions whose analyses took longest in all (re-runs and a
	 * caller's contexts included), longest first: where a big program's
	 * time goes (PostgreSQL's bison parser was half of it) */
	struct engine_costly {
		char *where;	/* "name (file:line)"; owned */
		double seconds;
		unsigned analyses;
	} costliest[10];
	unsigned ncostliest;
};

/* What engine_run() tells a progress display after each component of the
 * call graph: functions analysed so far in this pass over the program, of
 * all of them. Called on the calling thread. */
struct engine_progress {
	void (*report)(unsigned done, unsigned total, unsigned pass, void *data);
	void *data;
};

/* tus: struct ir_tu * (not modified). Findings, protected flows, inventory
 * and problems go into rep. function_budget is each function's time limit
 * in seconds (0: none). stats may be NULL; free its contents with
 * engine_stats_clear(). progress may be NULL. */
void engine_run(GPtrArray *tus, const struct rules *rules, struct report *rep,
		struct engine_stats *stats, double function_budget, const struct engine_progress *progress);
void engine_stats_clear(struct engine_stats *stats);
void engine_stats_print(const struct engine_stats *stats, FILE *out);

#endif
