/* SPDX-License-Identifier: Apache-2.0 */
/* ir_io.h - a translation unit's IR as bytes and back: what facts files
 * and the cache hold.
 *
 * The form is versioned ("PITRACE-IR" and IR_IO_VERSION): a reader refuses
 * any other version rather than guess. Each distinct string is written once
 * in a table that the body refers to by number, and expression nodes
 * reached twice are written once, so a TU read back has the same sharing
 * (and, through ir_intern(), the same pointer equalities) as the one
 * written. Reading checks every length, count, index and enum value, so
 * that a truncated or corrupt buffer gives NULL and a message, never a
 * crash or an IR the engine could trip over.
 */
#ifndef PITRACE_IR_IO_H
#define PITRACE_IR_IO_H

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

#include "ir.h"

/* Bump when the encoding or the meaning of any IR field changes. */
#define IR_IO_VERSION 12

/* Appends tu's encoding to out. Returns false (out is then truncated back
 * to its length on entry) with *error set (free with g_free()) when the TU
 * cannot be encoded: an expression nested deeper than a reader would
 * follow. */
bool ir_io_write(const struct ir_tu *tu, GByteArray *out, char **error);

/* SHA-256 (hex) of tu's encoding: equal for equal IR. NULL when tu cannot
 * be encoded. Free with g_free(). */
char *ir_io_digest(const struct ir_tu *tu);

/* Decodes len bytes at data. Returns a fresh TU (free with ir_tu_free()),
 * or NULL with *error saying what is wrong (free with g_free()); the
 * message does not name a file, the caller knows which it read. */
struct ir_tu *ir_io_read(const void *data, size_t len, char **error);

#endif
