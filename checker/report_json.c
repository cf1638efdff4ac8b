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
	cJSON_AddNumberToObject(o, "routes", 1 + f->nrelated);
	cJSON *related = cJSON_AddArrayToObject(o, "related");
	for (unsigned i = 0; i < f->nrelated; i++) {
		cJSON *l = cJSON_CreateObject();
		add_loc(rep, l, &f->related[i]);
		cJSON_AddItemToArray(related, l);
	}
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

static bool json_write(const struct report *rep, FILE *out)
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

	report_json_make_valid(root);
	char *text = cJSON_Print(root);
	cJSON_Delete(root);
	if (!text)
		return false;
	bool ok = fputs(text, out) >= 0 && fputc('\n', out) != EOF;
	cJSON_free(text);
	return ok && !ferror(out);
}

const struct reporter reporter_json = {
	.name = "json",
	.write = json_write,
};
