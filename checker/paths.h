/* SPDX-License-Identifier: Apache-2.0 */
/* paths.h - file names compared as the files they name: a source named on
 * the command line, by the compilation database and by git must meet as
 * one key, whichever symlink or relative form each used. */
#ifndef PITRACE_PATHS_H
#define PITRACE_PATHS_H

/* file as an absolute path with symlinks resolved; relative to base, or to
 * the current directory when base is NULL. A file that does not exist
 * keeps its canonical lexical form (no "." or ".." parts), so a deleted
 * file still compares equal to its old name. Returns a new string (free
 * with g_free()). */
char *paths_real(const char *file, const char *base);

#endif
