/* SPDX-License-Identifier: Apache-2.0 */
/* scope.h - what a run scanned, collected for the report's scope section
 * (scope.c): the files with their digests, the rules, the options that
 * change results, the command line, the time, and git's view of the tree. */
#ifndef PITRACE_SCOPE_H
#define PITRACE_SCOPE_H

#include <glib.h>

#include "report.h"

struct scope_input {
	const char *root;		/* absolute project root */
	GHashTable *files;		/* absolute paths read (set); borrowed */
	const GPtrArray *rules_files;	/* char *, load order */
	const char *baseline;		/* --baseline or NULL */
	unsigned tus;
	bool heuristics;
	const char *fail_on;
	const char *command_line;
	gint64 started_us;		/* g_get_real_time() at start */
	gint64 started_mono_us;		/* g_get_monotonic_time() at start */
};

/* A new scope (free with report_scope_free()). Files that cannot be read
 * any more get "unreadable" for a digest. */
struct report_scope *scope_collect(const struct scope_input *in);

/* The command line as a shell would take it back; free with g_free(). */
char *scope_command_line(int argc, char **argv);

/* SHA-256 (hex) of a file's content, or NULL; free with g_free(). */
char *scope_file_sha256(const char *path);

#endif
