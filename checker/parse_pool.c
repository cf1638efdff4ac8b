/* SPDX-License-Identifier: Apache-2.0 */
/* parse_pool.c - lowering translation units in parallel (parse_pool.h). */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

#include "compdb.h"
#include "frontend.h"
#include "parse_pool.h"
#include "progress.h"

struct parse_pool {
	GPtrArray *jobs;
	struct parse_result *results;
	gint next;
	gint done;
	bool progress;
	gint64 start;
};

bool parse_pool_start_thread(pthread_t *thread, void *(*fn)(void *), void *arg)
{
	pthread_attr_t attr;
	bool ok = pthread_attr_init(&attr) == 0;
	if (ok && pthread_attr_setstacksize(&attr, PARSE_POOL_STACK_SIZE) != 0) {
		/* a smaller stack is better than no thread */
		pthread_attr_destroy(&attr);
		ok = pthread_attr_init(&attr) == 0;
	}
	ok = ok && pthread_create(thread, &attr, fn, arg) == 0;
	pthread_attr_destroy(&attr);
	return ok;
}

static gpointer parse_worker(gpointer data)
{
	struct parse_pool *pp = data;
	struct frontend *fe = frontend_new();
	for (;;) {
		guint i = (guint)g_atomic_int_add(&pp->next, 1);
		if (i >= pp->jobs->len)
			break;
		const struct tu_job *job = pp->jobs->pdata[i];
		struct parse_result *res = &pp->results[i];
		res->started_us = g_get_real_time();
		res->tu = frontend_lower(fe, job, &res->error);
		g_atomic_int_inc(&pp->done);
		if (pp->progress)
			progress_show_parse(pp->start, (unsigned)g_atomic_int_get(&pp->done), pp->jobs->len,
					    job->file);
	}
	frontend_free(fe);
	return NULL;
}

void parse_pool_return_home(const char *dir)
{
	if (dir && chdir(dir) != 0)
		fprintf(stderr, "pitrace: error: %s: cannot return to the starting directory: %s\n", dir,
			g_strerror(errno));
}

void parse_pool_run(GPtrArray *jobs, int nthreads, bool progress, const char *home_dir,
		    struct parse_result *results)
{
	struct parse_pool pp = {
		.jobs = jobs,
		.results = results,
		.progress = progress,
		.start = g_get_monotonic_time(),
	};
	if (!jobs->len)
		return;
	if (nthreads > (int)jobs->len)
		nthreads = (int)jobs->len;
	if (nthreads < 1)
		nthreads = 1;
	pthread_t *threads = g_new(pthread_t, nthreads);
	bool *started = g_new0(bool, nthreads);
	for (int t = 1; t < nthreads; t++)
		started[t] = parse_pool_start_thread(&threads[t], parse_worker, &pp);
	parse_worker(&pp);
	for (int t = 1; t < nthreads; t++)
		if (started[t])
			pthread_join(threads[t], NULL);
	g_free(started);
	g_free(threads);
	parse_pool_return_home(home_dir);
	if (progress && g_get_monotonic_time() - pp.start >= progress_after_us())
		progress_clear();
}
