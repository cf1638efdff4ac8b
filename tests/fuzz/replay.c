/* SPDX-License-Identifier: Apache-2.0 */
/* replay.c - the fuzz targets' driver outside libFuzzer: runs
 * LLVMFuzzerTestOneInput once on every file named, and on every file of every
 * folder named (in name order). A crash or a broken invariant aborts, so a
 * CTest run of the corpus is a regression test in any build.
 *
 *     fuzz_rules tests/fuzz/corpus/rules       # everything in the folder
 *     fuzz_rules crash-1234                     # one input
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "fuzz_common.h"

static unsigned run_file(const char *path)
{
	char *data = NULL;
	gsize len = 0;
	GError *err = NULL;
	if (!g_file_get_contents(path, &data, &len, &err)) {
		fprintf(stderr, "replay: %s\n", err->message);
		exit(2);
	}
	/* libFuzzer hands the target a buffer of exactly the input's size: a
	 * copy without the terminating NUL lets ASan catch reads past it. */
	uint8_t *copy = g_malloc(len ? len : 1);
	memcpy(copy, data, len);
	g_free(data);
	LLVMFuzzerTestOneInput(copy, len);
	g_free(copy);
	return 1;
}

static gint by_name(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static unsigned run_folder(const char *path)
{
	GError *err = NULL;
	GDir *dir = g_dir_open(path, 0, &err);
	if (!dir) {
		fprintf(stderr, "replay: %s\n", err->message);
		exit(2);
	}
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	const char *name;
	while ((name = g_dir_read_name(dir)))
		if (name[0] != '.')
			g_ptr_array_add(names, g_build_filename(path, name, NULL));
	g_dir_close(dir);
	g_ptr_array_sort(names, by_name);
	unsigned n = 0;
	for (guint i = 0; i < names->len; i++) {
		const char *file = names->pdata[i];
		if (g_file_test(file, G_FILE_TEST_IS_REGULAR))
			n += run_file(file);
	}
	g_ptr_array_free(names, TRUE);
	return n;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE|FOLDER...\n", argv[0]);
		return 2;
	}
	LLVMFuzzerInitialize(&argc, &argv);
	unsigned n = 0;
	for (int i = 1; i < argc; i++) {
		if (!g_file_test(argv[i], G_FILE_TEST_EXISTS)) {
			fprintf(stderr, "replay: %s: no such file or folder\n", argv[i]);
			return 2;
		}
		n += g_file_test(argv[i], G_FILE_TEST_IS_DIR) ? run_folder(argv[i]) : run_file(argv[i]);
	}
	if (!n) {
		fprintf(stderr, "replay: no inputs\n");
		return 2;
	}
	printf("replay: %u inputs, no crash\n", n);
	return 0;
}
