/* SPDX-License-Identifier: Apache-2.0 */
/* fuzz_rules.c - bytes as a rule file: rules_load_path() must accept it or
 * refuse it with a message, never crash or leak; a rule set that loads must
 * finish, answer queries about every name the file mentions, print, and
 * lend its category labels to a report that every format can write. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_tmpdir();
	return 0;
}

static void query(const struct rules *r, const char *name)
{
	const struct rule_function *f = rules_function(r, name);
	if (f && (!f->sinks || !f->handles || !f->sanitizers || !f->propagators ||
		  !f->cleaners || !f->sources))
		abort();
	rules_global_handle(r, name);
	rules_global_categories(r, name);
	rules_field_categories(r, "struct app", name);
	rules_is_cipher(r, name);
	const struct rule_heuristic *h = NULL;
	unsigned mask = rules_heuristic_categories(r, name, HEUR_ALL, &h, NULL);
	if (mask && !h)
		abort();
	char *norm = rules_normalise_identifier(name);
	g_free(norm);
}

/* Every string in the JSON (keys too): the names the rules can be asked
 * about. */
static void query_strings(const struct rules *r, const cJSON *v, unsigned *budget)
{
	for (; v && *budget; v = v->next) {
		if (v->string) {
			query(r, v->string);
			--*budget;
		}
		if (cJSON_IsString(v) && v->valuestring && *budget) {
			query(r, v->valuestring);
			--*budget;
		}
		query_strings(r, v->child, budget);
	}
}

static void report_with(const struct rules *r)
{
	struct report *rep = report_new();
	rep->rules = r;
	rep->lang = g_strdup("zh");
	struct finding *f = report_add_finding(rep);
	f->rule = RULE_LOGGING;
	f->level = LEVEL_ERROR;
	f->categories = (1u << PI_CATEGORY_COUNT) - 1;
	f->sink = SINK_LOG;
	f->message = g_strdup("m");
	struct inventory_item *it = report_add_inventory(rep);
	it->name = g_strdup("struct app.id_number");
	it->categories = f->categories;
	report_normalise(rep);
	fuzz_check_reporters(rep);
	g_free(rep->lang);
	rep->lang = g_strdup("en");
	fuzz_check_reporters(rep);
	report_free(rep);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *path = fuzz_write_file("rules.json", data, size);
	struct rules *r = rules_new();
	char *error = NULL;
	bool ok = rules_load_path(r, path, &error);
	if (ok == (error != NULL)) {
		fprintf(stderr, "fuzz_rules: load returned %d with error %s\n", ok,
			error ? error : "(none)");
		abort();
	}
	if (!ok && !strstr(error, path)) {
		fprintf(stderr, "fuzz_rules: the error does not name the file: %s\n", error);
		abort();
	}
	g_free(error);
	error = NULL;
	if (ok) {
		/* A second load of the same ids replaces the first. */
		if (!rules_load_path(r, path, &error)) {
			fprintf(stderr, "fuzz_rules: the second load failed: %s\n", error);
			abort();
		}
		rules_finish(r, size % 2 == 0);
		cJSON *root = cJSON_ParseWithLength((const char *)data, size);
		unsigned budget = 256;
		query_strings(r, root, &budget);
		cJSON_Delete(root);
		if (strlen(rules_digest(r)) != 64)
			abort();
		char *text = NULL;
		size_t len = 0;
		FILE *out = open_memstream(&text, &len);
		rules_print(r, out);
		fclose(out);
		free(text);
		report_with(r);
	}
	rules_free(r);
	g_free(path);
	return 0;
}
