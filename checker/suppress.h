/* SPDX-License-Identifier: Apache-2.0 */
/* suppress.h - suppression comments in the source (docs/suppressions.md).
 *
 *     log_info("%s", masked);  // pitrace: allow(pi-logging) reason: masked above
 *     // pitrace: allow-next-line(pi-logging) reason: ...
 *     // pitrace: begin-allow(pi-unencrypted-storage) reason: ...
 *     // pitrace: end-allow(pi-unencrypted-storage)
 *
 * A suppressed finding stays in the report, marked, with its reason: the
 * audit report lists it. Problems with the comments themselves (no reason,
 * an unknown rule, a comment that hides nothing) are findings of rule
 * pitrace-suppression.
 */
#ifndef PITRACE_SUPPRESS_H
#define PITRACE_SUPPRESS_H

#include "report.h"

/* Adds a file whose suppression comments must be checked even if no
 * finding is reported in it, so that a comment hiding nothing there is
 * reported as stale. The driver calls it for every analysed main file,
 * before suppress_apply(). */
void suppress_scan_file(struct report *rep, const char *path);

/* Reads the suppression comments of every file a finding is reported in
 * and of every file given to suppress_scan_file(), marks the findings they
 * cover, adds the pitrace-suppression findings and normalises rep again.
 * Call once, after report_normalise() and before baseline_apply(). */
void suppress_apply(struct report *rep);

#endif
