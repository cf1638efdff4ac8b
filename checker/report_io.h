/* SPDX-License-Identifier: Apache-2.0 */
/* report_io.h - what the engine and the no-flow checks found, as bytes and
 * back: the run memo of the cache (cache.h) stores it so that a run whose
 * every input is unchanged skips the engine.
 *
 * Only the four lists are written (findings, protected flows, inventory,
 * problems), as they stand before suppressions, the baseline and
 * normalisation; the reproducibility header is the run's own. Reading
 * checks every length and enum value.
 */
#ifndef PITRACE_REPORT_IO_H
#define PITRACE_REPORT_IO_H

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

#include "report.h"

/* Bump when the encoding or the meaning of a report field changes. */
#define REPORT_IO_VERSION 6

/* Appends rep's lists to out. */
void report_io_write(const struct report *rep, GByteArray *out);

/* Adds the lists encoded at data to rep (normally a fresh report_new()).
 * Returns false with *error set (free with g_free()) on a corrupt buffer;
 * rep may then hold part of it. */
bool report_io_read(struct report *rep, const void *data, size_t len, char **error);

#endif
