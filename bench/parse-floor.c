/* SPDX-License-Identifier: Apache-2.0 */
/* parse-floor.c - the least work a libclang-based checker must do on a
 * project: parse every translation unit of a compilation database with
 * the options pitrace uses and visit every cursor once. bench/run times it
 * as the floor pitrace's own time is compared with.
 *
 * Usage: parse-floor DIR|compile_commands.json [THREADS]
 * Prints "N TUs, M cursors, E failed" on standard output.
 *
 * Built by bench/run: cc -O2 parse-floor.c -I LLVM/include -L LLVM/lib
 * -lclang $(pkg-config --cflags --libs glib-2.0 libcjson). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <clang-c/Index.h>
#include <glib.h>

struct entry {
	char *directory;
	char *file;
	char **argv;	/* without the compiler, -c, -o X */
	int argc;
};

struct pool {
	GPtrArray *entries;
	gint next;
	GMutex lock;	/* guards cursors */
	gint64 cursors;
	gint failed;
};

/* path made absolute against dir, with "." and ".." taken out: the source
 * may be named "./sub/x.c" in the arguments and "sub/x.c" in "file". */
static char *absolute(const char *dir, const char *path)
{
	return g_canonicalize_filename(path, dir);
}

/* The compiler's arguments as libclang takes them: no compiler name, no
 * -c, no output, the source file absolute. */
static struct entry *entry_new(const cJSON *item)
{
	const cJSON *dir = cJSON_GetObjectItemCaseSensitive(item, "directory");
	const cJSON *file = cJSON_GetObjectItemCaseSensitive(item, "file");
	const cJSON *args = cJSON_GetObjectItemCaseSensitive(item, "arguments");
	const cJSON *cmd = cJSON_GetObjectItemCaseSensitive(item, "command");
	if (!cJSON_IsString(dir) || !cJSON_IsString(file))
		return NULL;
	char **raw = NULL;
	if (cJSON_IsArray(args)) {
		int n = cJSON_GetArraySize(args);
		raw = g_new0(char *, n + 1);
		for (int i = 0; i < n; i++) {
			const cJSON *a = cJSON_GetArrayItem(args, i);
			raw[i] = g_strdup(cJSON_IsString(a) ? a->valuestring : "");
		}
	} else if (!cJSON_IsString(cmd) || !g_shell_parse_argv(cmd->valuestring, NULL, &raw, NULL)) {
		return NULL;
	}
	struct entry *e = g_new0(struct entry, 1);
	e->directory = g_strdup(dir->valuestring);
	e->file = absolute(e->directory, file->valuestring);
	GPtrArray *out = g_ptr_array_new();
	for (int i = 1; raw[i]; i++) {
		if (!strcmp(raw[i], "-c"))
			continue;
		if (!strcmp(raw[i], "-o") && raw[i + 1]) {
			i++;
			continue;
		}
		char *abs = absolute(e->directory, raw[i]);
		bool is_source = !strcmp(abs, e->file);
		g_free(abs);
		if (is_source)
			continue;
		g_ptr_array_add(out, g_strdup(raw[i]));
	}
	g_ptr_array_add(out, g_strdup_printf("-working-directory=%s", e->directory));
	e->argc = (int)out->len;
	g_ptr_array_add(out, NULL);
	e->argv = (char **)g_ptr_array_free(out, FALSE);
	g_strfreev(raw);
	return e;
}

static void entry_free(gpointer data)
{
	struct entry *e = data;
	g_free(e->directory);
	g_free(e->file);
	g_strfreev(e->argv);
	g_free(e);
}

static enum CXChildVisitResult count(CXCursor c, CXCursor parent, CXClientData data)
{
	(void)c;
	(void)parent;
	(*(gint64 *)data)++;
	return CXChildVisit_Recurse;
}

static gpointer worker(gpointer data)
{
	struct pool *p = data;
	CXIndex index = clang_createIndex(0, 0);
	gint64 cursors = 0;
	for (;;) {
		guint i = (guint)g_atomic_int_add(&p->next, 1);
		if (i >= p->entries->len)
			break;
		const struct entry *e = p->entries->pdata[i];
		CXTranslationUnit tu = NULL;
		if (clang_parseTranslationUnit2(index, e->file, (const char *const *)e->argv, e->argc, NULL, 0,
						CXTranslationUnit_KeepGoing, &tu) != CXError_Success || !tu) {
			g_atomic_int_inc(&p->failed);
			continue;
		}
		clang_visitChildren(clang_getTranslationUnitCursor(tu), count, &cursors);
		clang_disposeTranslationUnit(tu);
	}
	clang_disposeIndex(index);
	g_mutex_lock(&p->lock);
	p->cursors += cursors;
	g_mutex_unlock(&p->lock);
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: parse-floor DIR|compile_commands.json [THREADS]\n");
		return 2;
	}
	char *path = g_file_test(argv[1], G_FILE_TEST_IS_DIR)
			     ? g_build_filename(argv[1], "compile_commands.json", NULL)
			     : g_strdup(argv[1]);
	int threads = argc == 3 ? atoi(argv[2]) : 1;
	if (threads < 1)
		threads = 1;
	char *text = NULL;
	GError *err = NULL;
	if (!g_file_get_contents(path, &text, NULL, &err)) {
		fprintf(stderr, "parse-floor: %s\n", err->message);
		return 2;
	}
	cJSON *db = cJSON_Parse(text);
	g_free(text);
	if (!cJSON_IsArray(db)) {
		fprintf(stderr, "parse-floor: %s: not a compilation database\n", path);
		return 2;
	}
	struct pool p = { .entries = g_ptr_array_new_with_free_func(entry_free) };
	const cJSON *item;
	cJSON_ArrayForEach(item, db) {
		struct entry *e = entry_new(item);
		if (e)
			g_ptr_array_add(p.entries, e);
	}
	cJSON_Delete(db);
	GThread **t = g_new(GThread *, threads);
	for (int i = 0; i < threads; i++)
		t[i] = g_thread_new("parse", worker, &p);
	for (int i = 0; i < threads; i++)
		g_thread_join(t[i]);
	g_free(t);
	printf("%u TUs, %" G_GINT64_FORMAT " cursors, %d failed\n", p.entries->len, p.cursors, p.failed);
	g_ptr_array_free(p.entries, TRUE);
	g_free(path);
	return 0;
}
