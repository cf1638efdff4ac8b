/* SPDX-License-Identifier: Apache-2.0 */
/* report_json.c - the report as JSON, schema "pitrace-report/1"
 * (docs/report-json.md). Scripts and the test runner read it: a field
 * changes meaning only with a new schema version. */
#include "report_impl.h"

/* Keys are string literals: added without a copy (a big report has
 * hundreds of thousands of them, one per field of every trace step). */
static void add_string(cJSON *o, const char *key, const char *s)
{
	cJSON_AddItemToObjectCS(o, key, s ? cJSON_CreateString(s) : cJSON_CreateNull());
}

static void add_loc(const struct report *rep, cJSON *o, const struct report_loc *loc)
{
	char *rel = report_relative_path(rep, loc->file);
	add_string(o, "file", rel);
	g_free(rel);
	cJSON_AddItemToObjectCS(o, "line", cJSON_CreateNumber(loc->line));
	cJSON_AddItemToObjectCS(o, "column", cJSON_CreateNumber(loc->col));
}

static cJSON *trace_json(const struct report *rep, const struct trace_step *steps,
			 unsigned n)
{
	cJSON *a = cJSON_CreateArray();
	for (unsigned i = 0; i < n; i++) {
		cJSON *s = cJSON_CreateObject();
		add_loc(rep, s, &steps[i].loc);
		add_string(s, "function", steps[i].function);
		add_string(s, "message", steps[i].message);
		cJSON_AddItemToArray(a, s);
	}
	return a;
}

static cJSON *protections_json(unsigned mask)
{
	cJSON *a = cJSON_CreateArray();
	for (int i = 0; i < PROT_KIND_COUNT; i++)
		if (mask & 1u << i)
			cJSON_AddItemToArray(a, cJSON_CreateString(pi_protection_name(1u << i)));
	return a;
}

/* "routes" (this one and the others) and "related" (the others' calls). */
static void add_routes(const struct report *rep, cJSON *o, const struct report_loc *related, unsigned n)
{
	cJSON_AddNumberToObject(o, "routes", 1 + n);
	cJSON *a = cJSON_AddArrayToObject(o, "related");
	for (unsigned i = 0; i < n; i++) {
		cJSON *l = cJSON_CreateObject();
		add_loc(rep, l, &related[i]);
		cJSON_AddItemToArray(a, l);
	}
}

static cJSON *finding_json(const struct report *rep, const struct finding *f)
{
	cJSON *o = cJSON_CreateObject();
	add_string(o, "rule", rule_id_name(f->rule));
	add_string(o, "level", level_name(f->level));
	add_loc(rep, o, &f->loc);
	add_string(o, "function", f->function);
	add_string(o, "callee", f->callee);
	add_string(o, "message", f->message);
	cJSON_AddItemToObject(o, "categories", report_categories_json(f->categories));
	cJSON_AddBoolToObject(o, "sensitive", report_sensitive(rep, f->categories));
	add_string(o, "sink", f->sink >= 0 ? sink_kind_name(f->sink) : NULL);
	add_string(o, "sink_function", f->sink_function);
	add_string(o, "source", f->source);
	add_string(o, "recipients", f->recipients);
	add_string(o, "fingerprint", f->fingerprint);
	if (f->suppression.suppressed) {
		cJSON *s = cJSON_AddObjectToObject(o, "suppression");
		add_string(s, "reason", f->suppression.reason);
		char *rel = report_relative_path(rep, f->suppression.loc.file);
		add_string(s, "file", rel);
		g_free(rel);
		cJSON_AddNumberToObject(s, "line", f->suppression.loc.line);
	} else {
		cJSON_AddNullToObject(o, "suppression");
	}
	cJSON_AddBoolToObject(o, "baselined", f->baselined);
	cJSON_AddItemToObject(o, "trace", trace_json(rep, f->steps, f->nsteps));
	add_routes(rep, o, f->related, f->nrelated);
	return o;
}

static cJSON *protected_json(const struct report *rep, const struct protected_flow *pf)
{
	cJSON *o = cJSON_CreateObject();
	add_loc(rep, o, &pf->loc);
	add_string(o, "function", pf->function);
	add_string(o, "callee", pf->callee);
	cJSON_AddItemToObject(o, "categories", report_categories_json(pf->categories));
	add_string(o, "sink", pf->sink >= 0 ? sink_kind_name(pf->sink) : NULL);
	cJSON_AddItemToObject(o, "protections", protections_json(pf->protections));
	add_string(o, "control", pf->control);
	cJSON_AddBoolToObject(o, "verified", !pf->unverified);
	cJSON *cl = cJSON_AddObjectToObject(o, "control_location");
	add_loc(rep, cl, &pf->control_loc);
	add_string(o, "source", pf->source);
	cJSON_AddItemToObject(o, "trace", trace_json(rep, pf->steps, pf->nsteps));
	add_routes(rep, o, pf->related, pf->nrelated);
	return o;
}

