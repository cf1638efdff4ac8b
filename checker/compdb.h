/* SPDX-License-Identifier: Apache-2.0 */
/* compdb.h - what to parse: translation-unit jobs from a compilation
 * database (compile_commands.json) or from files named on the command line. */
#ifndef PITRACE_COMPDB_H
#define PITRACE_COMPDB_H

#include <stdbool.h>

#include <glib.h>

/* One translation unit to parse. args are the compiler arguments clang is
 * given (no compiler name, no -c/-o, no source file); directory is where
 * relative paths in them and in file resolve. */
struct tu_job {
	char *file;		/* absolute path of the source */
	char *directory;	/* absolute working directory */
	char **args;		/* NULL-terminated */
	unsigned index;		/* position in the database or on the command line */
	/* how many jobs the run's set had before --shard took its part:
	 * link checks that the facts it is given cover them all */
	unsigned of;
};

/* Loads path (a compile_commands.json or a folder holding one). Returns a
 * GPtrArray of struct tu_job * (free with compdb_jobs_free()), or NULL with
 * *error naming the file and what is wrong (free with g_free()). Entries
 * that are not C (assembler, C++: by -x or extension) are skipped and an
 * entry repeating an earlier one is dropped, each with a note added to
 * notes (char *, owned by the caller's array) when notes is not NULL. */
GPtrArray *compdb_load(const char *path, GPtrArray *notes, char **error);

/* Jobs for files named on the command line, all with the same args. */
GPtrArray *compdb_from_files(char *const *files, unsigned nfiles,
			     char *const *args, unsigned nargs, char **error);

/* Keeps only the jobs whose file is one of files (compared after resolving
 * to absolute, canonical paths); a named file with no entry is an error. */
bool compdb_select(GPtrArray *jobs, char *const *files, unsigned nfiles, char **error);

/* For each named .c file with no entry in jobs, adds a job with the
 * compiler arguments and directory of the nearest entry (its own folder
 * first, as clangd infers commands) and a note saying so to notes (char *,
 * owned by the caller's array). false with *error when an entry cannot be
 * borrowed: no entry lies in the project's folders. */
bool compdb_infer_missing(GPtrArray *jobs, char *const *files, unsigned nfiles, GPtrArray *notes,
			  char **error);

/* SHA-256 of the database file, or of the job list when there is none;
 * free with g_free(). */
char *compdb_digest(const GPtrArray *jobs);

void compdb_jobs_free(GPtrArray *jobs);

/* Splits a "command" string as a POSIX shell would, then expands @file
 * response files relative to directory. Exposed for the unit tests. */
char **compdb_split_command(const char *command, const char *directory, char **error);
char **compdb_expand_response_files(char **argv, const char *directory, char **error);

#endif
