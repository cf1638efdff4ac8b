/* SPDX-License-Identifier: Apache-2.0 */
/* pipeline_context.c - what every command and every step of a run shares:
 * the process's context, error lines, thread count, progress and clock.
 * The bottom of the pipeline: the steps (run*.c) and the commands
 * (pipeline.c, pipeline_facts.c) call down into it, never up. */
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

#include "options.h"
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

double pipeline_seconds_since(gint64 t)
{
	return (double)(g_get_monotonic_time() - t) / 1e6;
}
