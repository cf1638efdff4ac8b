/* SPDX-License-Identifier: Apache-2.0 */
/* baseline.c - the baseline file (baseline.h). */
#include <string.h>

#include "baseline.h"
#include "outfile.h"
#include "report_impl.h"

#define BASELINE_SCHEMA "pitrace-baseline/1"

bool baseline_write(const struct report *rep, const char *path, char **error)
{
	cJSON *root = cJSON_CreateObject();
	cJSON_AddStringToObject(root, "schema", BASELINE_SCHEMA);
	cJSON *list = cJSON_AddArrayToObject(root, "findings");
	for (guint i = 0; i < rep->findings->len; i++) {
		const struct finding *f = rep->findings->pdata[i];
		if (f->suppression.suppressed || !f->fingerprint)
			continue;
		cJSON *o = cJSON_CreateObject();
		char *rel = report_relative_path(rep, f->loc.file);
		cJSON_AddStringToObject(o, "fingerprint", f->fingerprint);
		cJSON_AddStringToObject(o, "rule", rule_id_name(f->rule));
		cJSON_AddStringToObject(o, "file", rel ? rel : "");
		cJSON_AddStringToObject(o, "function", f->function ? f->function : "");
		cJSON_AddStringToObject(o, "message", f->message ? f->message : "");
		g_free(rel);
		cJSON_AddItemToArray(list, o);
	}
	report_json_make_valid(root);
	char *text = cJSON_Print(root);
	cJSON_Delete(root);
	if (!text) {
		*error = g_strdup_printf("%s: out of memory writing the baseline", path);
		return false;
	}
	char *with_newline = g_strconcat(text, "\n", NULL);
	cJSON_free(text);
	bool ok = outfile_write_all(path, with_newline, strlen(with_newline), error);
	g_free(with_newline);
	return ok;
}

static unsigned line_of(const char *text, const char *at)
{
	unsigned line = 1;
	for (const char *p = text; *p && p < at; p++)
		line += *p == '\n';
	return line;
}

/* The fingerprints path records, each with how often; NULL and *error when
 * it is not a baseline. */
static GHashTable *baseline_read(const char *path, char **error)
{
	char *text;
	GError *err = NULL;
	if (!g_file_get_contents(path, &text, NULL, &err)) {
		*error = g_strdup_printf("%s: cannot read the baseline: %s", path, err->message);
		g_error_free(err);
		return NULL;
	}
	const char *end = NULL;
	cJSON *root = cJSON_ParseWithOpts(text, &end, true);
	if (!root) {
		*error = g_strdup_printf("%s:%u: malformed JSON", path,
					 line_of(text, end ? end : text));
		g_free(text);
		return NULL;
	}
	g_free(text);

	GHashTable *fps = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	const cJSON *schema = cJSON_GetObjectItemCaseSensitive(root, "schema");
	const cJSON *list = cJSON_GetObjectItemCaseSensitive(root, "findings");
	if (!cJSON_IsString(schema) || strcmp(schema->valuestring, BASELINE_SCHEMA)) {
		*error = g_strdup_printf("%s: not a pitrace baseline (\"schema\" is not \"%s\")",
					 path, BASELINE_SCHEMA);
	} else if (!cJSON_IsArray(list)) {
		*error = g_strdup_printf("%s: findings: expected an array", path);
	} else {
		int i = 0;
		const cJSON *e;
		cJSON_ArrayForEach(e, list) {
			const cJSON *fp = cJSON_GetObjectItemCaseSensitive(e, "fingerprint");
			if (!cJSON_IsString(fp)) {
				*error = g_strdup_printf("%s: findings[%d].fingerprint: expected a string",
							 path, i);
				break;
			}
			unsigned n = GPOINTER_TO_UINT(g_hash_table_lookup(fps, fp->valuestring));
			g_hash_table_insert(fps, g_strdup(fp->valuestring), GUINT_TO_POINTER(n + 1));
			i++;
		}
	}
	cJSON_Delete(root);
	if (*error) {
		g_hash_table_destroy(fps);
		return NULL;
	}
	return fps;
}

bool baseline_check(const char *path, char **error)
{
	*error = NULL;
	GHashTable *fps = baseline_read(path, error);
	if (fps)
		g_hash_table_destroy(fps);
	return fps != NULL;
}

bool baseline_apply(struct report *rep, const char *path, char **error)
{
	*error = NULL;
	GHashTable *fps = baseline_read(path, error);
	if (!fps)
		return false;

	rep->baseline_hidden = 0;
	for (guint i = 0; i < rep->findings->len; i++) {
		struct finding *f = rep->findings->pdata[i];
		f->baselined = false;
		if (!f->fingerprint)
			continue;
		gpointer key, value;
		if (!g_hash_table_lookup_extended(fps, f->fingerprint, &key, &value) ||
		    !GPOINTER_TO_UINT(value))
			continue;
		g_hash_table_insert(fps, g_strdup(key), GUINT_TO_POINTER(GPOINTER_TO_UINT(value) - 1));
		/* Suppressed in the source since: the entry is still in use, but
		 * the suppression is what accounts for the finding. */
		if (!f->suppression.suppressed) {
			f->baselined = true;
			rep->baseline_hidden++;
		}
	}

	GHashTableIter it;
	gpointer value;
	rep->baseline_stale = 0;
	g_hash_table_iter_init(&it, fps);
	while (g_hash_table_iter_next(&it, NULL, &value))
		rep->baseline_stale += GPOINTER_TO_UINT(value);
	g_hash_table_destroy(fps);
	return true;
}
