/* SPDX-License-Identifier: Apache-2.0 */
/* jobs.h - choosing and naming translation-unit jobs (compdb.h) for the
 * extract/link split and the cache: a job's stable identity, and the
 * deterministic slice of a database that --shard K/N selects. */
#ifndef PITRACE_JOBS_H
#define PITRACE_JOBS_H

#include <stdbool.h>

#include <glib.h>

struct tu_job;

/* SHA-256 (hex) of what makes a TU the TU it is: file, working directory
 * and arguments. The cache's key and part of a facts file's name; free with
 * g_free(). */
char *jobs_key(const struct tu_job *job);

/* Keeps the jobs whose position, after sorting by file path (ties by
 * database position), is k-1 modulo n (1 <= k <= n); the kept jobs stay in
 * database order. Every job lands in exactly one of the n shards. */
void jobs_select_shard(GPtrArray *jobs, unsigned k, unsigned n);

/* For -p with FILE arguments: every FILE must exist, and a C source named
 * must be in the database (a header never is). Returns false with *error
 * naming the file (free with g_free()). */
bool jobs_check_named(const GPtrArray *jobs, char *const *files, unsigned nfiles, char **error);

#endif
