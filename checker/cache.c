/* SPDX-License-Identifier: Apache-2.0 */
/* cache.c - the incremental cache in SQLite (cache.h). */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <utime.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cache.h"
#include "ir_io.h"
#include "report_io.h"
#include "wire.h"

/* The schema's name; bump with any change to the tables. */
#define SCHEMA "pitrace-cache/2"
#define MEMO_KEEP 8

/* Idempotent: runs starting together on a new cache each create it, one
 * after the other under BEGIN IMMEDIATE; the second finds it made. */
static const char schema_sql[] =
	"CREATE TABLE IF NOT EXISTS meta(name TEXT PRIMARY KEY, value TEXT NOT NULL);"
	"CREATE TABLE IF NOT EXISTS tu(key TEXT PRIMARY KEY, file TEXT NOT NULL, inputs BLOB NOT NULL,"
	" facts BLOB NOT NULL, digest TEXT NOT NULL);"
	"CREATE TABLE IF NOT EXISTS memo(key TEXT PRIMARY KEY, result BLOB NOT NULL, digest TEXT NOT NULL);";

/* What is known this run about one input file: looked at once, hashed at
 * most once, however many TUs include it. */
struct file_state {
	bool exists;
	gint64 size, mtime_ns;
	bool hashed;
	guint8 sha[32];
};

struct cache {
	sqlite3 *db;
	char *dir, *path;
	char *version;	/* what the meta row must say */
	GPtrArray *notes;
	GHashTable *files;	/* path -> struct file_state */
	GHashTable *dirs;	/* "dir:PATH" -> struct dir_state */
	bool in_transaction;
	bool read_only;		/* entries are used, none are written */
	gint64 busy_deadline;	/* monotonic time after which a lock is not waited for */
};

/* How long a run waits, in all, for a cache another run holds locked
 * (docs/incremental.md): one budget for the whole run, not per statement,
 * or each statement that meets the lock would wait it again. */
#define CACHE_LOCK_WAIT_US (10 * G_USEC_PER_SEC)

static int busy_wait(void *data, int tries)
{
	const struct cache *c = data;
	(void)tries;
	if (g_get_monotonic_time() >= c->busy_deadline)
		return 0;
	g_usleep(20000);
	return 1;
}

