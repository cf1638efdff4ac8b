/* SPDX-License-Identifier: Apache-2.0 */
/* progress.c - progress lines on a terminal (progress.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "progress.h"

gint64 progress_after_us(void)
{
	static gint64 us = -1;
	if (us < 0) {
		const char *e = getenv("PITRACE_PROGRESS_AFTER_MS");
		us = e && *e ? g_ascii_strtoll(e, NULL, 10) * 1000 : 1000000;
	}
	return us;
}

void progress_show_parse(gint64 start, unsigned done, unsigned total, const char *file)
{
	/* one line at a time: the parse pool's threads all report here */
	static GMutex lock;
	gint64 now = g_get_monotonic_time();
	double elapsed = (double)(now - start) / 1e6;
	if (now - start < progress_after_us())
		return;
	double eta = done ? elapsed / done * (total - done) : 0;
	const char *base = strrchr(file, '/');
	g_mutex_lock(&lock);
	fprintf(stderr, "\r\033[K[%u/%u] %s  %.0fs, about %.0fs left", done, total, base ? base + 1 : file,
		elapsed, eta);
	fflush(stderr);
	g_mutex_unlock(&lock);
}

/* As for parsing, nothing in the first second, then at most ten lines a
 * second. */
void progress_show_engine(unsigned done, unsigned total, unsigned pass, void *data)
{
	struct progress_engine *d = data;
	gint64 now = g_get_monotonic_time();
	if (now - d->start < progress_after_us() || (d->shown && now - d->last < 100000 && done < total))
		return;
	d->last = now;
	d->shown = true;
	fprintf(stderr, "\r\033[K[analysing] %u/%u functions", done, total);
	if (pass > 1)
		fprintf(stderr, ", pass %u", pass);
	fflush(stderr);
}

void progress_clear(void)
{
	fputs("\r\033[K", stderr);
}
