/* SPDX-License-Identifier: Apache-2.0 */
/* run_obtain.c - a run's IR (pipeline.h, run_obtain()): each TU parsed, or
 * loaded from the cache when none of the files it read changed; and the
 * run memo's key. See docs/incremental.md. */
#include <glib/gstdio.h>

#include "cache.h"
#include "frontend.h"
#include "ir_io.h"
#include "jobs.h"
#include "parse_pool.h"
#include "report_io.h"
#include "run_int.h"

/* The cache is a build product: it lives beside the compilation database
 * (build/.pitrace-cache), where `git clean` and a fresh build folder deal
 * with it and the source tree stays clean. */
static char *cache_dir(const struct options *o)
{
	if (o->cache_dir)
		return g_strdup(o->cache_dir);
	char *cwd = g_get_current_dir();
	char *db = g_canonicalize_filename(o->database, cwd);
	char *folder = g_file_test(db, G_FILE_TEST_IS_DIR) ? g_strdup(db) : g_path_get_dirname(db);
	char *dir = g_build_filename(folder, ".pitrace-cache", NULL);
	g_free(folder);
	g_free(db);
	g_free(cwd);
	return dir;
}

/* The build itself is part of what a cached result depends on: two
 * builds of one version (a developer's, a patched package) may analyse
 * differently, and a memo from the other must not be trusted. The
 * executable's size and modification time stand for it; hashing it would
 * cost more than the rest of a warm run. */
static char *build_identity(void)
{
	GStatBuf st;
	char *self = g_file_read_link("/proc/self/exe", NULL);
	char *id = self && g_stat(self, &st) == 0
			   ? g_strdup_printf("%lld/%lld", (long long)st.st_size, (long long)st.st_mtime)
			   : g_strdup("unknown build");
	g_free(self);
	return id;
}

static char *cache_version(void)
{
	char *build = build_identity();
	char *v = g_strdup_printf("pitrace %s (IR %d, results %d, build %s) with %s", PITRACE_VERSION,
				  IR_IO_VERSION, REPORT_IO_VERSION, build, frontend_clang_version());
	g_free(build);
	return v;
}

char *run_memo_key(const struct run *r)
{
	GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
	char *head = g_strdup_printf("pitrace-memo/1\n%s\n%d\n%.17g\n", rules_digest(r->rules),
				     r->o->heuristics, r->o->function_budget);
	g_checksum_update(sum, (const guchar *)head, -1);
	for (unsigned i = 0; i < r->jobs->len; i++) {
		g_checksum_update(sum, (const guchar *)r->keys[i], -1);
		g_checksum_update(sum, (const guchar *)r->digests[i], -1);
	}
	char *key = g_strdup(g_checksum_get_string(sum));
	g_checksum_free(sum);
	g_free(head);
	return key;
}

/* Keeps what parsing gave in the cache. TUs missing a header are not
 * kept: the header may appear without any file the TU read changing. */
static void store_parsed(struct run *r, const GArray *todo, const struct parse_result *parsed)
{
	gint64 t = g_get_monotonic_time();
	cache_begin(r->cache);
	for (unsigned k = 0; k < todo->len; k++) {
		unsigned i = g_array_index(todo, unsigned, k);
		struct ir_tu *tu = parsed[k].tu;
		if (tu && !tu->missing_headers->len &&
		    cache_store(r->cache, r->keys[i], r->jobs->pdata[i], tu, parsed[k].started_us, &r->digests[i]))
			r->stored++;
		/* Not kept, but its result may be: the memo's key names
		 * the IR, however it was obtained. */
		else if (tu)
			r->digests[i] = ir_io_digest(tu);
	}
	cache_commit(r->cache);
	r->seconds_store += pipeline_seconds_since(t);
}

