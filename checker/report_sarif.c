/* SPDX-License-Identifier: Apache-2.0 */
/* report_sarif.c - SARIF 2.1.0 for GitHub code scanning (CONTRACT 4).
 *
 * Choices the contract leaves open (docs/report-json.md, "SARIF"):
 * - every finding is a result; a suppressed one carries an inSource
 *   suppression with its reason, a baselined one an external suppression
 *   and baselineState "unchanged", so code scanning shows both as closed
 *   instead of losing their history;
 * - partialFingerprints["pitrace/v1"] is the report's fingerprint, which
 *   holds no line numbers;
 * - URIs are relative to %SRCROOT% (the report's root) when the file lies
 *   below it, file:// URIs otherwise.
 */
#include <string.h>

#include "report_impl.h"

#define SARIF_SCHEMA \
	"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
#define FINGERPRINT_KEY "pitrace/v1"
#define HOMEPAGE "https://github.com/pitrace-project/pitrace"
/* each report rule's help, one anchor per rule id */
#define RULES_DOC HOMEPAGE "/blob/main/docs/report-rules.md#"

#ifndef PITRACE_VERSION
#define PITRACE_VERSION "0.0.0"
#endif

static cJSON *text_object(const char *text)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "text", text ? text : "");
	return o;
}

static cJSON *artifact_location(const struct report *rep, const char *file)
{
	cJSON *a = cJSON_CreateObject();
	char *rel = report_path_below_root(rep, file);
	char *uri;
	if (rel) {
		uri = g_uri_escape_string(rel, G_URI_RESERVED_CHARS_ALLOWED_IN_PATH, FALSE);
		cJSON_AddStringToObject(a, "uri", uri);
		cJSON_AddStringToObject(a, "uriBaseId", "%SRCROOT%");
	} else if (g_path_is_absolute(file)) {
		char *canon = report_canonical_path(file);
		uri = g_filename_to_uri(canon, NULL, NULL);
		g_free(canon);
		cJSON_AddStringToObject(a, "uri", uri ? uri : file);
	} else {
		/* A relative reference, resolved against the working directory. */
		uri = g_uri_escape_string(file, G_URI_RESERVED_CHARS_ALLOWED_IN_PATH, FALSE);
		cJSON_AddStringToObject(a, "uri", uri);
	}
	g_free(uri);
	g_free(rel);
	return a;
}

/* A location object; NULL when loc names no file. */
static cJSON *location(const struct report *rep, const struct report_loc *loc,
		       const char *msg, const char *callee)
{
	if (!loc->file)
		return NULL;
	cJSON *l = cJSON_CreateObject();
	cJSON *p = cJSON_AddObjectToObject(l, "physicalLocation");
	cJSON_AddItemToObject(p, "artifactLocation", artifact_location(rep, loc->file));
	if (loc->line) {
		cJSON *r = cJSON_AddObjectToObject(p, "region");
		cJSON_AddNumberToObject(r, "startLine", loc->line);
		if (loc->col)
			cJSON_AddNumberToObject(r, "startColumn", loc->col);
		/* one line; the callee's name when the location is a call */
		cJSON_AddNumberToObject(r, "endLine", loc->line);
		if (loc->col)
			cJSON_AddNumberToObject(r, "endColumn", loc->col + (callee ? strlen(callee) : 1));
	}
	if (msg)
		cJSON_AddItemToObject(l, "message", text_object(msg));
	return l;
}

static const char *sarif_level(enum level l)
{
	return l == LEVEL_ERROR ? "error" : l == LEVEL_WARNING ? "warning" : "note";
}

/* GitHub's scale (critical >= 9.0, high >= 7.0, medium >= 4.0): by the
 * finding's level and whether its PI is sensitive, so that an error for
 * an ID number is critical, never "medium". */
static const char *result_severity(const struct report *rep, const struct finding *f)
{
	bool sensitive = report_sensitive(rep, f->categories);
	switch (f->level) {
	case LEVEL_ERROR:
		return sensitive ? "9.0" : "8.0";
	case LEVEL_WARNING:
		return sensitive ? "7.0" : "5.5";
	default:
		return "3.0";
	}
}

/* GitHub reads security-severity from the rule, not the result: the
 * rule's value is the highest of its default and of its open results in
 * this run, so that an ID number logged as an error shows as critical
 * there too. Each result keeps its own value for the tools that read it. */