static void note(struct cache *c, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

static void note(struct cache *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	g_ptr_array_add(c->notes, g_strdup_vprintf(fmt, ap));
	va_end(ap);
}

const char *cache_path(const struct cache *c)
{
	return c->path;
}

static bool exec(struct cache *c, const char *sql)
{
	return sqlite3_exec(c->db, sql, NULL, NULL, NULL) == SQLITE_OK;
}

static void close_db(struct cache *c)
{
	if (c->db)
		sqlite3_close(c->db);
	c->db = NULL;
	c->in_transaction = false;
}

static void remove_files(const char *path)
{
	static const char *const suffixes[] = { "", "-journal", "-wal", "-shm" };
	for (unsigned i = 0; i < G_N_ELEMENTS(suffixes); i++) {
		char *p = g_strconcat(path, suffixes[i], NULL);
		g_unlink(p);
		g_free(p);
	}
}

static bool create_schema(struct cache *c)
{
	sqlite3_stmt *st = NULL;
	bool ok = exec(c, "BEGIN IMMEDIATE") && exec(c, schema_sql) &&
		  sqlite3_prepare_v2(c->db, "INSERT OR IGNORE INTO meta VALUES ('schema', ?1), ('version', ?2)", -1,
				     &st, NULL) == SQLITE_OK;
	if (ok) {
		sqlite3_bind_text(st, 1, SCHEMA, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, c->version, -1, SQLITE_STATIC);
		ok = sqlite3_step(st) == SQLITE_DONE;
	}
	sqlite3_finalize(st);
	return ok && exec(c, "COMMIT");
}

static bool open_db(struct cache *c)
{
	if (sqlite3_open_v2(c->path, &c->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		close_db(c);
		return false;
	}
	if (!c->busy_deadline)
		c->busy_deadline = g_get_monotonic_time() + CACHE_LOCK_WAIT_US;
	sqlite3_busy_handler(c->db, busy_wait, c);
	/* The cache can always be rebuilt: a crash may lose the last run's
	 * rows, never make a row say what it did not. */
	exec(c, "PRAGMA synchronous=OFF");
	return true;
}

/* Starts over with an empty cache: after corruption, or a foreign file. */
static void rebuild(struct cache *c)
{
	if (c->read_only) {
		note(c, "%s: a read-only cache cannot be rebuilt; running without it", c->path);
		close_db(c);
		return;
	}
	close_db(c);
	remove_files(c->path);
	if (!open_db(c) || !create_schema(c)) {
		note(c, "%s: cannot create the cache; running without it", c->path);
		close_db(c);
	}
}

/* A file SQLite finds damaged, or whose tables are not the cache's, is
 * rebuilt. Contention, a file this run may not write, a full disk or an
 * I/O error say nothing against the file: the run goes on without the
 * cache and leaves it as it is (another run may be making it, another
 * user may own it). */
static void fail(struct cache *c, const char *doing)
{
	if (!c->db)
		return;
	int code = sqlite3_errcode(c->db);
	if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
		note(c, "%s: the cache is locked by another run (%s); running without it", c->path, doing);
		close_db(c);
		return;
	}
	if (code == SQLITE_READONLY || code == SQLITE_PERM || code == SQLITE_CANTOPEN || code == SQLITE_FULL ||
	    code == SQLITE_IOERR || code == SQLITE_AUTH) {
		note(c, "%s: cannot use the cache (%s while %s); running without it, the file is left as it is",
		     c->path, sqlite3_errmsg(c->db), doing);
		close_db(c);
		return;
	}
	note(c, "%s: corrupt cache (%s while %s); deleted and rebuilt", c->path, sqlite3_errmsg(c->db), doing);
	rebuild(c);
}

/* Returns the meta row's value (free with g_free()), or NULL. */
static char *meta(struct cache *c, const char *name, bool *ok)
{
	sqlite3_stmt *st = NULL;
	char *v = NULL;
	*ok = sqlite3_prepare_v2(c->db, "SELECT value FROM meta WHERE name = ?1", -1, &st, NULL) == SQLITE_OK;
	if (*ok) {
		sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
		int rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			v = g_strdup((const char *)sqlite3_column_text(st, 0));
		else if (rc != SQLITE_DONE)
			*ok = false;
	}
	sqlite3_finalize(st);
	return v;
}

static void validate(struct cache *c)
{
	sqlite3_stmt *st = NULL;
	int tables = -1;
	if (sqlite3_prepare_v2(c->db, "SELECT count(*) FROM sqlite_master", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		tables = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (tables < 0) {
		fail(c, "opening it");
		return;
	}
	if (tables == 0) {
		if (!create_schema(c))
			fail(c, "creating it");
		return;
	}
	bool ok1 = false, ok2 = false;
	char *schema = meta(c, "schema", &ok1);
	char *version = ok1 ? meta(c, "version", &ok2) : NULL;
	if (!ok1 || !ok2 || !schema || strcmp(schema, SCHEMA)) {
		note(c, "%s: not a cache of this pitrace (schema %s); deleted and rebuilt", c->path,
		     schema ? schema : "unknown");
		rebuild(c);
	} else if (!version || strcmp(version, c->version)) {
		note(c, "%s: made by %s, this is %s; deleted and rebuilt", c->path,
		     version ? version : "an unknown pitrace", c->version);
		rebuild(c);
	}
	g_free(schema);
	g_free(version);
}

/* Each build of pitrace keeps its own file, named by its version string's
 * digest: two builds sharing one folder (a developer's and CI's, the
 * package and a patched one) would otherwise delete each other's file on
 * every alternation. */
static char *cache_file_for(const char *dir, const char *version)
{
	char *sum = g_compute_checksum_for_string(G_CHECKSUM_SHA256, version, -1);
	char *name = g_strdup_printf("cache-%.12s.sqlite", sum);
	char *path = g_build_filename(dir, name, NULL);
	g_free(name);
	g_free(sum);
	return path;
}

/* Files of builds not used for this long are removed, so that upgrades do
 * not pile up caches; a build in use touches its file on every run. */
#define CACHE_STALE_DAYS 30

static void prune_stale(struct cache *c)
{
	GDir *d = g_dir_open(c->dir, 0, NULL);
	if (!d)
		return;
	char *own = g_path_get_basename(c->path);
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;
	const char *name;
	while ((name = g_dir_read_name(d))) {
		if (!g_str_has_prefix(name, "cache-") || !g_str_has_suffix(name, ".sqlite") ||
		    !strcmp(name, own))
			continue;
		char *path = g_build_filename(c->dir, name, NULL);
		GStatBuf st;
		if (g_stat(path, &st) == 0 && now - st.st_mtime > CACHE_STALE_DAYS * 86400) {
			for (const char *const *sfx = (const char *const[]){ "", "-wal", "-shm", "-journal", NULL };
			     *sfx; sfx++) {
				char *f = g_strconcat(path, *sfx, NULL);
				g_unlink(f);
				g_free(f);
			}
			note(c, "%s: a cache of a build not used for %d days; removed", path, CACHE_STALE_DAYS);
		}
		g_free(path);
	}
	g_free(own);
	g_dir_close(d);
}

struct cache *cache_open(const char *dir, const char *version, GPtrArray *notes)
{
	struct cache *c = g_new0(struct cache, 1);
	c->dir = g_strdup(dir);
	c->path = cache_file_for(dir, version);
	c->version = g_strdup(version);
	c->notes = notes;
	c->files = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	c->dirs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	if (g_mkdir_with_parents(dir, 0777) != 0) {
		note(c, "%s: cannot create the cache folder: %s; running without a cache", dir, g_strerror(errno));
		cache_close(c);
		return NULL;
	}
	/* Keep the cache out of the project's commits. */
	char *ignore = g_build_filename(dir, ".gitignore", NULL);
	if (!g_file_test(ignore, G_FILE_TEST_EXISTS))
		g_file_set_contents(ignore, "*\n", -1, NULL);
	g_free(ignore);
	if (!open_db(c)) {
		/* never delete what could not even be opened: it may be
		 * another user's, or on a read-only disk */
		note(c, "%s: cannot open the cache; running without it", c->path);
	} else if (sqlite3_db_readonly(c->db, "main") == 1 || access(c->path, W_OK) != 0) {
		c->read_only = true;
		note(c, "%s: the cache is read-only: its entries are used, none are added", c->path);
		validate(c);
	} else {
		validate(c);
		/* a build in use is not stale, even when its runs only read */
		g_utime(c->path, NULL);
		prune_stale(c);
	}
	if (!c->db) {
		cache_close(c);
		return NULL;
	}
	return c;
}

void cache_close(struct cache *c)
{
	if (!c)
		return;
	if (c->in_transaction)
		cache_commit(c);
	close_db(c);
	g_hash_table_destroy(c->files);
	g_hash_table_destroy(c->dirs);
	g_free(c->dir);
	g_free(c->path);
	g_free(c->version);
	g_free(c);
}

/* ---- input files ---- */

static struct file_state *file_state(struct cache *c, const char *path)
{
	struct file_state *fs = g_hash_table_lookup(c->files, path);
	if (fs)
		return fs;
	fs = g_new0(struct file_state, 1);
	GStatBuf sb;
	if (g_stat(path, &sb) == 0 && S_ISREG(sb.st_mode)) {
		fs->exists = true;
		fs->size = (gint64)sb.st_size;
		fs->mtime_ns = (gint64)sb.st_mtim.tv_sec * 1000000000 + sb.st_mtim.tv_nsec;
	}
	g_hash_table_insert(c->files, g_strdup(path), fs);
	return fs;
}

void cache_foreach_file(const struct cache *c, void (*fn)(const char *path, void *data), void *data)
{
	GHashTableIter it;
	gpointer key;
	g_hash_table_iter_init(&it, c->files);
	while (g_hash_table_iter_next(&it, &key, NULL))
		fn(key, data);
}

static bool file_hash(const char *path, struct file_state *fs)
{
	if (fs->hashed)
		return true;
	char *data = NULL;
	gsize len = 0;
	if (!fs->exists || !g_file_get_contents(path, &data, &len, NULL)) {
		fs->exists = false;
		return false;
	}
	GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
	g_checksum_update(sum, (const guchar *)data, len);
	gsize n = sizeof fs->sha;
	g_checksum_get_digest(sum, fs->sha, &n);
	g_checksum_free(sum);
	g_free(data);
	fs->hashed = true;
	return true;
}

/* An include directory's listing: a header that appears in one later (a
 * new one that shadows a header found further down the -I path, one a
 * `__has_include` asked for) changes what the TU would read, though no
 * file it read changed. Inputs named "dir:PATH" record the number of
 * entries (-1: no such folder) and a digest of their sorted names. */
#define DIR_PREFIX "dir:"

struct dir_state {
	gint64 entries;
	guint8 sha[32];
};

/* What a build writes beside the sources (objects, dependency files,
 * hidden folders) is never included: an in-tree build must not make every
 * TU of the folder look changed. */
static bool could_be_included(const char *name)
{
	static const char *const built[] = { ".o", ".lo", ".a", ".so", ".d", ".obj", ".gcno", ".gcda", "~", NULL };
	if (name[0] == '.')
		return false;
	for (const char *const *b = built; *b; b++)
		if (g_str_has_suffix(name, *b))
			return false;
	return true;
}

static gint compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const struct dir_state *dir_state(struct cache *c, const char *key)
{
	struct dir_state *ds = g_hash_table_lookup(c->dirs, key);
	if (ds)
		return ds;
	ds = g_new0(struct dir_state, 1);
	ds->entries = -1;
	GDir *d = g_dir_open(key + strlen(DIR_PREFIX), 0, NULL);
	if (d) {
		GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
		const char *n;
		while ((n = g_dir_read_name(d)))
			if (could_be_included(n))
				g_ptr_array_add(names, g_strdup(n));
		g_dir_close(d);
		g_ptr_array_sort(names, compare_names);
		GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
		for (unsigned i = 0; i < names->len; i++)
			g_checksum_update(sum, names->pdata[i], (gssize)strlen(names->pdata[i]) + 1);
		gsize len = sizeof ds->sha;
		g_checksum_get_digest(sum, ds->sha, &len);
		g_checksum_free(sum);
		ds->entries = names->len;
		g_ptr_array_free(names, TRUE);
	}
	g_hash_table_insert(c->dirs, g_strdup(key), ds);
	return ds;
}

/* The folders a TU's includes are looked up in, besides the system's:
 * its own file's folder and every -I, -iquote, -isystem and -idirafter
 * (joined or separate), absolute. "dir:PATH" keys, each once. */
static GPtrArray *include_dirs(const struct tu_job *job)
{
	static const char *const flags[] = { "-I", "-iquote", "-isystem", "-idirafter", NULL };
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	char *own = g_path_get_dirname(job->file);
	g_ptr_array_add(out, g_strconcat(DIR_PREFIX, own, NULL));
	g_free(own);
	for (char **a = job->args; a && *a; a++) {
		const char *dir = NULL;
		for (const char *const *f = flags; *f && !dir; f++) {
			if (!g_str_has_prefix(*a, *f))
				continue;
			dir = (*a)[strlen(*f)] ? *a + strlen(*f) : a[1];
			if (!(*a)[strlen(*f)] && a[1])
				a++;
		}
		if (!dir || !*dir)
			continue;
		char *abs = g_canonicalize_filename(dir, job->directory);
		char *key = g_strconcat(DIR_PREFIX, abs, NULL);
		g_free(abs);
		bool seen = false;
		for (unsigned i = 0; i < out->len && !seen; i++)
			seen = !strcmp(out->pdata[i], key);
		if (seen)
			g_free(key);
		else
			g_ptr_array_add(out, key);
	}
	return out;
}

/* Whether every input listed in blob still has its recorded content; on
 * false, *why names the first that does not. */
static bool inputs_unchanged(struct cache *c, const void *blob, size_t len, char **why, bool *corrupt)
{
	struct wire_reader r;
	wire_reader_init(&r, blob, len);
	unsigned n = wire_get_count(&r, 35, "bad input count");
	*corrupt = false;
	for (unsigned i = 0; i < n; i++) {
		char *path = wire_get_string(&r);
		gint64 size = wire_get_int(&r);
		gint64 mtime = wire_get_int(&r);
		size_t shalen = 0;
		const guint8 *sha = wire_get_bytes(&r, &shalen);
		if (wire_failed(&r) || !path || shalen != 32) {
			g_free(path);
			*corrupt = true;
			*why = g_strdup("its list of inputs is corrupt");
			return false;
		}
		if (g_str_has_prefix(path, DIR_PREFIX)) {
			const struct dir_state *ds = dir_state(c, path);
			if (ds->entries != size || (size >= 0 && memcmp(ds->sha, sha, 32))) {
				*why = g_strdup_printf("the headers in %s changed", path + strlen(DIR_PREFIX));
				g_free(path);
				return false;
			}
			g_free(path);
			continue;
		}
		struct file_state *fs = file_state(c, path);
		bool same = fs->exists && fs->size == size &&
			    ((mtime && fs->mtime_ns == mtime) ||
			     (file_hash(path, fs) && !memcmp(fs->sha, sha, 32)));
		if (!same) {
			*why = g_strdup_printf("%s %s", path, fs->exists ? "changed" : "is gone");
			g_free(path);
			return false;
		}
		g_free(path);
	}
	if (!wire_at_end(&r) || !n) {
		*corrupt = true;
		*why = g_strdup("its list of inputs is corrupt");
		return false;
	}
	return true;
}

static void drop_row(struct cache *c, const char *table, const char *key)
{
	if (c->read_only)
		return;
	sqlite3_stmt *st = NULL;
	char *sql = g_strdup_printf("DELETE FROM %s WHERE key = ?1", table);
	if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
		sqlite3_step(st);
	}
	sqlite3_finalize(st);
	g_free(sql);
}

/* Runs sql, a SELECT of one row by key (?1). Returns the statement on its
 * row (*row true) or done (*row false); the caller finalizes it. NULL
 * when the cache could not be read, after fail(). */
static sqlite3_stmt *select_by_key(struct cache *c, const char *sql, const char *key, bool *row)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
		int rc = sqlite3_step(st);
		*row = rc == SQLITE_ROW;
		if (rc == SQLITE_ROW || rc == SQLITE_DONE)
			return st;
	}
	sqlite3_finalize(st);
	fail(c, "reading it");
	return NULL;
}