/* Parses the jobs of r at the indices in todo, and stores what it can. */
static void parse_and_store(struct run *r, const GArray *todo)
{
	unsigned n = todo->len;
	if (!n)
		return;
	GPtrArray *jobs = g_ptr_array_new();
	for (unsigned k = 0; k < n; k++)
		g_ptr_array_add(jobs, r->jobs->pdata[g_array_index(todo, unsigned, k)]);
	struct parse_result *parsed = g_new0(struct parse_result, n);
	gint64 t = g_get_monotonic_time();
	parse_pool_run(jobs, pipeline_thread_count(r->o), pipeline_shows_progress(r->o), r->cx->start_dir,
		       parsed);
	r->seconds_parse += pipeline_seconds_since(t);
	r->parsed += n;
	for (unsigned k = 0; k < n; k++) {
		unsigned i = g_array_index(todo, unsigned, k);
		r->tus[i] = parsed[k].tu;
		r->errors[i] = parsed[k].error;
	}
	if (r->cache)
		store_parsed(r, todo, parsed);
	g_free(parsed);
	g_ptr_array_free(jobs, TRUE);
}

/* Which TUs the cache holds unchanged (hit[i]), with their keys, digests
 * and, for the others, why they are parsed. */
static void check_cache(struct run *r, bool *hit)
{
	unsigned n = r->jobs->len;
	r->keys = g_new0(char *, n + 1);
	r->digests = g_new0(char *, n + 1);
	r->why = g_new0(char *, n + 1);
	gint64 t = g_get_monotonic_time();
	for (unsigned i = 0; i < n; i++) {
		r->keys[i] = jobs_key(r->jobs->pdata[i]);
		hit[i] = cache_check(r->cache, r->keys[i], &r->digests[i], &r->why[i]);
	}
	r->seconds_check = pipeline_seconds_since(t);
}

/* The unchanged TUs: the memo's result when every TU's IR is one it has a
 * result for, else their IR from the cache. Entries found corrupt only now
 * are parsed after all. */
static void load_cached(struct run *r, bool *hit, GArray *todo)
{
	unsigned n = r->jobs->len;
	bool all = n > 0;
	for (unsigned i = 0; all && i < n; i++)
		all = r->digests[i] != NULL;
	gint64 t = g_get_monotonic_time();
	/* Someone asking the engine to show its work wants it to run. */
	if (all && !g_getenv("PITRACE_DUMP_SUMMARIES")) {
		r->memo_key = run_memo_key(r);
		r->memo_hit = cache_memo_load(r->cache, r->memo_key, r->rep);
	}
	g_array_set_size(todo, 0);
	for (unsigned i = 0; i < n && !r->memo_hit; i++) {
		if (!hit[i])
			continue;
		r->tus[i] = cache_load(r->cache, r->keys[i], r->digests[i]);
		if (!r->tus[i]) {
			hit[i] = false;
			g_free(r->digests[i]);
			r->digests[i] = NULL;
			r->why[i] = g_strdup("its cache entry is corrupt");
			g_array_append_val(todo, i);
		}
	}
	for (unsigned i = 0; i < n; i++)
		r->hits += hit[i];
	r->seconds_load = pipeline_seconds_since(t);
	parse_and_store(r, todo);
}

/* The changed TUs first, parsed and stored, then the unchanged ones. */
void run_obtain(struct run *r)
{
	const struct options *o = r->o;
	unsigned n = r->jobs->len;
	r->tus = g_new0(struct ir_tu *, n + 1);
	r->errors = g_new0(char *, n + 1);
	/* A database is a project, with a root to keep a cache in; files
	 * named ad hoc get one only when asked (--cache). */
	if (!o->no_cache && (o->database || o->cache_dir)) {
		char *dir = cache_dir(o);
		char *version = cache_version();
		r->cache = cache_open(dir, version, r->notes);
		g_free(version);
		g_free(dir);
	}
	GArray *todo = g_array_new(FALSE, FALSE, sizeof(unsigned));
	bool *hit = g_new0(bool, n + 1);
	if (r->cache)
		check_cache(r, hit);
	for (unsigned i = 0; i < n; i++)
		if (!hit[i])
			g_array_append_val(todo, i);
	parse_and_store(r, todo);
	if (r->cache)
		load_cached(r, hit, todo);
	g_array_free(todo, TRUE);
	g_free(hit);
}
