/* SPDX-License-Identifier: Apache-2.0 */
/* outfile.h - output files written whole or not at all, and never over an
 * input.
 *
 * Every file pitrace writes (the report, a baseline, facts and depfiles) goes
 * through here. A regular file, or a path that does not exist yet, is
 * written to a temporary file in the same folder and renamed into place only
 * when complete, so an interrupted run or a run that ends in exit 2 leaves
 * the old file as it was. A symbolic link is followed: its target is what
 * gets replaced, and the link stays. A device, FIFO or socket is written in
 * place (replacing it would destroy the node). */
#ifndef PITRACE_OUTFILE_H
#define PITRACE_OUTFILE_H

#include <stdbool.h>
#include <stdio.h>

struct outfile;

/* Opens PATH for writing. Returns NULL with *error set (free with g_free())
 * when it cannot be written: its folder is missing or read-only, or it is a
 * folder. Finish with outfile_commit() or outfile_abort(), which free it. */
struct outfile *outfile_open(const char *path, char **error);

/* The stream to write to; owned by the outfile. */
FILE *outfile_stream(struct outfile *f);

/* Flushes, and renames the temporary file into place. False with *error
 * set when anything written could not be stored (disk full, a device that
 * refused the data); the target is then left as it was. Frees f. */
bool outfile_commit(struct outfile *f, char **error);

/* Drops what was written: the target stays as it was. Frees f; NULL is
 * allowed. */
void outfile_abort(struct outfile *f);

/* outfile_open, one write of LEN bytes of DATA, outfile_commit. */
bool outfile_write_all(const char *path, const void *data, size_t len, char **error);

/* ---- inputs that an output must not overwrite ---- */

struct input_set;

struct input_set *input_set_new(void);
void input_set_free(struct input_set *s);

/* Remembers PATH as an input (by device and inode, so that two spellings of
 * one file are one). A path that does not exist is ignored. */
void input_set_add(struct input_set *s, const char *path);

/* Whether PATH (followed through symbolic links) is one of the inputs. */
bool input_set_has(const struct input_set *s, const char *path);

/* Removes any temporary files still open: for fatal signals. Only
 * async-signal-safe calls. */
void outfile_remove_temporaries(void);

#endif