bool cache_check(struct cache *c, const char *key, char **digest, char **why)
{
	*digest = NULL;
	if (!c->db) {
		*why = g_strdup("no cache");
		return false;
	}
	bool row;
	sqlite3_stmt *st = select_by_key(c, "SELECT file, inputs, digest FROM tu WHERE key = ?1", key, &row);
	if (!st) {
		*why = g_strdup("the cache was rebuilt");
		return false;
	}
	bool ok = false;
	if (row) {
		bool corrupt = false;
		const char *file = (const char *)sqlite3_column_text(st, 0);
		const char *d = (const char *)sqlite3_column_text(st, 2);
		ok = inputs_unchanged(c, sqlite3_column_blob(st, 1), (size_t)sqlite3_column_bytes(st, 1), why,
				      &corrupt);
		if (ok && d && strlen(d) == 64) {
			*digest = g_strdup(d);
		} else if (ok || corrupt) {
			note(c, "%s: the cached entry of %s is corrupt; parsed again", c->path, file ? file : "?");
			g_free(*why);
			*why = g_strdup("its cache entry is corrupt");
			ok = false;
			sqlite3_finalize(st);
			st = NULL;
			drop_row(c, "tu", key);
		}
	} else {
		*why = g_strdup("not cached");
	}
	sqlite3_finalize(st);
	return ok;
}

