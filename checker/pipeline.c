/* SPDX-License-Identifier: Apache-2.0 */
/* pipeline.c - the context every command shares, and the commands that
 * read sources: an analysis (obtain, analyse, finish) and --dump-ir
 * (pipeline.h). */
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

#include "compdb.h"
#include "frontend.h"
#include "ir.h"
#include "options.h"
#include "parse_pool.h"
#include "pipeline.h"
#include "scope.h"

void pipeline_context_init(struct pipeline_context *cx, int argc, char **argv)
{
	cx->started_us = g_get_real_time();
	cx->started_mono_us = g_get_monotonic_time();
	cx->command_line = scope_command_line(argc, argv);
	cx->start_dir = g_get_current_dir();
	cx->notes = g_ptr_array_new_with_free_func(g_free);
}

void pipeline_context_clear(struct pipeline_context *cx)
{
	g_free(cx->command_line);
	g_free(cx->start_dir);
	g_ptr_array_free(cx->notes, TRUE);
	cx->command_line = cx->start_dir = NULL;
	cx->notes = NULL;
}

void pipeline_fail(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("pitrace: error: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

int pipeline_thread_count(const struct options *o)
{
	return o->jobs ? o->jobs : (int)g_get_num_processors();
}

bool pipeline_shows_progress(const struct options *o)
{
	return !o->quiet && isatty(STDERR_FILENO);
}

int pipeline_analyse(const struct pipeline_context *cx, const struct options *o, struct rules *rules,
		     GPtrArray *jobs, struct input_set *inputs, FILE *out, bool *written)
{
	struct run *r = run_new(cx, o, rules, jobs, inputs);
	if (!r) {
		*written = false;
		return EXIT_UNTRUSTED;
	}
	run_obtain(r);
	run_analyse(r);
	int rc = run_finish(r, out);
	*written = run_written(r);
	run_free(r);
	return rc;
}

/* One TU at a time, in the order given: a dump is read by people. */
int pipeline_dump_ir(const struct pipeline_context *cx, GPtrArray *jobs, FILE *out)
{
	struct frontend *fe = frontend_new();
	int rc = EXIT_CLEAN;
	for (unsigned i = 0; i < jobs->len; i++) {
		const struct tu_job *job = jobs->pdata[i];
		char *error = NULL;
		struct ir_tu *tu = frontend_lower(fe, job, &error);
		if (!tu) {
			pipeline_fail("%s", error);
			g_free(error);
			rc = EXIT_UNTRUSTED;
			continue;
		}
		parse_pool_return_home(cx->start_dir);
		ir_tu_dump(tu, out);
		ir_tu_free(tu);
	}
	frontend_free(fe);
	return rc;
}
