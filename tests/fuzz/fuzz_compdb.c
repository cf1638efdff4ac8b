/* SPDX-License-Identifier: Apache-2.0 */
/* fuzz_compdb.c - bytes as a compile_commands.json: compdb_load() must give
 * jobs or an error naming the file, never crash, hang or leak. Its folder
 * holds response files (nested, empty, cyclic, fanning out) and a source
 * for the entries to name; loaded jobs must then be selectable by their own
 * file and digest. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "compdb.h"
#include "fuzz_common.h"

static char *db_dir, *db_file;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	static const struct {
		const char *name, *text;
	} files[] = {
		{ "db/a.rsp", "-DA=1 '-DB=two words' @b.rsp" },
		{ "db/b.rsp", "-Iinc\n-include pitrace.h" },
		{ "db/empty.rsp", "" },
		{ "db/cycle.rsp", "-DC @cycle.rsp" },
		{ "db/fan.rsp", "@fan.rsp @fan.rsp @fan.rsp" },
		{ "db/bad.rsp", "'unterminated" },
		{ "db/a.c", "int x;\n" },
		{ "db/src/b.c", "int y;\n" },
	};
	for (unsigned i = 0; i < G_N_ELEMENTS(files); i++)
		g_free(fuzz_write_file(files[i].name, files[i].text, strlen(files[i].text)));
	db_dir = g_build_filename(fuzz_tmpdir(), "db", NULL);
	db_file = g_build_filename(db_dir, "compile_commands.json", NULL);
	return 0;
}

static void bad(const char *what, const char *detail)
{
	fprintf(stderr, "fuzz_compdb: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	g_free(fuzz_write_file("db/compile_commands.json", data, size));
	char *error = NULL;
	/* Both forms of -p: the folder and the file. */
	GPtrArray *jobs = compdb_load(size % 2 ? db_dir : db_file, NULL, &error);
	if (!jobs) {
		if (!error)
			bad("no jobs and no error", NULL);
		if (!strstr(error, "compile_commands.json"))
			bad("the error does not name the database", error);
		g_free(error);
		return 0;
	}
	if (error)
		bad("jobs and an error", error);
	if (!jobs->len)
		bad("an empty job list", NULL);
	for (guint i = 0; i < jobs->len; i++) {
		const struct tu_job *j = jobs->pdata[i];
		if (!j->file || !g_path_is_absolute(j->file) || !j->directory ||
		    !g_path_is_absolute(j->directory) || !j->args || j->index != i)
			bad("a malformed job", j->file);
	}
	char *digest = compdb_digest(jobs);
	if (strlen(digest) != 64)
		bad("a digest that is not SHA-256", digest);
	g_free(digest);
	/* A job is found again by its own file. */
	char *file = g_strdup(((const struct tu_job *)jobs->pdata[jobs->len - 1])->file);
	if (!compdb_select(jobs, &file, 1, &error) || !jobs->len)
		bad("a job's own file does not select it", error);
	g_free(file);
	compdb_jobs_free(jobs);
	return 0;
}