static const char *rule_severity(const struct report *rep, enum rule_id r, const char *def)
{
	const char *best = def;
	for (unsigned i = 0; i < rep->findings->len; i++) {
		const struct finding *f = rep->findings->pdata[i];
		if (f->rule != r || f->suppression.suppressed || f->baselined)
			continue;
		const char *s = result_severity(rep, f);
		if (g_ascii_strtod(s, NULL) > g_ascii_strtod(best, NULL))
			best = s;
	}
	return best;
}

static cJSON *rule_json(const struct report *rep, enum rule_id r)
{
	const struct check *c = check_get(r);
	const struct check_text *d = c->text;
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "id", c->id);
	cJSON_AddStringToObject(o, "name", c->sarif_name);
	cJSON_AddItemToObject(o, "shortDescription", text_object(d->short_en));
	cJSON_AddItemToObject(o, "fullDescription", text_object(d->full_en));

	GString *text = g_string_new(NULL), *md = g_string_new(NULL);
	g_string_append_printf(text, "%s\n\nHow to fix: %s\n", d->full_en, d->fix_en);
	g_string_append_printf(md, "**%s**\n\n%s\n\n**How to fix.** %s\n", d->short_en,
			       d->full_en, d->fix_en);
	if (*d->legal_en) {
		g_string_append_printf(text, "\nLegal basis: %s\n", d->legal_en);
		g_string_append_printf(md, "\n**Legal basis.** %s\n", d->legal_en);
	}
	cJSON *help = cJSON_AddObjectToObject(o, "help");
	cJSON_AddStringToObject(help, "text", text->str);
	cJSON_AddStringToObject(help, "markdown", md->str);
	g_string_free(text, TRUE);
	g_string_free(md, TRUE);

	char *help_uri = g_strconcat(RULES_DOC, c->id, NULL);
	cJSON_AddStringToObject(o, "helpUri", help_uri);
	g_free(help_uri);

	cJSON *cfg = cJSON_AddObjectToObject(o, "defaultConfiguration");
	cJSON_AddStringToObject(cfg, "level", sarif_level(c->level));

	cJSON *props = cJSON_AddObjectToObject(o, "properties");
	cJSON *tags = cJSON_AddArrayToObject(props, "tags");
	if (d->cwe) {
		char *cwe = g_strdup_printf("external/cwe/cwe-%s", d->cwe);
		cJSON_AddItemToArray(tags, cJSON_CreateString("security"));
		cJSON_AddItemToArray(tags, cJSON_CreateString("privacy"));
		cJSON_AddItemToArray(tags, cJSON_CreateString("pipl"));
		cJSON_AddItemToArray(tags, cJSON_CreateString(cwe));
		g_free(cwe);
		cJSON_AddStringToObject(props, "security-severity", rule_severity(rep, r, d->security_severity));
	} else {
		cJSON_AddItemToArray(tags, cJSON_CreateString("maintainability"));
	}
	cJSON_AddStringToObject(props, "precision", "medium");
	cJSON_AddStringToObject(props, "problem.severity", sarif_level(c->level));
	return o;
}

static cJSON *driver_json(const struct report *rep)
{
	const char *version = rep->tool_version ? rep->tool_version : PITRACE_VERSION;
	cJSON *d = cJSON_CreateObject();
	cJSON_AddStringToObject(d, "name", "pitrace");
	cJSON_AddStringToObject(d, "version", version);
	/* SARIF wants semantic versions only here; "0.1.0-5-gabc" is one too. */
	if (g_regex_match_simple("^[0-9]+\\.[0-9]+\\.[0-9]+([-+][0-9A-Za-z.+-]*)?$",
				 version, 0, 0))
		cJSON_AddStringToObject(d, "semanticVersion", version);
	cJSON_AddStringToObject(d, "informationUri", HOMEPAGE);
	cJSON *rules = cJSON_AddArrayToObject(d, "rules");
	for (int r = 0; r < RULE_COUNT; r++)
		cJSON_AddItemToArray(rules, rule_json(rep, r));
	return d;
}

/* One line git prints in ROOT (stripped; "" is an answer), or NULL when
 * git fails there. */