static const char *const inventory_kinds[] = {
	[INV_FIELD] = "field", [INV_GLOBAL] = "global", [INV_LOCAL] = "local",
	[INV_PARAM] = "parameter", [INV_FUNCTION] = "function",
};

static const char *const tag_origins[] = {
	[TAG_ANNOTATION] = "annotation", [TAG_RULE] = "rule", [TAG_HEURISTIC] = "heuristic",
};

static cJSON *inventory_json(const struct report *rep, const struct inventory_item *it)
{
	cJSON *o = cJSON_CreateObject();
	add_string(o, "name", it->name);
	add_string(o, "kind", inventory_kinds[it->kind]);
	add_string(o, "scope", it->scope);
	cJSON_AddItemToObject(o, "categories", report_categories_json(it->categories));
	cJSON_AddBoolToObject(o, "sensitive", report_sensitive(rep, it->categories));
	add_loc(rep, o, &it->loc);
	add_string(o, "origin", tag_origins[it->origin]);
	add_string(o, "rule_id", it->rule_id);
	return o;
}

static cJSON *counts_json(const struct report *rep)
{
	struct report_counts c;
	report_count(rep, &c);
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "findings", c.total);
	cJSON_AddNumberToObject(o, "open", c.open);
	cJSON_AddNumberToObject(o, "errors", c.open_by_level[LEVEL_ERROR]);
	cJSON_AddNumberToObject(o, "warnings", c.open_by_level[LEVEL_WARNING]);
	cJSON_AddNumberToObject(o, "notes", c.open_by_level[LEVEL_NOTE]);
	cJSON_AddNumberToObject(o, "suppressed", c.suppressed);
	cJSON_AddNumberToObject(o, "baselined", c.baselined);
	cJSON_AddNumberToObject(o, "baseline_stale", rep->baseline_stale);
	cJSON_AddNumberToObject(o, "protected_flows", rep->protected_flows->len);
	unsigned verified = 0;
	for (guint i = 0; i < rep->protected_flows->len; i++)
		verified += !((const struct protected_flow *)rep->protected_flows->pdata[i])->unverified;
	cJSON_AddNumberToObject(o, "protected_flows_verified", verified);
	cJSON_AddNumberToObject(o, "inventory", rep->inventory->len);
	cJSON_AddNumberToObject(o, "problems", rep->problems->len);

	unsigned by_rule[RULE_COUNT] = { 0 };
	for (guint i = 0; i < rep->findings->len; i++) {
		const struct finding *f = rep->findings->pdata[i];
		if (!f->suppression.suppressed && !f->baselined && (unsigned)f->rule < RULE_COUNT)
			by_rule[f->rule]++;
	}
	cJSON *r = cJSON_AddObjectToObject(o, "open_by_rule");
	for (int i = 0; i < RULE_COUNT; i++)
		cJSON_AddNumberToObject(r, rule_id_name(i), by_rule[i]);
	return o;
}

static cJSON *file_json(const struct report_file *f)
{
	cJSON *o = cJSON_CreateObject();
	add_string(o, "path", f->path);
	add_string(o, "sha256", f->sha256);
	return o;
}

static cJSON *scope_json(const struct report_scope *s)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "translation_units", s->tus);
	cJSON *a = cJSON_AddArrayToObject(o, "files");
	for (guint i = 0; i < s->files->len; i++)
		cJSON_AddItemToArray(a, file_json(s->files->pdata[i]));
	add_string(o, "tree_digest", s->tree_digest);
	a = cJSON_AddArrayToObject(o, "rules_files");
	for (guint i = 0; i < s->rules->len; i++)
		cJSON_AddItemToArray(a, file_json(s->rules->pdata[i]));
	cJSON *opt = cJSON_AddObjectToObject(o, "options");
	cJSON_AddBoolToObject(opt, "heuristics", s->heuristics);
	add_string(opt, "fail_on", s->fail_on);
	if (s->baseline)
		cJSON_AddItemToObject(opt, "baseline", file_json(s->baseline));
	else
		cJSON_AddNullToObject(opt, "baseline");
	add_string(o, "command_line", s->command_line);
	add_string(o, "started", s->started);
	if (s->duration >= 0)
		cJSON_AddNumberToObject(o, "duration_seconds", (double)(long)(s->duration * 1000) / 1000);
	else
		cJSON_AddNullToObject(o, "duration_seconds");
	if (s->git_dirty < 0) {
		cJSON_AddNullToObject(o, "git");
	} else {
		cJSON *g = cJSON_AddObjectToObject(o, "git");
		cJSON_AddBoolToObject(g, "dirty", s->git_dirty > 0);
		a = cJSON_AddArrayToObject(g, "changed");
		for (guint i = 0; i < s->git_changed->len; i++)
			cJSON_AddItemToArray(a, cJSON_CreateString(s->git_changed->pdata[i]));
	}
	return o;
}

