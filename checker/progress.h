/* SPDX-License-Identifier: Apache-2.0 */
/* progress.h - the progress line a terminal shows on standard error while
 * TUs are parsed and while the engine runs (progress.c). Nothing is shown
 * in the first second, so quick runs print none; PITRACE_PROGRESS_AFTER_MS
 * changes the wait (the tests set 0). The callers decide whether standard
 * error is a terminal and --quiet is off. */
#ifndef PITRACE_PROGRESS_H
#define PITRACE_PROGRESS_H

#include <stdbool.h>

#include <glib.h>

/* The wait before the first line, in microseconds. */
gint64 progress_after_us(void);

/* "[done/total] file  Ns, about Ns left", for a parse that started at
 * start (g_get_monotonic_time()). Safe to call from any thread. */
void progress_show_parse(gint64 start, unsigned done, unsigned total, const char *file);

/* The engine's display: start is when the analysis began; the rest is the
 * display's own. progress_show_engine() has the shape of struct
 * engine_progress's report (engine.h), data being a struct progress_engine. */
struct progress_engine {
	gint64 start, last;
	bool shown;
};
void progress_show_engine(unsigned done, unsigned total, unsigned pass, void *data);

/* Erases the line, so that what follows starts on a clean one. */
void progress_clear(void);

#endif
