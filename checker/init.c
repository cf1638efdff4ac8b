/* SPDX-License-Identifier: Apache-2.0 */
/* init.c - `pitrace init`: from nothing to a gate in one command. The
 * analysis runs as usual; instead of findings, the fields and globals that
 * only the identifier heuristics tagged become a starter rules file, for
 * the team to confirm (keep the entry) or drop (delete it): declared PI no
 * longer depends on names, and --no-heuristics becomes possible. The
 * pre-commit and CI snippets that use the file go to standard output. */
#include <string.h>

#include <cjson/cJSON.h>

#include "init.h"
#include "report_impl.h"

/* A rule id part: letters, digits and '_' kept, the rest '_'. */
static void append_id_part(GString *s, const char *text)
{
	for (const char *p = text; *p; p++)
		g_string_append_c(s, g_ascii_isalnum(*p) || *p == '_' ? *p : '_');
}

static bool worth_declaring(const struct inventory_item *it)
{
	return it->origin == TAG_HEURISTIC && (it->kind == INV_FIELD || it->kind == INV_GLOBAL);
}

unsigned init_write_rules(const struct report *rep, const char *project, FILE *out)
{
	cJSON *root = cJSON_CreateObject();
	cJSON_AddNumberToObject(root, "pitrace_rules", 1);
	char *about = g_strdup_printf("%s: the PI fields and globals pitrace's identifier heuristics found "
				      "(pitrace init). Keep each entry that is personal information, delete "
				      "the rest, and add what the names did not reveal (docs/rules.md).",
				      project);
	cJSON_AddStringToObject(root, "description", about);
	g_free(about);
	cJSON *sources = cJSON_AddArrayToObject(root, "sources");
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	unsigned n = 0;
	for (unsigned i = 0; i < rep->inventory->len; i++) {
		const struct inventory_item *it = rep->inventory->pdata[i];
		if (!worth_declaring(it))
			continue;
		/* "struct app.id_number": the rule's field name as it stands */
		for (int c = 0; c < 32; c++) {
			if (!(it->categories & (1u << c)))
				continue;
			char *cat = report_categories_string(1u << c);
			GString *id = g_string_new(NULL);
			append_id_part(id, project);
			g_string_append_c(id, '.');
			const char *name = it->name;
			if (g_str_has_prefix(name, "struct ") || g_str_has_prefix(name, "union "))
				name = strchr(name, ' ') + 1;
			append_id_part(id, name);
			g_string_append_printf(id, ".%s", cat);
			if (g_hash_table_contains(seen, id->str)) {
				g_string_free(id, TRUE);
				g_free(cat);
				continue;
			}
			cJSON *e = cJSON_CreateObject();
			cJSON_AddStringToObject(e, "id", id->str);
			cJSON_AddStringToObject(e, it->kind == INV_FIELD ? "field" : "global", it->name);
			cJSON_AddStringToObject(e, "category", cat);
			char *rel = it->loc.file ? report_path_below_root(rep, it->loc.file) : NULL;
			char *why = g_strdup_printf("found by the heuristic %s at %s:%u: confirm or delete",
						    it->rule_id ? it->rule_id : "on its name",
						    rel ? rel : it->loc.file ? it->loc.file : "?", it->loc.line);
			g_free(rel);
			cJSON_AddStringToObject(e, "description", why);
			g_free(why);
			cJSON_AddItemToArray(sources, e);
			g_hash_table_add(seen, g_string_free(id, FALSE));
			g_free(cat);
			n++;
		}
	}
	g_hash_table_destroy(seen);
	report_json_write(root, out);	/* the caller checks out for errors */
	return n;
}

void init_print_snippets(const char *database, const char *rules_file, unsigned declared, FILE *out)
{
	const char *db = database ? database : "build";
	fprintf(out,
		"pitrace init: %u entr%s (fields and globals the heuristics tagged) written to %s.\n"
		"Review it: keep what is personal information, delete the rest.\n\n",
		declared, declared == 1 ? "y" : "ies", rules_file);
	fprintf(out,
		"# .pre-commit-config.yaml (https://pre-commit.com; pitrace installed on PATH)\n"
		"repos:\n"
		"  - repo: local\n"
		"    hooks:\n"
		"      - id: pitrace\n"
		"        name: pitrace (personal information)\n"
		"        entry: pitrace -p %s --rules %s --quiet\n"
		"        language: system\n"
		"        types: [c]\n"
		"        require_serial: true\n\n",
		db, rules_file);
	fprintf(out,
		"# .github/workflows/pitrace.yml (docs/ci.md has GitLab and more)\n"
		"on: [push, pull_request]\n"
		"jobs:\n"
		"  pitrace:\n"
		"    runs-on: ubuntu-latest\n"
		"    permissions: {contents: read, security-events: write}\n"
		"    steps:\n"
		"      - uses: actions/checkout@v4\n"
		"      - run: cmake -S . -B %s -DCMAKE_EXPORT_COMPILE_COMMANDS=ON\n"
		"      - uses: pitrace-project/pitrace@v1\n"
		"        with:\n"
		"          compile-commands: %s\n"
		"          args: --rules %s\n",
		db, db, rules_file);
}