static char *blob_digest(const void *data, size_t len)
{
	return g_compute_checksum_for_data(G_CHECKSUM_SHA256, data, len);
}

struct ir_tu *cache_load(struct cache *c, const char *key, const char *digest)
{
	if (!c->db)
		return NULL;
	struct ir_tu *tu = NULL;
	char *file = NULL, *error = NULL;
	bool row;
	sqlite3_stmt *st = select_by_key(c, "SELECT file, facts FROM tu WHERE key = ?1", key, &row);
	if (!st)
		return NULL;
	if (row) {
		file = g_strdup((const char *)sqlite3_column_text(st, 0));
		const void *blob = sqlite3_column_blob(st, 1);
		size_t len = (size_t)sqlite3_column_bytes(st, 1);
		char *d = blob_digest(blob, len);
		if (strcmp(d, digest))
			error = g_strdup("its checksum does not match");
		else
			tu = ir_io_read(blob, len, &error);
		g_free(d);
	} else {
		error = g_strdup("it vanished");
	}
	sqlite3_finalize(st);
	if (!tu) {
		note(c, "%s: the cached entry of %s is corrupt (%s); parsed again", c->path, file ? file : "?", error);
		drop_row(c, "tu", key);
	}
	g_free(error);
	g_free(file);
	return tu;
}

