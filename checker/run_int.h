/* SPDX-License-Identifier: Apache-2.0 */
/* run_int.h - a run's state, shared by run.c, run_obtain.c and
 * run_finish.c; nothing outside them sees it (pipeline.h). */
#ifndef PITRACE_RUN_INT_H
#define PITRACE_RUN_INT_H

#include <stdbool.h>

#include <glib.h>

#include "engine.h"
#include "ir.h"
#include "options.h"
#include "pipeline.h"
#include "report.h"
#include "rules.h"

struct run {
	const struct pipeline_context *cx;
	const struct options *o;
	struct rules *rules;
	GPtrArray *jobs;	/* struct tu_job * */
	char *root;		/* the project root, canonical */
	struct ir_tu **tus;	/* per job; NULL when it failed (errors[i] says why) */
	char **errors;
	bool owns_tus;		/* false after run_use_tus() */
	struct report *rep;
	struct changes *changed;	/* --changed-since, or NULL */
	GPtrArray *notes;	/* char *: the database's and the cache's notes */
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

/* Everything the engine's result depends on: each TU's IR, in order, the
 * rules and the analysis options (run_obtain.c). Free with g_free(). */
char *run_memo_key(const struct run *r);

#endif
