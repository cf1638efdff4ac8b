/* SPDX-License-Identifier: Apache-2.0 */
/* frontend.h - parsing a translation unit with libclang and lowering it to
 * the IR. The files frontend*.c are the only ones that include clang-c. */
#ifndef PITRACE_FRONTEND_H
#define PITRACE_FRONTEND_H

#include "ir.h"

struct tu_job;
struct frontend;

/* One per worker thread: it holds a CXIndex, which must not be shared.
 * Free with frontend_free(). */
struct frontend *frontend_new(void);
void frontend_free(struct frontend *fe);

/* Parses job and lowers it. Returns the IR (free with ir_tu_free()), or NULL
 * when clang produced no translation unit at all; then *error says why (free
 * with g_free()). A TU with errors is still returned: its errors and missing
 * headers are listed in the IR for the driver to report. */
struct ir_tu *frontend_lower(struct frontend *fe, const struct tu_job *job, char **error);

/* "clang version 14.0.6"; static storage. */
const char *frontend_clang_version(void);

#endif