void cache_begin(struct cache *c)
{
	if (c->db && !c->read_only && !c->in_transaction) {
		if (exec(c, "BEGIN IMMEDIATE"))
			c->in_transaction = true;
		else
			fail(c, "writing it");
	}
}

void cache_commit(struct cache *c)
{
	if (c->db && c->in_transaction) {
		c->in_transaction = false;
		if (!exec(c, "COMMIT"))
			fail(c, "writing it");
	}
}

bool cache_store(struct cache *c, const char *key, const struct tu_job *job, const struct ir_tu *tu,
		 gint64 parse_start, char **digest_out)
{
	*digest_out = NULL;
	if (!c->db || c->read_only)
		return false;
	/* Inputs written while clang read them (or so close before that the
	 * clock cannot tell) may not be what the IR says: not stored. One
	 * written a little earlier is stored without its mtime, so that the
	 * next run compares its content. */
	gint64 start_ns = parse_start * 1000;
	gint64 now_ns = g_get_real_time() * 1000;
	GByteArray *inputs = g_byte_array_new();
	GPtrArray *dirs = include_dirs(job);
	wire_put_uint(inputs, tu->inputs->len + dirs->len);
	bool ok = tu->inputs->len > 0;
	for (unsigned i = 0; ok && i < tu->inputs->len; i++) {
		const char *path = tu->inputs->pdata[i];
		struct file_state *fs = file_state(c, path);
		if (!file_hash(path, fs) || fs->mtime_ns > start_ns - 10 * 1000000) {
			ok = false;
			break;
		}
		wire_put_string(inputs, path);
		wire_put_int(inputs, fs->size);
		wire_put_int(inputs, fs->mtime_ns > now_ns - 2000000000LL ? 0 : fs->mtime_ns);
		wire_put_bytes(inputs, fs->sha, sizeof fs->sha);
	}
	for (unsigned i = 0; ok && i < dirs->len; i++) {
		const struct dir_state *ds = dir_state(c, dirs->pdata[i]);
		wire_put_string(inputs, dirs->pdata[i]);
		wire_put_int(inputs, ds->entries);
		wire_put_int(inputs, 0);
		wire_put_bytes(inputs, ds->sha, sizeof ds->sha);
	}
	g_ptr_array_free(dirs, TRUE);
	GByteArray *facts = g_byte_array_new();
	char *error = NULL;
	if (ok && !ir_io_write(tu, facts, &error)) {
		g_free(error);
		ok = false;
	}
	if (ok) {
		char *digest = blob_digest(facts->data, facts->len);
		sqlite3_stmt *st = NULL;
		if (sqlite3_prepare_v2(c->db, "INSERT OR REPLACE INTO tu VALUES (?1, ?2, ?3, ?4, ?5)", -1, &st,
				       NULL) == SQLITE_OK) {
			sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 2, job->file, -1, SQLITE_STATIC);
			sqlite3_bind_blob(st, 3, inputs->data, (int)inputs->len, SQLITE_STATIC);
			sqlite3_bind_blob(st, 4, facts->data, (int)facts->len, SQLITE_STATIC);
			sqlite3_bind_text(st, 5, digest, -1, SQLITE_STATIC);
			ok = sqlite3_step(st) == SQLITE_DONE;
		} else {
			ok = false;
		}
		sqlite3_finalize(st);
		if (ok)
			*digest_out = digest;
		else
			g_free(digest);
		if (!ok)
			fail(c, "writing it");
	}
	g_byte_array_free(inputs, TRUE);
	g_byte_array_free(facts, TRUE);
	return ok;
}

