/* SPDX-License-Identifier: Apache-2.0 */
/* baseline.h - accepting today's findings so that a gate fails only on new
 * ones (--baseline, --write-baseline; CONTRACT 1).
 *
 * A baseline is a JSON file (schema "pitrace-baseline/1") listing the
 * fingerprints of findings, each with its rule, file, function and message
 * so that a reviewer can read what was accepted. Fingerprints hold no line
 * numbers, so a baseline survives edits elsewhere in a file.
 */
#ifndef PITRACE_BASELINE_H
#define PITRACE_BASELINE_H

#include <stdbool.h>

#include "report.h"

/* Records every finding of rep that is not suppressed in the source
 * (baselined ones included) in path. rep must be normalised. On failure
 * returns false and sets *error to a message naming the file; free it with
 * g_free(). */
bool baseline_write(const struct report *rep, const char *path, char **error);

/* Marks the findings of rep that path records as baselined, counting them
 * in rep->baseline_hidden, and counts the entries that no finding matches
 * any more in rep->baseline_stale. rep must be normalised. On failure (the
 * file cannot be read, is not JSON or not a baseline) returns false, sets
 * *error (free with g_free()) and changes nothing. */
bool baseline_apply(struct report *rep, const char *path, char **error);

/* Reads path as baseline_apply would and forgets it: a bad baseline is
 * refused before an analysis that would only end in that error. */
bool baseline_check(const char *path, char **error);

#endif
