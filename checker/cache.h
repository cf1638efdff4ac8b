/* SPDX-License-Identifier: Apache-2.0 */
/* cache.h - the incremental cache: each translation unit's IR, kept with
 * the content hash of every file it read, and a memo of the last runs'
 * results, in one SQLite file per pitrace build (DIR/cache-HASH.sqlite;
 * docs/incremental.md).
 *
 * A TU's row is keyed by jobs_key() (file, directory, arguments); it holds
 * the IR (ir_io.h), its SHA-256, and every input file with its size, mtime
 * and SHA-256. A row is used only when every input still has the content it
 * had: size and mtime equal is taken as unchanged, otherwise the content
 * is hashed and compared. The IR does not depend on the rules, so rule
 * changes keep the rows; the file as a whole is tied to the pitrace and
 * libclang versions and to the encodings' versions.
 *
 * The memo maps a key that covers every TU's row, the rules and the
 * analysis options to the engine's result (report_io.h), so that a run in
 * which nothing changed skips the IR and the engine altogether.
 *
 * Nothing read from the cache is trusted unchecked: a file that is not a
 * SQLite database or not this pitrace's cache is deleted and rebuilt, and
 * a row whose blob fails its checksum or does not decode is dropped and
 * the TU parsed again. Each such event adds a note to the notes array given
 * to cache_open() (the driver reports them as non-fatal run problems). A
 * cache that cannot be created or is locked by another run is not used.
 *
 * Single-threaded: call from one thread.
 */
#ifndef PITRACE_CACHE_H
#define PITRACE_CACHE_H

#include <stdbool.h>

#include <glib.h>

#include "compdb.h"
#include "ir.h"
#include "report.h"

struct cache;

/* Opens (creating when needed) DIR/cache-HASH.sqlite, HASH a digest of
 * version; files of other builds unused for 30 days are removed. version names what the
 * cached IR depends on besides its inputs (pitrace and libclang versions).
 * notes: a GPtrArray of char * the cache adds its notes to (the caller owns
 * it and its strings). Returns NULL, with a note, when no cache can be
 * used; free with cache_close(). */
struct cache *cache_open(const char *dir, const char *version, GPtrArray *notes);
void cache_close(struct cache *c);
const char *cache_path(const struct cache *c);

/* Whether the row of key is usable for job: on true, *digest is the IR's
 * SHA-256 (free with g_free()); on false *why says why not ("not cached",
 * "a.h changed"; free with g_free()). */
bool cache_check(struct cache *c, const char *key, char **digest, char **why);

/* Calls fn for every file whose state the cache looked at (the inputs of
 * every TU checked or stored so far), with data. */
void cache_foreach_file(const struct cache *c, void (*fn)(const char *path, void *data), void *data);

/* Loads the IR of a row cache_check() accepted. NULL (with a note, the row
 * dropped) when the blob is corrupt. Free with ir_tu_free(). */
struct ir_tu *cache_load(struct cache *c, const char *key, const char *digest);

/* Stores tu (parsed from job) under key, with the state of its inputs.
 * parse_start (g_get_real_time() when parsing began) guards against files
 * edited while clang read them: such a TU is not stored. Returns whether
 * it was stored, and then sets *digest as cache_check() does. Call between
 * cache_begin() and cache_commit(). */
bool cache_store(struct cache *c, const char *key, const struct tu_job *job,
		 const struct ir_tu *tu, gint64 parse_start, char **digest);
void cache_begin(struct cache *c);
void cache_commit(struct cache *c);

/* The run memo. cache_memo_load() adds the stored result to rep and returns
 * true, or returns false (with a note, the entry dropped, when it is
 * corrupt; rep is then untouched). */
bool cache_memo_load(struct cache *c, const char *key, struct report *rep);
void cache_memo_store(struct cache *c, const char *key, const struct report *rep);

#endif
