/* SPDX-License-Identifier: Apache-2.0 */
/* changes.c - changed files and lines, and the report filter (changes.h). */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "changes.h"
#include "paths.h"

struct range {
	unsigned first, last;
};

struct changes {
	GHashTable *files;	/* real path -> GArray of struct range */
	GHashTable *real;	/* path as reported -> real path, memoised */
};

static struct changes *changes_new(void)
{
	struct changes *ch = g_new0(struct changes, 1);
	ch->files = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref);
	ch->real = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	return ch;
}

void changes_free(struct changes *ch)
{
	if (!ch)
		return;
	g_hash_table_destroy(ch->files);
	g_hash_table_destroy(ch->real);
	g_free(ch);
}

static void add_range(struct changes *ch, const char *path, unsigned first, unsigned last)
{
	GArray *a = g_hash_table_lookup(ch->files, path);
	if (!a) {
		a = g_array_new(FALSE, FALSE, sizeof(struct range));
		g_hash_table_insert(ch->files, g_strdup(path), a);
	}
	struct range r = { first, last };
	g_array_append_val(a, r);
}

struct changes *changes_from_files(char *const *files, unsigned nfiles)
{
	struct changes *ch = changes_new();
	for (unsigned i = 0; i < nfiles; i++) {
		char *real = paths_real(files[i], NULL);
		add_range(ch, real, 1, UINT_MAX);
		g_free(real);
	}
	return ch;
}

/* Runs git in dir; returns its standard output (free with g_free()) or
 * NULL, with its standard error in *err when asked. */
static char *git(const char *dir, const char *const *args, char **err)
{
	GPtrArray *argv = g_ptr_array_new();
	g_ptr_array_add(argv, "git");
	g_ptr_array_add(argv, "-C");
	g_ptr_array_add(argv, (gpointer)dir);
	for (const char *const *a = args; *a; a++)
		g_ptr_array_add(argv, (gpointer)*a);
	g_ptr_array_add(argv, NULL);
	char *out = NULL, *errout = NULL;
	gint status = 1;
	GError *gerr = NULL;
	bool ok = g_spawn_sync(NULL, (char **)argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &errout,
			       &status, &gerr) &&
		  status == 0;
	if (gerr) {
		g_free(errout);
		errout = g_strdup(gerr->message);
		g_error_free(gerr);
	}
	g_ptr_array_free(argv, TRUE);
	if (err)
		*err = g_strstrip(errout ? errout : g_strdup(""));
	else
		g_free(errout);
	if (!ok) {
		g_free(out);
		return NULL;
	}
	return out;
}

/* A path as git prints it: quoted with C escapes when it holds odd bytes. */
static char *unquote(const char *s)
{
	size_t n = strlen(s);
	if (n >= 2 && s[0] == '"' && s[n - 1] == '"') {
		char *inner = g_strndup(s + 1, n - 2);
		char *r = g_strcompress(inner);
		g_free(inner);
		return r;
	}
	return g_strdup(s);
}

static void parse_diff(struct changes *ch, const char *top, const char *diff)
{
	char **lines = g_strsplit(diff, "\n", -1);
	char *current = NULL;
	for (char **l = lines; *l; l++) {
		if (g_str_has_prefix(*l, "+++ ")) {
			g_free(current);
			current = NULL;
			if (strcmp(*l + 4, "/dev/null")) {
				char *rel = unquote(*l + 4);
				current = paths_real(rel, top);
				g_free(rel);
			}
		} else if (current && g_str_has_prefix(*l, "@@ ")) {
			/* @@ -a[,b] +c[,d] @@: lines c .. c+d-1 are new. A pure
			 * deletion (d = 0) changes what follows line c, so
			 * lines c and c+1 count as touched. */
			const char *plus = strstr(*l, " +");
			if (!plus)
				continue;
			char *end;
			unsigned long c = strtoul(plus + 2, &end, 10), d = 1;
			if (*end == ',')
				d = strtoul(end + 1, NULL, 10);
			if (c > UINT_MAX - 2 || d > UINT_MAX - c)
				continue;
			if (d == 0)
				add_range(ch, current, c ? (unsigned)c : 1, (unsigned)c + 1);
			else
				add_range(ch, current, (unsigned)c, (unsigned)(c + d - 1));
		} else if (current && g_str_has_prefix(*l, "Binary files ")) {
			add_range(ch, current, 1, UINT_MAX);
		}
	}
	g_free(current);
	g_strfreev(lines);
}

struct changes *changes_from_git(const char *root, const char *rev, char **error)
{
	char *err = NULL;
	const char *top_args[] = { "rev-parse", "--show-toplevel", NULL };
	char *top = git(root, top_args, &err);
	if (!top) {
		*error = g_strdup_printf("--changed-since: %s is not in a git repository (%s)", root, err);
		g_free(err);
		return NULL;
	}
	g_free(err);
	g_strstrip(top);
	char *spec = g_strconcat(rev, "^{commit}", NULL);
	const char *verify[] = { "rev-parse", "--verify", "--quiet", spec, NULL };
	char *sha = git(top, verify, NULL);
	g_free(spec);
	if (!sha) {
		*error = g_strdup_printf("--changed-since: '%s' is not a revision of the git repository %s", rev, top);
		g_free(top);
		return NULL;
	}
	g_strstrip(sha);
	const char *diff_args[] = { "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff",
				    "--no-renames", "--no-prefix", "--unified=0", sha, "--", NULL };
	const char *untracked_args[] = { "ls-files", "--others", "--exclude-standard", "-z", NULL };
	char *diff = git(top, diff_args, &err);
	char *untracked = diff ? git(top, untracked_args, NULL) : NULL;
	struct changes *ch = NULL;
	if (!diff) {
		*error = g_strdup_printf("--changed-since: git diff %s failed in %s: %s", rev, top, err);
	} else {
		ch = changes_new();
		parse_diff(ch, top, diff);
		/* -z: names separated by NUL, never quoted */
		for (const char *p = untracked; p && *p; p += strlen(p) + 1) {
			char *real = paths_real(p, top);
			add_range(ch, real, 1, UINT_MAX);
			g_free(real);
		}
	}
	g_free(err);
	g_free(diff);
	g_free(untracked);
	g_free(sha);
	g_free(top);
	return ch;
}

static bool touches(const struct changes *ch, const struct report_loc *loc)
{
	if (!loc->file)
		return false;
	const char *real = g_hash_table_lookup(ch->real, loc->file);
	if (!real) {
		char *r = paths_real(loc->file, NULL);
		g_hash_table_insert(ch->real, g_strdup(loc->file), r);
		real = r;
	}
	GArray *a = g_hash_table_lookup(ch->files, real);
	if (!a)
		return false;
	for (unsigned i = 0; i < a->len; i++) {
		const struct range *r = &g_array_index(a, struct range, i);
		if (loc->line >= r->first && loc->line <= r->last)
			return true;
	}
	return false;
}

unsigned changes_filter_report(struct report *rep, const struct changes *ch)
{
	unsigned removed = 0;
	for (unsigned i = rep->findings->len; i-- > 0;) {
		const struct finding *f = rep->findings->pdata[i];
		bool hit = touches(ch, &f->loc);
		for (unsigned s = 0; !hit && s < f->nsteps; s++)
			hit = touches(ch, &f->steps[s].loc);
		if (!hit) {
			g_ptr_array_remove_index(rep->findings, i);
			removed++;
		}
	}
	return removed;
}
