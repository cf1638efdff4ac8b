/* SPDX-License-Identifier: Apache-2.0 */
/* report_gitlab.c - GitLab's SAST report (security report schema 15.0),
 * what a `reports: sast:` artifact must hold for findings to reach merge
 * requests and the vulnerability report (ci/gitlab/pitrace.gitlab-ci.yml).
 * Only open findings are vulnerabilities: suppressed and baselined ones
 * were accepted in the repository, and GitLab has no state for them. */
#include <string.h>

#include "report_impl.h"

/* GitLab's severities; a sensitive error is the worst it has. */
static const char *severity(const struct report *rep, const struct finding *f)
{
	switch (f->level) {
	case LEVEL_ERROR:
		return report_sensitive(rep, f->categories) ? "Critical" : "High";
	case LEVEL_WARNING:
		return "Medium";
	default:
		return "Low";
	}
}

static cJSON *identifier(const char *type, const char *name, const char *value, const char *url)
{
	cJSON *i = cJSON_CreateObject();
	cJSON_AddStringToObject(i, "type", type);
	cJSON_AddStringToObject(i, "name", name);
	cJSON_AddStringToObject(i, "value", value);
	if (url)
		cJSON_AddStringToObject(i, "url", url);
	return i;
}

static cJSON *tool(const struct report *rep)
{
	cJSON *t = cJSON_CreateObject();
	cJSON_AddStringToObject(t, "id", "pitrace");
	cJSON_AddStringToObject(t, "name", "pitrace");
	cJSON_AddStringToObject(t, "version", rep->tool_version ? rep->tool_version : "unknown");
	cJSON_AddStringToObject(t, "url", "https://github.com/pitrace-project/pitrace");
	cJSON *v = cJSON_AddObjectToObject(t, "vendor");
	cJSON_AddStringToObject(v, "name", "pitrace");
	return t;
}

/* "2026-12-03T18:37:16Z" as GitLab wants it: no zone, no fraction. */
static char *gitlab_time(const char *iso)
{
	GDateTime *dt = iso ? g_date_time_new_from_iso8601(iso, NULL) : NULL;
	if (!dt)
		dt = g_date_time_new_now_utc();
	char *s = g_date_time_format(dt, "%Y-%m-%dT%H:%M:%S");
	g_date_time_unref(dt);
	return s;
}

static bool gitlab_write(const struct report *rep, FILE *out)
{
	cJSON *root = cJSON_CreateObject();
	cJSON_AddStringToObject(root, "version", "15.0.7");
	cJSON *vulns = cJSON_AddArrayToObject(root, "vulnerabilities");
	for (guint i = 0; i < rep->findings->len; i++) {
		const struct finding *f = rep->findings->pdata[i];
		if (f->suppression.suppressed || f->baselined)
			continue;
		const struct check_text *d = check_get(f->rule)->text;
		cJSON *v = cJSON_CreateObject();
		/* stable across runs and moved lines: the finding's fingerprint */
		cJSON_AddStringToObject(v, "id", f->fingerprint ? f->fingerprint : "unknown");
		cJSON_AddStringToObject(v, "name", d->short_en);
		cJSON_AddStringToObject(v, "description", f->message ? f->message : d->full_en);
		cJSON_AddStringToObject(v, "severity", severity(rep, f));
		cJSON_AddStringToObject(v, "solution", d->fix_en);
		cJSON *ids = cJSON_AddArrayToObject(v, "identifiers");
		cJSON_AddItemToArray(ids, identifier("pitrace_rule", rule_id_name(f->rule), rule_id_name(f->rule),
						      NULL));
		if (d->cwe) {
			char *name = g_strdup_printf("CWE-%s", d->cwe);
			char *url = g_strdup_printf("https://cwe.mitre.org/data/definitions/%s.html", d->cwe);
			cJSON_AddItemToArray(ids, identifier("cwe", name, d->cwe, url));
			g_free(url);
			g_free(name);
		}
		cJSON *loc = cJSON_AddObjectToObject(v, "location");
		char *rel = f->loc.file ? report_relative_path(rep, f->loc.file) : NULL;
		cJSON_AddStringToObject(loc, "file", rel ? rel : f->loc.file ? f->loc.file : "");
		g_free(rel);
		cJSON_AddNumberToObject(loc, "start_line", f->loc.line ? f->loc.line : 1);
		cJSON_AddNumberToObject(loc, "end_line", f->loc.line ? f->loc.line : 1);
		if (f->function)
			cJSON_AddStringToObject(loc, "method", f->function);
		cJSON_AddItemToArray(vulns, v);
	}
	cJSON *scan = cJSON_AddObjectToObject(root, "scan");
	cJSON_AddItemToObject(scan, "analyzer", tool(rep));
	cJSON_AddItemToObject(scan, "scanner", tool(rep));
	cJSON_AddStringToObject(scan, "type", "sast");
	char *start = gitlab_time(rep->scope ? rep->scope->started : rep->date);
	char *end = gitlab_time(rep->date);
	cJSON_AddStringToObject(scan, "start_time", start);
	cJSON_AddStringToObject(scan, "end_time", end);
	g_free(start);
	g_free(end);
	/* an incomplete run is a failed scan, with the reasons */
	cJSON_AddStringToObject(scan, "status", rep->incomplete ? "failure" : "success");
	cJSON *msgs = cJSON_AddArrayToObject(scan, "messages");
	for (guint i = 0; i < rep->problems->len; i++) {
		const struct run_problem *pr = rep->problems->pdata[i];
		cJSON *m = cJSON_CreateObject();
		/* GitLab's levels: fatal halted the scan, warn is a partial
		 * error (what --keep-going kept going past) or a recoverable
		 * problem; the incompleteness itself is in status */
		cJSON_AddStringToObject(m, "level", pr->fatal ? "fatal" : "warn");
		char *text = pr->loc.file ? g_strdup_printf("%s: %s", pr->loc.file, pr->message) : g_strdup(pr->message);
		cJSON_AddStringToObject(m, "value", text);
		g_free(text);
		cJSON_AddItemToArray(msgs, m);
	}
	return report_json_write(root, out);
}

const struct reporter reporter_gitlab = {
	.name = "gitlab",
	.write = gitlab_write,
};
