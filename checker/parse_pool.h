/* SPDX-License-Identifier: Apache-2.0 */
/* parse_pool.h - lowering translation units in parallel (parse_pool.c):
 * one thread per -j, each with its own frontend (CXIndex), the calling
 * thread one of them, every thread with PARSE_POOL_STACK_SIZE of stack. */
#ifndef PITRACE_PARSE_POOL_H
#define PITRACE_PARSE_POOL_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

struct ir_tu;

/* Lowering a TU recurses with its syntax tree (a sum of 12,000 terms is
 * 12,000 levels; so is an else-if chain), and so do the engine's walks of
 * it: every thread that handles a TU gets a stack far above the usual
 * 8 MiB. Only the pages touched are ever backed by memory. */
#define PARSE_POOL_STACK_SIZE ((size_t)1 << 30)

/* Starts fn(arg) on a thread with PARSE_POOL_STACK_SIZE of stack (or the
 * default size, when that much cannot be had). False when no thread could
 * be started. */
bool parse_pool_start_thread(pthread_t *thread, void *(*fn)(void *), void *arg);

/* What lowering one job gave: its IR (owned by the caller; free with
 * ir_tu_free()) or, when it failed, the error (g_free()), and when the
 * parse began (g_get_real_time()). */
struct parse_result {
	struct ir_tu *tu;
	char *error;
	gint64 started_us;
};

/* Lowers every job of jobs (struct tu_job *) on up to nthreads threads into
 * results (jobs->len of them, filled in job order), with a progress line
 * when progress is set (progress.h). libclang before LLVM 15 changes the
 * process's directory to each TU's -working-directory and leaves it there:
 * the process returns to home_dir afterwards. */
void parse_pool_run(GPtrArray *jobs, int nthreads, bool progress, const char *home_dir,
		    struct parse_result *results);

/* Returns to dir (where pitrace was started) after libclang left it; says
 * so on standard error when it cannot. */
void parse_pool_return_home(const char *dir);

#endif