static char *git_output(const char *root, const char *a, const char *b, const char *c)
{
	char *out = NULL;
	gint status = 1;
	const char *argv[] = { "git", "-C", root, a, b, c, NULL };
	if (!g_spawn_sync(NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
			  NULL, NULL, &out, NULL, &status, NULL) ||
	    !g_spawn_check_wait_status(status, NULL) || !out) {
		g_free(out);
		return NULL;
	}
	return g_strstrip(out);
}

/* git's remote spellings as the URI SARIF requires: a URL as it is, a
 * local path as file://, scp-like user@host:path as ssh://; NULL for
 * anything else. What a URL holds of credentials never reaches the
 * report (CI systems clone from https://TOKEN@host/... or
 * https://user:TOKEN@host/...): an ssh URL keeps its user name, which
 * says which account to log in as, and loses any password; every other
 * URL loses the whole user information. */
static char *remote_uri(const char *remote)
{
	char *text = NULL;
	const char *colon = strchr(remote, ':');
	if (strstr(remote, "://"))
		text = g_strdup(remote);
	else if (g_path_is_absolute(remote))
		text = g_filename_to_uri(remote, NULL, NULL);
	else if (colon && colon > remote && !strchr(colon, ' '))
		text = g_strdup_printf("ssh://%.*s/%s", (int)(colon - remote), remote, colon + 1);
	if (!text)
		return NULL;
	GUri *u = g_uri_parse(text, G_URI_FLAGS_ENCODED | G_URI_FLAGS_HAS_PASSWORD, NULL);
	g_free(text);
	if (!u)
		return NULL;
	const char *scheme = g_uri_get_scheme(u);
	bool ssh = !g_ascii_strcasecmp(scheme, "ssh") || !g_ascii_strcasecmp(scheme, "git+ssh") ||
		   !g_ascii_strcasecmp(scheme, "ssh+git");
	char *uri = g_uri_to_string_partial(u, (ssh ? G_URI_HIDE_PASSWORD : G_URI_HIDE_USERINFO) |
						       G_URI_HIDE_AUTH_PARAMS);
	g_uri_unref(u);
	return uri;
}

/* The repository and revision the results belong to, when git knows
 * them; SARIF needs the repository's URI for an entry at all. mappedTo
 * is where the repository's top lies: %SRCROOT% itself, or as many
 * "../" above it as the root is folders deep in the work tree (a
 * corpus or one component of a bigger repository). */
static cJSON *provenance(const struct report *rep)
{
	if (!rep->revision || !rep->root)
		return NULL;
	char *prefix = git_output(rep->root, "rev-parse", "--show-prefix", NULL);
	char *remote = prefix ? git_output(rep->root, "remote", "get-url", "origin") : NULL;
	char *uri = remote && *remote ? remote_uri(remote) : NULL;
	g_free(remote);
	if (!uri) {
		g_free(prefix);
		return NULL;
	}
	cJSON *a = cJSON_CreateArray();
	cJSON *v = cJSON_CreateObject();
	cJSON_AddStringToObject(v, "repositoryUri", uri);
	cJSON_AddStringToObject(v, "revisionId", rep->revision);
	cJSON *m = cJSON_AddObjectToObject(v, "mappedTo");
	if (*prefix) {
		/* "a/b/" from git: one "../" a folder */
		GString *up = g_string_new(NULL);
		for (const char *p = prefix; *p; p++)
			if (*p == '/')
				g_string_append(up, "../");
		cJSON_AddStringToObject(m, "uri", up->str);
		g_string_free(up, TRUE);
	}
	cJSON_AddStringToObject(m, "uriBaseId", "%SRCROOT%");
	cJSON_AddItemToArray(a, v);
	g_free(uri);
	g_free(prefix);
	return a;
}

