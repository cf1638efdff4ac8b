/* SPDX-License-Identifier: Apache-2.0 */
/* init.h - `pitrace init`: a starter rules file and the snippets that use
 * it (init.c). */
#ifndef PITRACE_INIT_H
#define PITRACE_INIT_H

#include <stdio.h>

#include "report.h"

/* Writes to out a rules file declaring every field and global of rep's
 * inventory that only a heuristic tagged, one source entry per category,
 * ids prefixed with project. Returns the number of entries. */
unsigned init_write_rules(const struct report *rep, const char *project, FILE *out);

/* Prints what to do next and the pre-commit and CI snippets that use
 * rules_file with the compilation database at database (NULL: "build"). */
void init_print_snippets(const char *database, const char *rules_file, unsigned declared, FILE *out);

#endif