/* ---- the run memo ---- */

static void move_all(GPtrArray *to, GPtrArray *from)
{
	for (unsigned i = 0; i < from->len; i++)
		g_ptr_array_add(to, from->pdata[i]);
	g_ptr_array_set_free_func(from, NULL);
	g_ptr_array_set_size(from, 0);
}

bool cache_memo_load(struct cache *c, const char *key, struct report *rep)
{
	if (!c->db)
		return false;
	bool row;
	sqlite3_stmt *st = select_by_key(c, "SELECT result, digest FROM memo WHERE key = ?1", key, &row);
	if (!st)
		return false;
	bool ok = false;
	char *error = NULL;
	if (row) {
		const void *blob = sqlite3_column_blob(st, 0);
		size_t len = (size_t)sqlite3_column_bytes(st, 0);
		const char *d = (const char *)sqlite3_column_text(st, 1);
		char *digest = blob_digest(blob, len);
		struct report *tmp = report_new();
		if (!d || strcmp(d, digest))
			error = g_strdup("its checksum does not match");
		else
			ok = report_io_read(tmp, blob, len, &error);
		if (ok) {
			move_all(rep->findings, tmp->findings);
			move_all(rep->protected_flows, tmp->protected_flows);
			move_all(rep->inventory, tmp->inventory);
			move_all(rep->problems, tmp->problems);
		}
		report_free(tmp);
		g_free(digest);
	}
	sqlite3_finalize(st);
	if (error) {
		note(c, "%s: the memo of the last run is corrupt (%s); analysed again", c->path, error);
		drop_row(c, "memo", key);
		g_free(error);
	}
	return ok;
}

