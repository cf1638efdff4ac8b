/* SPDX-License-Identifier: Apache-2.0 */
/* facts.h - facts files: one translation unit's IR with the job that made
 * it and what it was made with, written by `pitrace extract` and read by
 * `pitrace link` (docs/incremental.md).
 *
 * A facts file is "PITRACE-FACTS", a format version, the pitrace and
 * libclang versions, the rules digest and the heuristics switch, the job
 * (file, directory, arguments, database position, size of the set it was
 * extracted from), then the IR (ir_io.h)
 * and its SHA-256. A reader refuses a file made by another pitrace or
 * libclang, or with other rules: linking it would give findings no normal
 * run gives.
 */
#ifndef PITRACE_FACTS_H
#define PITRACE_FACTS_H

#include <stdbool.h>

#include "compdb.h"
#include "ir.h"

/* What facts must agree on to be linked together. */
struct facts_env {
	const char *tool_version;	/* PITRACE_VERSION */
	const char *clang_version;	/* frontend_clang_version() */
	const char *rules_digest;
	bool heuristics;
};

/* Writes job and tu to path, atomically (a temporary file renamed into
 * place). Returns false with *error naming path (free with g_free()). */
bool facts_write(const char *path, const struct facts_env *env, const struct tu_job *job,
		 const struct ir_tu *tu, char **error);

/* Reads path. On success returns the TU (free with ir_tu_free()) and sets
 * *job (free its fields as compdb does: use facts_job_free()). Returns NULL
 * with *error naming path and the problem (free with g_free()): not a facts
 * file, truncated or corrupt, or made with another env. */
struct ir_tu *facts_read(const char *path, const struct facts_env *env, struct tu_job **job,
			 char **error);
void facts_job_free(struct tu_job *job);

/* The name extract gives a job's facts file inside a folder:
 * "BASENAME.KEY12.facts". Free with g_free(). */
char *facts_file_name(const struct tu_job *job);

#endif