static cJSON *code_flows(const struct report *rep, const struct finding *f)
{
	cJSON *locs = cJSON_CreateArray();
	for (unsigned i = 0; i < f->nsteps; i++) {
		const struct trace_step *s = &f->steps[i];
		cJSON *l = location(rep, &s->loc, s->message, NULL);
		if (!l)
			continue;
		if (s->function) {
			cJSON *logical = cJSON_AddArrayToObject(l, "logicalLocations");
			cJSON *fn = cJSON_CreateObject();
			cJSON_AddStringToObject(fn, "name", s->function);
			cJSON_AddStringToObject(fn, "kind", "function");
			cJSON_AddItemToArray(logical, fn);
		}
		cJSON *tfl = cJSON_CreateObject();
		cJSON_AddItemToObject(tfl, "location", l);
		cJSON_AddItemToArray(locs, tfl);
	}
	if (!cJSON_GetArraySize(locs)) {
		cJSON_Delete(locs);
		return NULL;
	}
	cJSON *flows = cJSON_CreateArray(), *flow = cJSON_CreateObject();
	cJSON *threads = cJSON_AddArrayToObject(flow, "threadFlows");
	cJSON *thread = cJSON_CreateObject();
	cJSON_AddItemToObject(thread, "locations", locs);
	cJSON_AddItemToArray(threads, thread);
	cJSON_AddItemToArray(flows, flow);
	return flows;
}

static cJSON *result_json(const struct report *rep, const struct finding *f,
			  bool baseline_applied)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "ruleId", rule_id_name(f->rule));
	cJSON_AddNumberToObject(o, "ruleIndex", f->rule);
	cJSON_AddStringToObject(o, "level", sarif_level(f->level));
	cJSON_AddItemToObject(o, "message", text_object(f->message));

	cJSON *locs = cJSON_AddArrayToObject(o, "locations");
	cJSON *l = location(rep, &f->loc, NULL, f->callee);
	if (l) {
		if (f->function) {
			cJSON *logical = cJSON_AddArrayToObject(l, "logicalLocations");
			cJSON *fn = cJSON_CreateObject();
			cJSON_AddStringToObject(fn, "name", f->function);
			cJSON_AddStringToObject(fn, "kind", "function");
			cJSON_AddItemToArray(logical, fn);
		}
		cJSON_AddItemToArray(locs, l);
	}
	cJSON *flows = code_flows(rep, f);
	if (flows)
		cJSON_AddItemToObject(o, "codeFlows", flows);
	/* one leak, one finding: where its other routes stand */
	if (f->nrelated) {
		cJSON *rel = cJSON_AddArrayToObject(o, "relatedLocations");
		for (unsigned i = 0; i < f->nrelated; i++) {
			cJSON *rl = location(rep, &f->related[i], "another route of the same leak", NULL);
			if (!rl)
				continue;
			cJSON_AddNumberToObject(rl, "id", i + 1);
			cJSON_AddItemToArray(rel, rl);
		}
	}
	if (f->fingerprint) {
		cJSON *fp = cJSON_AddObjectToObject(o, "partialFingerprints");
		cJSON_AddStringToObject(fp, FINGERPRINT_KEY, f->fingerprint);
		/* the key code scanning matches results by; pitrace's own
		 * fingerprint holds no line numbers, so moving code keeps it */
		char *lh = g_strdup_printf("%.16s:1", f->fingerprint);
		cJSON_AddStringToObject(fp, "primaryLocationLineHash", lh);
		g_free(lh);
	}
	if (f->suppression.suppressed || f->baselined) {
		cJSON *sups = cJSON_AddArrayToObject(o, "suppressions");
		cJSON *s = cJSON_CreateObject();
		if (f->suppression.suppressed) {
			cJSON_AddStringToObject(s, "kind", "inSource");
			if (f->suppression.reason)
				cJSON_AddStringToObject(s, "justification", f->suppression.reason);
			cJSON *sl = location(rep, &f->suppression.loc, NULL, NULL);
			if (sl)
				cJSON_AddItemToObject(s, "location", sl);
		} else {
			cJSON_AddStringToObject(s, "kind", "external");
			cJSON_AddStringToObject(s, "justification", "recorded in the pitrace baseline");
		}
		cJSON_AddStringToObject(s, "status", "accepted");
		cJSON_AddItemToArray(sups, s);
	}
	if (baseline_applied)
		cJSON_AddStringToObject(o, "baselineState", f->baselined ? "unchanged" : "new");

	cJSON *props = cJSON_AddObjectToObject(o, "properties");
	cJSON_AddStringToObject(props, "security-severity", result_severity(rep, f));
	cJSON_AddItemToObject(props, "categories", report_categories_json(f->categories));
	if (f->sink >= 0)
		cJSON_AddStringToObject(props, "sink", sink_kind_name(f->sink));
	if (f->sink_function)
		cJSON_AddStringToObject(props, "sinkFunction", f->sink_function);
	if (f->source)
		cJSON_AddStringToObject(props, "source", f->source);
	return o;
}