void cache_memo_store(struct cache *c, const char *key, const struct report *rep)
{
	if (!c->db || c->read_only)
		return;
	GByteArray *b = g_byte_array_new();
	report_io_write(rep, b);
	char *digest = blob_digest(b->data, b->len);
	sqlite3_stmt *st = NULL;
	bool ok = exec(c, "BEGIN IMMEDIATE");
	if (ok && sqlite3_prepare_v2(c->db, "INSERT OR REPLACE INTO memo VALUES (?1, ?2, ?3)", -1, &st, NULL) ==
		  SQLITE_OK) {
		sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
		sqlite3_bind_blob(st, 2, b->data, (int)b->len, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, digest, -1, SQLITE_STATIC);
		ok = sqlite3_step(st) == SQLITE_DONE;
	} else {
		ok = false;
	}
	sqlite3_finalize(st);
	/* A few results are kept (a shard, a --rules variant), not all. */
	ok = ok && exec(c, "DELETE FROM memo WHERE rowid NOT IN (SELECT rowid FROM memo ORDER BY rowid DESC LIMIT "
			   G_STRINGIFY(MEMO_KEEP) ")") && exec(c, "COMMIT");
	if (!ok) {
		exec(c, "ROLLBACK");
		fail(c, "writing it");
	}
	g_free(digest);
	g_byte_array_free(b, TRUE);
}
