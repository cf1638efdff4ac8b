/* SPDX-License-Identifier: Apache-2.0 */
/* jobs.c - job identity and shards (jobs.h). */
#include <string.h>

#include "compdb.h"
#include "jobs.h"
#include "paths.h"

char *jobs_key(const struct tu_job *job)
{
	GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
	/* NUL-separated, so no two different jobs run together the same */
	g_checksum_update(sum, (const guchar *)"pitrace-tu/1", 13);
	g_checksum_update(sum, (const guchar *)job->file, (gssize)strlen(job->file) + 1);
	g_checksum_update(sum, (const guchar *)job->directory, (gssize)strlen(job->directory) + 1);
	for (char **a = job->args; a && *a; a++)
		g_checksum_update(sum, (const guchar *)*a, (gssize)strlen(*a) + 1);
	char *key = g_strdup(g_checksum_get_string(sum));
	g_checksum_free(sum);
	return key;
}

static gint by_file(gconstpointer a, gconstpointer b)
{
	const struct tu_job *x = *(const struct tu_job *const *)a;
	const struct tu_job *y = *(const struct tu_job *const *)b;
	int c = strcmp(x->file, y->file);
	return c ? c : (x->index > y->index) - (x->index < y->index);
}

void jobs_select_shard(GPtrArray *jobs, unsigned k, unsigned n)
{
	/* Sorting by path rather than taking database positions keeps a
	 * file in its shard when the database is regenerated in another
	 * order (bear and CMake order entries differently). */
	GPtrArray *sorted = g_ptr_array_sized_new(jobs->len);
	for (unsigned i = 0; i < jobs->len; i++)
		g_ptr_array_add(sorted, jobs->pdata[i]);
	g_ptr_array_sort(sorted, by_file);
	GHashTable *keep = g_hash_table_new(g_direct_hash, g_direct_equal);
	for (unsigned i = 0; i < sorted->len; i++)
		if (i % n == k - 1)
			g_hash_table_add(keep, sorted->pdata[i]);
	for (unsigned i = jobs->len; i-- > 0;)
		if (!g_hash_table_contains(keep, jobs->pdata[i]))
			g_ptr_array_remove_index(jobs, i);
	g_hash_table_destroy(keep);
	g_ptr_array_free(sorted, TRUE);
}

bool jobs_check_named(const GPtrArray *jobs, char *const *files, unsigned nfiles, char **error)
{
	GHashTable *mains = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (unsigned i = 0; i < jobs->len; i++)
		g_hash_table_add(mains, paths_real(((const struct tu_job *)jobs->pdata[i])->file, NULL));
	bool ok = true;
	for (unsigned i = 0; ok && i < nfiles; i++) {
		if (!g_file_test(files[i], G_FILE_TEST_EXISTS)) {
			*error = g_strdup_printf("%s: no such file", files[i]);
			ok = false;
			break;
		}
		if (g_file_test(files[i], G_FILE_TEST_IS_DIR)) {
			*error = g_strdup_printf("%s: is a folder: name the sources or headers to report on", files[i]);
			ok = false;
			break;
		}
		char *real = paths_real(files[i], NULL);
		/* A named source with no entry would be silently unanalysed;
		 * headers are reached through the sources that include them. */
		if (g_str_has_suffix(real, ".c") && !g_hash_table_contains(mains, real)) {
			*error = g_strdup_printf("%s: not in the compilation database", real);
			ok = false;
		}
		g_free(real);
	}
	g_hash_table_destroy(mains);
	return ok;
}
