/* SPDX-License-Identifier: Apache-2.0 */
/* scope.c - the evidence of what was scanned. The platform in the court
 * case could not prove what it had done; a report that lists every file
 * with its digest, the rules and options in force, and whether the tree
 * was the committed one can be checked against the code it speaks of. */
#include <stdlib.h>
#include <string.h>

#include "scope.h"

char *scope_file_sha256(const char *path)
{
	gchar *data = NULL;
	gsize len = 0;
	if (!g_file_get_contents(path, &data, &len, NULL))
		return NULL;
	char *sum = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)data, len);
	g_free(data);
	return sum;
}

char *scope_command_line(int argc, char **argv)
{
	GString *s = g_string_new("pitrace");
	for (int i = 1; i < argc; i++) {
		char *q = g_shell_quote(argv[i]);
		/* plain words stay plain: -p build, not '-p' 'build' */
		bool plain = strspn(argv[i], "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
					     "0123456789-_./=:,+@%") == strlen(argv[i]) && *argv[i];
		g_string_append_printf(s, " %s", plain ? argv[i] : q);
		g_free(q);
	}
	return g_string_free(s, FALSE);
}

static struct report_file *file_entry(const char *root, const char *path)
{
	struct report_file *f = g_new0(struct report_file, 1);
	size_t n = root ? strlen(root) : 0;
	if (root && !strncmp(path, root, n) && path[n] == '/')
		f->path = g_strdup(path + n + 1);
	else
		f->path = g_strdup(path);
	f->sha256 = scope_file_sha256(path);
	if (!f->sha256)
		f->sha256 = g_strdup("unreadable");
	return f;
}

static gint by_path(gconstpointer a, gconstpointer b)
{
	const struct report_file *x = *(const struct report_file *const *)a;
	const struct report_file *y = *(const struct report_file *const *)b;
	return strcmp(x->path, y->path);
}

/* git's word on the tree: -1 when root is in no work tree. */
static int git_state(const char *root, GPtrArray *changed)
{
	char *out = NULL;
	gint status = 1;
	const char *argv[] = { "git", "-C", root, "status", "--porcelain=v1", "-z", "--", ".", NULL };
	if (!g_spawn_sync(NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
			  NULL, &out, NULL, &status, NULL) ||
	    !g_spawn_check_wait_status(status, NULL)) {
		g_free(out);
		return -1;
	}
	/* "XY path\0" entries; a rename adds "\0old" */
	for (const char *p = out; p && *p;) {
		size_t n = strlen(p);
		if (n > 3)
			g_ptr_array_add(changed, g_strdup(p + 3));
		bool rename = p[0] == 'R' || p[0] == 'C';
		p += n + 1;
		if (rename && *p)
			p += strlen(p) + 1;
	}
	g_free(out);
	return changed->len > 0;
}

struct report_scope *scope_collect(const struct scope_input *in)
{
	struct report_scope *s = g_new0(struct report_scope, 1);
	s->files = g_ptr_array_new_with_free_func(report_file_free);
	s->rules = g_ptr_array_new_with_free_func(report_file_free);
	size_t n = in->root ? strlen(in->root) : 0;
	GHashTableIter it;
	gpointer key;
	g_hash_table_iter_init(&it, in->files);
	while (g_hash_table_iter_next(&it, &key, NULL)) {
		const char *path = key;
		/* the project's own files: system headers are the machine's */
		if (in->root && !strncmp(path, in->root, n) && path[n] == '/')
			g_ptr_array_add(s->files, file_entry(in->root, path));
	}
	g_ptr_array_sort(s->files, by_path);
	GChecksum *tree = g_checksum_new(G_CHECKSUM_SHA256);
	for (unsigned i = 0; i < s->files->len; i++) {
		const struct report_file *f = s->files->pdata[i];
		g_checksum_update(tree, (const guchar *)f->path, -1);
		g_checksum_update(tree, (const guchar *)"\0", 1);
		g_checksum_update(tree, (const guchar *)f->sha256, -1);
		g_checksum_update(tree, (const guchar *)"\n", 1);
	}
	s->tree_digest = g_strdup(g_checksum_get_string(tree));
	g_checksum_free(tree);
	for (unsigned i = 0; in->rules_files && i < in->rules_files->len; i++)
		g_ptr_array_add(s->rules, file_entry(in->root, in->rules_files->pdata[i]));
	if (in->baseline)
		s->baseline = file_entry(in->root, in->baseline);
	s->tus = in->tus;
	s->heuristics = in->heuristics;
	s->fail_on = g_strdup(in->fail_on);
	s->command_line = g_strdup(in->command_line);
	/* SOURCE_DATE_EPOCH: a reproducible report, so no wall-clock time */
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	GDateTime *dt = sde && *sde ? g_date_time_new_from_unix_utc(g_ascii_strtoll(sde, NULL, 10))
				    : g_date_time_new_from_unix_utc(in->started_us / G_USEC_PER_SEC);
	s->started = g_date_time_format_iso8601(dt);
	g_date_time_unref(dt);
	s->duration = sde && *sde ? -1 : (double)(g_get_monotonic_time() - in->started_mono_us) / 1e6;
	s->git_changed = g_ptr_array_new_with_free_func(g_free);
	s->git_dirty = in->root ? git_state(in->root, s->git_changed) : -1;
	return s;
}