char *report_digest_tree(cJSON *root)
{
	cJSON *digest = cJSON_DetachItemFromObjectCaseSensitive(root, "report_digest");
	char *text = cJSON_PrintUnformatted(root);
	char *sum = text ? g_compute_checksum_for_string(G_CHECKSUM_SHA256, text, -1) : NULL;
	cJSON_free(text);
	if (digest)
		cJSON_AddItemToObject(root, "report_digest", digest);
	return sum;
}

static cJSON *report_tree(const struct report *rep);

int report_verify_file(const char *path, char **recorded, char **computed, char **error)
{
	gchar *text = NULL;
	gsize len = 0;
	GError *err = NULL;
	*recorded = *computed = NULL;
	if (!g_file_get_contents(path, &text, &len, &err)) {
		*error = g_strdup_printf("%s: cannot read: %s", path, err->message);
		g_error_free(err);
		return -1;
	}
	cJSON *root = cJSON_ParseWithLength(text, len);
	g_free(text);
	const cJSON *d = root ? cJSON_GetObjectItemCaseSensitive(root, "report_digest") : NULL;
	const cJSON *v = d ? cJSON_GetObjectItemCaseSensitive(d, "value") : NULL;
	const cJSON *alg = d ? cJSON_GetObjectItemCaseSensitive(d, "algorithm") : NULL;
	if (!root || !cJSON_IsObject(root)) {
		*error = g_strdup_printf("%s: not a JSON report (pitrace --format json)", path);
	} else if (!cJSON_IsString(v) || !cJSON_IsString(alg) || strcmp(alg->valuestring, "sha256")) {
		*error = g_strdup_printf("%s: the report has no sha256 report_digest (made by an older pitrace, or "
					 "not a pitrace JSON report)", path);
	} else {
		*recorded = g_strdup(v->valuestring);
		*computed = report_digest_tree(root);
	}
	cJSON_Delete(root);
	if (!*computed)
		return -1;
	return !strcmp(*recorded, *computed);
}

char *report_json_digest(const struct report *rep)
{
	cJSON *root = report_tree(rep);
	char *sum = report_digest_tree(root);
	cJSON_Delete(root);
	return sum;
}

static bool json_write(const struct report *rep, FILE *out)
{
	cJSON *root = report_tree(rep);
	/* Over everything else, as printed compactly: `pitrace verify`
	 * recomputes it from the file (docs/report-json.md). */
	char *sum = report_digest_tree(root);
	cJSON *d = cJSON_AddObjectToObject(root, "report_digest");
	add_string(d, "algorithm", "sha256");
	add_string(d, "value", sum);
	g_free(sum);
	return report_json_write(root, out);
}

static cJSON *report_tree(const struct report *rep)
{
	cJSON *root = cJSON_CreateObject();
	add_string(root, "schema", "pitrace-report/1");
	add_string(root, "tool", "pitrace");
	add_string(root, "version", rep->tool_version);
	add_string(root, "libclang_version", rep->libclang_version);
	add_string(root, "rules_digest", rep->rules_digest);
	add_string(root, "database_digest", rep->database_digest);
	add_string(root, "revision", rep->revision);
	add_string(root, "date", rep->date);
	add_string(root, "root", rep->root);
	/* false when --keep-going kept a partial problem from stopping the
	 * run: some code was not analysed as written */
	cJSON_AddBoolToObject(root, "complete", !rep->incomplete);

	cJSON *a = cJSON_AddArrayToObject(root, "findings");
	for (guint i = 0; i < rep->findings->len; i++)
		cJSON_AddItemToArray(a, finding_json(rep, rep->findings->pdata[i]));
	a = cJSON_AddArrayToObject(root, "protected_flows");
	for (guint i = 0; i < rep->protected_flows->len; i++)
		cJSON_AddItemToArray(a, protected_json(rep, rep->protected_flows->pdata[i]));
	a = cJSON_AddArrayToObject(root, "inventory");
	for (guint i = 0; i < rep->inventory->len; i++)
		cJSON_AddItemToArray(a, inventory_json(rep, rep->inventory->pdata[i]));
	a = cJSON_AddArrayToObject(root, "problems");
	for (guint i = 0; i < rep->problems->len; i++) {
		const struct run_problem *pr = rep->problems->pdata[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddBoolToObject(o, "fatal", pr->fatal);
		cJSON_AddBoolToObject(o, "partial", pr->partial);
		char *rel = report_relative_path(rep, pr->loc.file);
		add_string(o, "file", rel);
		g_free(rel);
		cJSON_AddNumberToObject(o, "line", pr->loc.line);
		add_string(o, "message", pr->message);
		cJSON_AddItemToArray(a, o);
	}
	cJSON_AddItemToObject(root, "counts", counts_json(rep));
	if (rep->scope)
		cJSON_AddItemToObject(root, "scope", scope_json(rep->scope));

	report_json_make_valid(root);
	return root;
}

const struct reporter reporter_json = {
	.name = "json",
	.write = json_write,
};