static cJSON *invocation_json(const struct report *rep)
{
	bool fatal = false;
	cJSON *inv = cJSON_CreateObject();
	cJSON *notes = cJSON_CreateArray();
	for (guint i = 0; i < rep->problems->len; i++) {
		const struct run_problem *pr = rep->problems->pdata[i];
		fatal = fatal || pr->fatal;
		cJSON *n = cJSON_CreateObject();
		cJSON_AddStringToObject(n, "level", pr->fatal ? "error" : "warning");
		cJSON_AddItemToObject(n, "message", text_object(pr->message));
		cJSON *l = location(rep, &pr->loc, NULL, NULL);
		if (l) {
			cJSON *ls = cJSON_AddArrayToObject(n, "locations");
			cJSON_AddItemToArray(ls, l);
		}
		cJSON_AddItemToArray(notes, n);
	}
	/* an incomplete run (--keep-going past a partial problem) did not
	 * succeed at analysing everything either */
	cJSON_AddBoolToObject(inv, "executionSuccessful", !fatal && !rep->incomplete);
	if (cJSON_GetArraySize(notes))
		cJSON_AddItemToObject(inv, "toolExecutionNotifications", notes);
	else
		cJSON_Delete(notes);
	return inv;
}

static bool sarif_write(const struct report *rep, FILE *out)
{
	cJSON *log = cJSON_CreateObject();
	cJSON_AddStringToObject(log, "$schema", SARIF_SCHEMA);
	cJSON_AddStringToObject(log, "version", "2.1.0");
	cJSON *runs = cJSON_AddArrayToObject(log, "runs");
	cJSON *run = cJSON_CreateObject();
	cJSON_AddItemToArray(runs, run);

	cJSON *tool = cJSON_AddObjectToObject(run, "tool");
	cJSON_AddItemToObject(tool, "driver", driver_json(rep));

	cJSON *automation = cJSON_AddObjectToObject(run, "automationDetails");
	cJSON_AddStringToObject(automation, "id", "pitrace/");

	if (rep->root) {
		char *canon = report_canonical_path(rep->root);
		char *uri = g_filename_to_uri(canon, NULL, NULL);
		if (uri) {
			/* A base URI must end in a slash to be one. */
			char *dir = g_str_has_suffix(uri, "/") ? g_strdup(uri)
							       : g_strconcat(uri, "/", NULL);
			cJSON *bases = cJSON_AddObjectToObject(run, "originalUriBaseIds");
			cJSON *src = cJSON_AddObjectToObject(bases, "%SRCROOT%");
			cJSON_AddStringToObject(src, "uri", dir);
			g_free(dir);
		}
		g_free(uri);
		g_free(canon);
	}

	cJSON *vcp = provenance(rep);
	if (vcp)
		cJSON_AddItemToObject(run, "versionControlProvenance", vcp);

	cJSON *invs = cJSON_AddArrayToObject(run, "invocations");
	cJSON_AddItemToArray(invs, invocation_json(rep));

	bool baseline_applied = rep->baseline_stale > 0;
	for (guint i = 0; i < rep->findings->len && !baseline_applied; i++)
		baseline_applied = ((const struct finding *)rep->findings->pdata[i])->baselined;
	cJSON *results = cJSON_AddArrayToObject(run, "results");
	for (guint i = 0; i < rep->findings->len; i++)
		cJSON_AddItemToArray(results,
				     result_json(rep, rep->findings->pdata[i], baseline_applied));

	cJSON *props = cJSON_AddObjectToObject(run, "properties");
	if (rep->libclang_version)
		cJSON_AddStringToObject(props, "libclangVersion", rep->libclang_version);
	if (rep->rules_digest)
		cJSON_AddStringToObject(props, "rulesDigest", rep->rules_digest);
	if (rep->database_digest)
		cJSON_AddStringToObject(props, "databaseDigest", rep->database_digest);
	if (rep->revision)
		cJSON_AddStringToObject(props, "revision", rep->revision);
	if (rep->date)
		cJSON_AddStringToObject(props, "date", rep->date);

	return report_json_write(log, out);
}

const struct reporter reporter_sarif = {
	.name = "sarif",
	.write = sarif_write,
};
