/* SPDX-License-Identifier: Apache-2.0 */
/* changes.h - what a diff-aware run reports: the lines changed since a git
 * revision (--changed-since REV), or the files named with -p (what
 * pre-commit passes). The whole project is analysed either way; only the
 * findings whose location or trace touches a change are reported
 * (docs/incremental.md). */
#ifndef PITRACE_CHANGES_H
#define PITRACE_CHANGES_H

#include "report.h"

struct changes;

/* The lines changed between rev and the working tree (staged or not) of the
 * git repository holding root, and every untracked file. Returns NULL with
 * *error naming root or rev and the problem (free with g_free()). Free with
 * changes_free(). */
struct changes *changes_from_git(const char *root, const char *rev, char **error);

/* Every line of each of files. */
struct changes *changes_from_files(char *const *files, unsigned nfiles);

void changes_free(struct changes *ch);

/* Removes from rep->findings those whose location and trace touch no
 * change of ch. Call after suppressions and the baseline, so that a
 * suppression or baseline entry that covers a finding elsewhere does not
 * turn stale. Returns how many were removed. */
unsigned changes_filter_report(struct report *rep, const struct changes *ch);

#endif
