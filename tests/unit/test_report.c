/* SPDX-License-Identifier: Apache-2.0 */
/* test_report.c - the report, its formats, baselines and suppressions, on
 * reports built by hand. Prints "N passed, N failed". */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "baseline.h"
#include "report.h"
#include "rules.h"
#include "suppress.h"

/* The reports built here have no rules; these only satisfy the linker when
 * rules.c is not linked in. */
__attribute__((weak)) const struct category_info *rules_category(const struct rules *r,
								  enum pi_category c)
{
	(void)r;
	(void)c;
	return NULL;
}

__attribute__((weak)) bool rules_category_sensitive(const struct rules *r, unsigned mask)
{
	(void)r;
	(void)mask;
	return false;
}

static unsigned passed, failed;

static void check(bool ok, const char *what, ...) G_GNUC_PRINTF(2, 3);

static void check(bool ok, const char *what, ...)
{
	if (ok) {
		passed++;
		return;
	}
	va_list ap;
	va_start(ap, what);
	fputs("FAIL: ", stdout);
	vprintf(what, ap);
	fputc('\n', stdout);
	va_end(ap);
	failed++;
}

static char *tmpdir;

static char *temp_path(const char *name)
{
	return g_build_filename(tmpdir, name, NULL);
}

static void write_file(const char *path, const char *text)
{
	if (!g_file_set_contents(path, text, -1, NULL))
		abort();
}

static void add_step(struct finding *f, const char *file, unsigned line, unsigned col,
		     const char *fn, const char *msg)
{
	f->steps = g_renew(struct trace_step, f->steps, f->nsteps + 1);
	struct trace_step *s = &f->steps[f->nsteps++];
	s->loc.file = g_strdup(file);
	s->loc.line = line;
	s->loc.col = col;
	s->function = g_strdup(fn);
	s->message = g_strdup(msg);
}

static struct finding *add(struct report *rep, enum rule_id rule, enum level level,
			   const char *file, unsigned line, unsigned col, const char *fn,
			   const char *callee, const char *source, unsigned cats, int sink,
			   const char *msg)
{
	struct finding *f = report_add_finding(rep);
	f->rule = rule;
	f->level = level;
	f->loc.file = g_strdup(file);
	f->loc.line = line;
	f->loc.col = col;
	f->function = g_strdup(fn);
	f->callee = g_strdup(callee);
	f->source = g_strdup(source);
	f->categories = cats;
	f->sink = sink;
	f->message = g_strdup(msg);
	return f;
}

/* A report like a real run's; shift moves every line down. */
static struct report *sample(const char *file, unsigned shift)
{
	struct report *rep = report_new();
	rep->tool_version = g_strdup("0.1.0");
	rep->libclang_version = g_strdup("clang version 19.1.7");
	rep->rules_digest = g_strdup("abc123");
	rep->date = g_strdup("2025-01-02");
	rep->root = g_strdup(tmpdir);
	rep->lang = g_strdup("en");

	struct finding *f = add(rep, RULE_LOGGING, LEVEL_ERROR, file, 20 + shift, 5, "submit",
				"log_info", "struct app.id_number", 1u << PI_ID_NUMBER, SINK_LOG,
				"`app->id_number` (id_number) reaches a log through `log_info`");
	f->sink_function = g_strdup("vfprintf");
	add_step(f, file, 12 + shift, 9, "submit", "read from `app->id_number`");
	add_step(f, file, 20 + shift, 5, "submit", "passed to `log_info`");
	add_step(f, file, 4 + shift, 3, "log_info", "written by `vfprintf` to stderr");

	f = add(rep, RULE_UNENCRYPTED_STORAGE, LEVEL_ERROR, file, 30 + shift, 3, "save",
		"fwrite", "struct app.phone", 1u << PI_PHONE, SINK_STORAGE,
		"`app->phone` (phone) is written to a file by `fwrite` without encryption");
	add_step(f, file, 29 + shift, 3, "save", "read from `app->phone`");

	f = add(rep, RULE_HARDCODED_LITERAL, LEVEL_WARNING, file, 8 + shift, 20, NULL, NULL,
		NULL, 1u << PI_ID_NUMBER, -1, "string literal \"110**********002X\" is an ID number");

	struct protected_flow *pf = report_add_protected(rep);
	pf->loc.file = g_strdup(file);
	pf->loc.line = 25 + shift;
	pf->loc.col = 5;
	pf->function = g_strdup("submit");
	pf->callee = g_strdup("log_info");
	pf->categories = 1u << PI_ID_NUMBER;
	pf->sink = SINK_LOG;
	pf->protections = PROT_MASK;
	pf->control = g_strdup("mask_id_number");
	pf->control_loc.file = g_strdup(file);
	pf->control_loc.line = 24 + shift;
	pf->control_loc.col = 10;
	pf->source = g_strdup("struct app.id_number");

	struct inventory_item *it = report_add_inventory(rep);
	it->kind = INV_FIELD;
	it->name = g_strdup("struct app.id_number");
	it->categories = 1u << PI_ID_NUMBER;
	it->loc.file = g_strdup(file);
	it->loc.line = 3;
	it->loc.col = 8;
	it->origin = TAG_ANNOTATION;
	return rep;
}

static char *render(const struct reporter *r, const struct report *rep)
{
	FILE *f = tmpfile();
	if (!f || !r->write(rep, f))
		abort();
	long n = ftell(f);
	rewind(f);
	char *s = g_malloc((gsize)n + 1);
	s[fread(s, 1, (size_t)n, f)] = '\0';
	fclose(f);
	return s;
}

static struct finding *nth(const struct report *rep, guint i)
{
	return i < rep->findings->len ? rep->findings->pdata[i] : NULL;
}

static void test_normalise(void)
{
	struct report *rep = report_new();
	add(rep, RULE_LOGGING, LEVEL_WARNING, "b.c", 5, 1, "g", "puts", "x", 1u << PI_NAME,
	    SINK_LOG, "m1");
	add(rep, RULE_LOGGING, LEVEL_WARNING, "a.c", 9, 2, "f", "puts", "y", 1u << PI_PHONE,
	    SINK_LOG, "m2");
	add(rep, RULE_UNENCRYPTED_STORAGE, LEVEL_ERROR, "a.c", 9, 2, "f", "fputs", "y",
	    1u << PI_PHONE, SINK_STORAGE, "m3");
	struct finding *d = add(rep, RULE_LOGGING, LEVEL_ERROR, "a.c", 9, 2, "f", "puts", "z",
				1u << PI_ID_NUMBER, SINK_LOG, "m4");
	add_step(d, "a.c", 1, 1, "f", "second trace");
	add(rep, RULE_LOGGING, LEVEL_WARNING, "a.c", 3, 7, "f", "puts", "w", 1u << PI_NAME,
	    SINK_LOG, "m5");
	report_normalise(rep);

	check(rep->findings->len == 4, "merge: %u findings, want 4", rep->findings->len);
	check(nth(rep, 0)->loc.line == 3, "order: first is a.c:3");
	check(nth(rep, 1)->rule == RULE_UNENCRYPTED_STORAGE && nth(rep, 2)->rule == RULE_LOGGING,
	      "order: same call sorts by rule");
	check(!strcmp(nth(rep, 3)->loc.file, "b.c"), "order: b.c last");
	struct finding *m = nth(rep, 2);
	check(m->categories == (1u << PI_PHONE | 1u << PI_ID_NUMBER), "merge: categories united");
	check(m->level == LEVEL_ERROR, "merge: the higher level stays");
	check(!strcmp(m->message, "m2") && m->nsteps == 0, "merge: the first finding's trace stays");
	char *fp = g_strdup(m->fingerprint);
	report_normalise(rep);
	check(rep->findings->len == 4 && !strcmp(fp, nth(rep, 2)->fingerprint),
	      "normalise is idempotent");
	g_free(fp);
	check(report_count_open(rep, LEVEL_ERROR) == 2, "count_open error");
	check(report_count_open(rep, LEVEL_NOTE) == 4, "count_open note");
	nth(rep, 0)->baselined = true;
	nth(rep, 1)->suppression.suppressed = true;
	check(report_count_open(rep, LEVEL_NOTE) == 2, "count_open skips suppressed and baselined");
	report_free(rep);
}

static void test_fingerprints(void)
{
	char *file = temp_path("app.c");
	struct report *a = sample(file, 0), *b = sample(file, 7);
	report_normalise(a);
	report_normalise(b);
	bool same = a->findings->len == b->findings->len;
	for (guint i = 0; same && i < a->findings->len; i++)
		same = !strcmp(nth(a, i)->fingerprint, nth(b, i)->fingerprint);
	check(same, "fingerprints stay when lines move");
	check(strlen(nth(a, 0)->fingerprint) == 64, "fingerprint is SHA-256 hex");

	/* Renaming an unrelated function changes only its own findings. */
	struct report *c = sample(file, 0);
	for (guint i = 0; i < c->findings->len; i++) {
		struct finding *f = nth(c, i);
		if (f->function && !strcmp(f->function, "save")) {
			g_free(f->function);
			f->function = g_strdup("store");
		}
	}
	report_normalise(c);
	for (guint i = 0; i < c->findings->len; i++) {
		bool renamed = nth(c, i)->function && !strcmp(nth(c, i)->function, "store");
		check(renamed != !strcmp(nth(a, i)->fingerprint, nth(c, i)->fingerprint),
		      "rename touches only its function's fingerprints (finding %u)", i);
	}

	/* Same everything in one function: told apart by occurrence. */
	struct report *d = report_new();
	add(d, RULE_LOGGING, LEVEL_WARNING, "x.c", 10, 1, "f", "puts", "s", 2, SINK_LOG, "m");
	add(d, RULE_LOGGING, LEVEL_WARNING, "x.c", 14, 1, "f", "puts", "s", 2, SINK_LOG, "m");
	report_normalise(d);
	check(strcmp(nth(d, 0)->fingerprint, nth(d, 1)->fingerprint) != 0,
	      "equal findings get different fingerprints");

	char *rel = report_relative_path(a, file);
	check(!strcmp(rel, "app.c"), "relative path: %s", rel);
	g_free(rel);
	rel = report_relative_path(a, "/elsewhere/x.c");
	check(!strcmp(rel, "/elsewhere/x.c"), "path outside the root stays");
	g_free(rel);
	report_free(a);
	report_free(b);
	report_free(c);
	report_free(d);
	g_free(file);
}

static void test_text(void)
{
	struct report *rep = report_new();
	struct finding *f = add(rep, RULE_LOGGING, LEVEL_WARNING, "src/app.c", 20, 5, "submit",
				"log_info", "struct app.phone", 1u << PI_PHONE, SINK_LOG,
				"`app->phone` reaches a log");
	add_step(f, "src/app.c", 12, 9, "submit", "read from `app->phone`");
	add_step(f, "src/log.c", 4, 3, "log_info", "written by `vfprintf`");
	f = add(rep, RULE_UNENCRYPTED_STORAGE, LEVEL_ERROR, "src/app.c", 30, 3, "save", "fwrite",
		"struct app.id_number", 1u << PI_ID_NUMBER, SINK_STORAGE, "stored");
	f->suppression.suppressed = true;
	f = add(rep, RULE_UNENCRYPTED_STORAGE, LEVEL_ERROR, "src/app.c", 40, 3, "save", "fwrite",
		"struct app.name", 1u << PI_NAME, SINK_STORAGE, "stored name");
	f->baselined = true;
	add(rep, RULE_UNVERIFIED_SANITIZER, LEVEL_ERROR, "src/c.c", 2, 6, "enc", NULL, NULL, 0,
	    -1, "`enc` calls no cipher");
	report_add_problem(rep, true, "rules/x.json", 3, "unknown key \"sinks\"");
	report_add_problem(rep, false, NULL, 0, "cannot parse %s", "gen.c");
	rep->baseline_stale = 1;
	report_normalise(rep);

	char *text = render(reporter_find("text"), rep);
	const char *want =
		"pitrace: warning: cannot parse gen.c\n"
		"rules/x.json:3: error: unknown key \"sinks\"\n"
		"src/app.c:20:5: warning: `app->phone` reaches a log [pi-logging]\n"
		"src/app.c:12:9: note: read from `app->phone`\n"
		"src/log.c:4:3: note: written by `vfprintf`\n"
		"src/c.c:2:6: error: `enc` calls no cipher [pi-unverified-sanitizer]\n";
	check(!strcmp(text, want), "text format:\n%s--- want:\n%s", text, want);
	g_free(text);
	/* the counts are the driver's line on standard error, not the report's */
	char *summary = report_summary(rep);
	const char *want_summary = "pitrace: 2 findings (1 error, 1 warning); 1 suppressed; 1 hidden by baseline; "
				   "1 stale baseline entry";
	check(summary && !strcmp(summary, want_summary), "summary line: %s", summary ? summary : "(none)");
	g_free(summary);
	report_free(rep);

	rep = report_new();
	text = render(reporter_find("text"), rep);
	check(!*text, "text: a clean run prints nothing");
	g_free(text);
	report_free(rep);
	check(reporter_find("nope") == NULL && reporter_find("sarif") != NULL, "reporter_find");
}

static const cJSON *get(const cJSON *o, const char *path)
{
	char **parts = g_strsplit(path, ".", -1);
	for (char **p = parts; o && *p; p++) {
		if (g_ascii_isdigit(**p))
			o = cJSON_GetArrayItem(o, atoi(*p));
		else
			o = cJSON_GetObjectItemCaseSensitive(o, *p);
	}
	g_strfreev(parts);
	return o;
}

static const char *get_str(const cJSON *o, const char *path)
{
	const cJSON *v = get(o, path);
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static void test_json(void)
{
	char *file = temp_path("app.c");
	struct report *rep = sample(file, 0);
	report_normalise(rep);
	nth(rep, 1)->suppression.suppressed = true;
	nth(rep, 1)->suppression.reason = g_strdup("test data");
	nth(rep, 1)->suppression.loc.file = g_strdup(file);
	nth(rep, 1)->suppression.loc.line = 19;
	nth(rep, 2)->baselined = true;
	report_add_problem(rep, false, file, 2, "macro not expanded");
	char *text = render(reporter_find("json"), rep);
	cJSON *j = cJSON_Parse(text);
	check(j != NULL, "json parses");
	check(!g_strcmp0(get_str(j, "schema"), "pitrace-report/1"), "json schema");
	check(!g_strcmp0(get_str(j, "version"), "0.1.0") && get(j, "libclang_version") &&
	      get(j, "rules_digest") && cJSON_IsNull(get(j, "database_digest")) &&
	      !g_strcmp0(get_str(j, "date"), "2025-01-02"), "json header");
	check(cJSON_GetArraySize(get(j, "findings")) == 3, "json findings");
	static const char *const fields[] = {
		"rule", "level", "file", "line", "column", "function", "callee", "message",
		"categories", "sensitive", "sink", "sink_function", "source", "fingerprint",
		"suppression", "baselined", "trace",
	};
	for (unsigned i = 0; i < G_N_ELEMENTS(fields); i++) {
		char *p = g_strdup_printf("findings.0.%s", fields[i]);
		check(get(j, p) != NULL, "json has %s", p);
		g_free(p);
	}
	check(!g_strcmp0(get_str(j, "findings.0.file"), "app.c"), "json file relative to root");
	check(!g_strcmp0(get_str(j, "findings.1.rule"), "pi-logging") &&
	      !g_strcmp0(get_str(j, "findings.1.categories.0"), "id_number") &&
	      !g_strcmp0(get_str(j, "findings.1.sink"), "log") &&
	      cJSON_GetArraySize(get(j, "findings.1.trace")) == 3 &&
	      !g_strcmp0(get_str(j, "findings.1.trace.2.function"), "log_info") &&
	      get(j, "findings.1.trace.2.column")->valueint == 3, "json finding content");
	check(!g_strcmp0(get_str(j, "findings.1.suppression.reason"), "test data") &&
	      get(j, "findings.1.suppression.line")->valueint == 19, "json suppression");
	check(cJSON_IsNull(get(j, "findings.0.suppression")), "json no suppression is null");
	check(cJSON_IsTrue(get(j, "findings.2.baselined")), "json baselined");
	check(!g_strcmp0(get_str(j, "protected_flows.0.control"), "mask_id_number") &&
	      !g_strcmp0(get_str(j, "protected_flows.0.protections.0"), "mask") &&
	      get(j, "protected_flows.0.control_location.line")->valueint == 24,
	      "json protected flow");
	check(!g_strcmp0(get_str(j, "inventory.0.kind"), "field") &&
	      !g_strcmp0(get_str(j, "inventory.0.origin"), "annotation"), "json inventory");
	check(!g_strcmp0(get_str(j, "problems.0.message"), "macro not expanded") &&
	      cJSON_IsFalse(get(j, "problems.0.fatal")), "json problems");
	check(get(j, "counts.open")->valueint == 1 && get(j, "counts.suppressed")->valueint == 1 &&
	      get(j, "counts.baselined")->valueint == 1 &&
	      get(j, "counts.open_by_rule.pi-hardcoded-literal")->valueint == 1 &&
	      get(j, "counts.open_by_rule.pi-logging")->valueint == 0, "json counts");
	cJSON_Delete(j);
	g_free(text);
	report_free(rep);
	g_free(file);
}

static void test_sarif(void)
{
	char *file = temp_path("app.c");
	struct report *rep = sample(file, 0);
	report_normalise(rep);
	nth(rep, 1)->suppression.suppressed = true;
	nth(rep, 1)->suppression.reason = g_strdup("test data");
	nth(rep, 2)->baselined = true;
	report_add_problem(rep, true, file, 0, "cannot parse");
	char *text = render(reporter_find("sarif"), rep);
	cJSON *j = cJSON_Parse(text);
	check(j != NULL, "sarif parses");
	check(!g_strcmp0(get_str(j, "version"), "2.1.0") && get_str(j, "$schema"), "sarif version");
	check(cJSON_GetArraySize(get(j, "runs")) == 1, "sarif one run");
	const cJSON *run = get(j, "runs.0");
	check(!g_strcmp0(get_str(run, "tool.driver.name"), "pitrace") &&
	      !g_strcmp0(get_str(run, "tool.driver.semanticVersion"), "0.1.0"), "sarif driver");
	const cJSON *rules = get(run, "tool.driver.rules");
	check(cJSON_GetArraySize(rules) == RULE_COUNT, "sarif rules");
	for (int r = 0; r < RULE_COUNT; r++) {
		const cJSON *rule = cJSON_GetArrayItem(rules, r);
		check(!g_strcmp0(get_str(rule, "id"), rule_id_name(r)) &&
		      get_str(rule, "shortDescription.text") && get_str(rule, "fullDescription.text") &&
		      get_str(rule, "help.text") && get_str(rule, "help.markdown") &&
		      get_str(rule, "defaultConfiguration.level"), "sarif rule %d", r);
		if (r < RULE_UNKNOWN_SUPPRESSION)
			check(get_str(rule, "properties.security-severity") &&
			      !g_strcmp0(get_str(rule, "properties.tags.0"), "security") &&
			      strstr(get_str(rule, "help.markdown"), "Art."), "sarif rule %d tags", r);
	}
	check(!g_strcmp0(get_str(run, "automationDetails.id"), "pitrace/"),
	      "sarif automationDetails");
	const char *base = get_str(run, "originalUriBaseIds.%SRCROOT%.uri");
	check(base && g_str_has_prefix(base, "file:///") && g_str_has_suffix(base, "/"),
	      "sarif originalUriBaseIds");
	check(cJSON_IsFalse(get(run, "invocations.0.executionSuccessful")) &&
	      !g_strcmp0(get_str(run, "invocations.0.toolExecutionNotifications.0.message.text"),
			 "cannot parse"), "sarif invocation");
	const cJSON *res = get(run, "results");
	check(cJSON_GetArraySize(res) == 3, "sarif results");
	const cJSON *r1 = cJSON_GetArrayItem(res, 1);
	check(!g_strcmp0(get_str(r1, "ruleId"), "pi-logging") &&
	      get(r1, "ruleIndex")->valueint == RULE_LOGGING &&
	      !g_strcmp0(get_str(r1, "level"), "error") && get_str(r1, "message.text"),
	      "sarif result head");
	check(!g_strcmp0(get_str(r1, "locations.0.physicalLocation.artifactLocation.uri"), "app.c") &&
	      !g_strcmp0(get_str(r1, "locations.0.physicalLocation.artifactLocation.uriBaseId"),
			 "%SRCROOT%") &&
	      get(r1, "locations.0.physicalLocation.region.startLine")->valueint == 20 &&
	      get(r1, "locations.0.physicalLocation.region.startColumn")->valueint == 5,
	      "sarif location");
	check(cJSON_GetArraySize(get(r1, "codeFlows.0.threadFlows.0.locations")) == 3 &&
	      get_str(r1, "codeFlows.0.threadFlows.0.locations.0.location.message.text"),
	      "sarif codeFlows");
	check(!g_strcmp0(get_str(r1, "partialFingerprints.pitrace/v1"), nth(rep, 1)->fingerprint),
	      "sarif partialFingerprints");
	check(!g_strcmp0(get_str(r1, "suppressions.0.kind"), "inSource") &&
	      !g_strcmp0(get_str(r1, "suppressions.0.justification"), "test data"),
	      "sarif inSource suppression");
	const cJSON *r2 = cJSON_GetArrayItem(res, 2);
	check(!g_strcmp0(get_str(r2, "baselineState"), "unchanged") &&
	      !g_strcmp0(get_str(r2, "suppressions.0.kind"), "external") &&
	      !g_strcmp0(get_str(cJSON_GetArrayItem(res, 0), "baselineState"), "new"),
	      "sarif baseline state");
	cJSON_Delete(j);
	g_free(text);
	report_free(rep);
	g_free(file);
}

static void test_html(void)
{
	char *file = temp_path("hostile.c");
	write_file(file,
		   "#include <stdio.h>\n"
		   "const char *s = \"</script><img onerror=alert(1)>\";\n"
		   "const char *id = \"11010519491231002X\";\n"
		   "void f(void) { log_info(\"%s & %s\", id, s); }\n");
	for (int lang = 0; lang < 2; lang++) {
		struct report *rep = sample(file, 0);
		g_free(rep->lang);
		rep->lang = g_strdup(lang ? "zh" : "en");
		g_free(rep->revision);
		rep->revision = g_strdup("<img onerror=alert(1)>");
		struct finding *f = add(rep, RULE_LOGGING, LEVEL_WARNING, file, 4, 16,
					"f</script>", "log_info", "s", 1u << PI_PHONE, SINK_LOG,
					"message </script><img onerror=alert(1)> & more");
		add_step(f, file, 2, 1, "<b>", "step <img onerror=alert(1)>");
		f->suppression.suppressed = true;
		f->suppression.reason = g_strdup("reason <script>alert(1)</script>");
		report_add_problem(rep, true, NULL, 0, "problem <img onerror=alert(1)>");
		struct protected_flow *pf = report_add_protected(rep);
		pf->loc.file = g_strdup(file);
		pf->loc.line = 4;
		pf->categories = 1u << PI_EMAIL;
		pf->sink = SINK_NETWORK_TLS;
		pf->protections = PROT_ANONYMIZE;
		pf->control = g_strdup("anon<ymize>");
		report_normalise(rep);
		char *html = render(reporter_find("html"), rep);
		check(g_str_has_prefix(html, "<!DOCTYPE html>"), "html doctype");
		check(!strstr(html, "<script") && !strstr(html, "</script>"), "html: no script tag");
		check(!strstr(html, "<img") && !strstr(html, "<b>"), "html: no injected tags");
		check(strstr(html, "&lt;/script&gt;&lt;img onerror=alert(1)&gt;") != NULL,
		      "html: hostile text escaped");
		check(!strstr(html, "11010519491231002X") && strstr(html, "110*************2X"),
		      "html: ID literal masked in the excerpt");
		check(strstr(html, "<svg") && strstr(html, "class=\"edge red\"") &&
		      strstr(html, "class=\"edge green\""), "html: data map with both colours");
		check(strstr(html, "mask_id_number") && strstr(html, "struct app.id_number"),
		      "html: ledger and inventory");
		check(!strstr(html, "http://") || strstr(html, "http://www.w3.org/2000/svg"),
		      "html: fetches nothing");
		check(strstr(html, lang ? "法律附录" : "Legal appendix") &&
		      strstr(html, lang ? "第一千零三十八条" : "Article 1038") &&
		      strstr(html, lang ? "lang=\"zh-CN\"" : "lang=\"en\""), "html language %d", lang);
		check(strstr(html, "reason &lt;script&gt;") != NULL, "html: suppression reason");
		g_free(html);
		report_free(rep);
	}
	g_free(file);
}

static void test_baseline(void)
{
	char *file = temp_path("app.c"), *path = temp_path("baseline.json");
	struct report *rep = sample(file, 0);
	report_normalise(rep);
	nth(rep, 0)->suppression.suppressed = true;	/* not recorded */
	char *error = NULL;
	check(baseline_write(rep, path, &error), "baseline_write: %s", error);
	char *text = NULL;
	g_file_get_contents(path, &text, NULL, NULL);
	check(text && strstr(text, "\"schema\"") && strstr(text, "\"message\"") &&
	      strstr(text, "\"function\":\t\"save\""), "baseline is readable");
	g_free(text);
	report_free(rep);

	/* Lines moved, one finding fixed, one new. */
	rep = sample(file, 3);
	struct finding *gone = nth(rep, 1);
	g_ptr_array_remove(rep->findings, gone);
	add(rep, RULE_LOGGING, LEVEL_WARNING, file, 50, 1, "other", "puts", "struct app.name",
	    1u << PI_NAME, SINK_LOG, "new one");
	report_normalise(rep);
	check(baseline_apply(rep, path, &error), "baseline_apply: %s", error);
	unsigned baselined = 0, open = 0;
	for (guint i = 0; i < rep->findings->len; i++) {
		baselined += nth(rep, i)->baselined;
		open += !nth(rep, i)->baselined;
	}
	check(rep->baseline_hidden == 1 && baselined == 1 && open == 2,
	      "baseline hides the recorded finding only (hidden %u)", rep->baseline_hidden);
	check(rep->baseline_stale == 1, "baseline stale %u", rep->baseline_stale);
	check(baseline_apply(rep, path, &error) && rep->baseline_hidden == 1 &&
	      rep->baseline_stale == 1, "baseline_apply is idempotent");
	report_free(rep);

	write_file(path, "{\n  \"schema\": \"pitrace-baseline/1\",\n  \"findings\": [\n,]}");
	rep = report_new();
	check(!baseline_apply(rep, path, &error) && error && strstr(error, path) &&
	      strstr(error, ":4:"), "malformed baseline: %s", error ? error : "(none)");
	g_free(error);
	error = NULL;
	write_file(path, "{\"schema\": \"other\", \"findings\": []}");
	check(!baseline_apply(rep, path, &error) && error && strstr(error, "not a pitrace baseline"),
	      "foreign baseline: %s", error ? error : "(none)");
	g_free(error);
	error = NULL;
	char *missing = temp_path("missing.json");
	check(!baseline_apply(rep, missing, &error) && error && strstr(error, missing),
	      "missing baseline");
	g_free(error);
	g_free(missing);
	report_free(rep);
	g_free(file);
	g_free(path);
}

/* The finding of rule at line of supp.c, or with other set, of other.c. */
static const struct finding *find_in(const struct report *rep, bool other, enum rule_id rule,
				     unsigned line)
{
	for (guint i = 0; i < rep->findings->len; i++)
		if (nth(rep, i)->rule == rule && nth(rep, i)->loc.line == line &&
		    g_str_has_suffix(nth(rep, i)->loc.file, other ? "other.c" : "supp.c"))
			return nth(rep, i);
	return NULL;
}

#define find_at(rep, rule, line) find_in(rep, false, rule, line)

static void test_suppress(void)
{
	char *file = temp_path("supp.c"), *other = temp_path("other.c");
	write_file(file,
		   "void f(void) {\n"							/* 1 */
		   "\tlog_info(x); // pitrace: allow(pi-logging) reason: masked upstream\n"	/* 2 */
		   "\t// pitrace: allow(pi-logging)\n"					/* 3 */
		   "\tlog_info(y);\n"							/* 4 */
		   "\t// pitrace: allow-next-line(pi-unencrypted-storage) reason: fixture\n"	/* 5 */
		   "\tfwrite(a);\n"							/* 6 */
		   "\t/* pitrace: begin-allow(pi-cleartext-transmission) reason: loopback */\n" /* 7 */
		   "\tsend(a);\n"							/* 8 */
		   "\tsend(b);\n"							/* 9 */
		   "\t// pitrace: end-allow(pi-cleartext-transmission)\n"		/* 10 */
		   "\tsend(c);\n"							/* 11 */
		   "\t// pitrace: allow(pi-logging) reason: nothing here\n"		/* 12 */
		   "\tx = 1;\n"								/* 13 */
		   "\t// pitrace: allow(pi-bogus, pi-logging) reason: typo\n"		/* 14 */
		   "\tlog_info(z);\n"							/* 15 */
		   "\tputs(\"// pitrace: allow(pi-logging) reason: in a string\");\n"	/* 16 */
		   "\tlog_info(w); log_info(v);\n"					/* 17 */
		   "}\n");
	write_file(other,
		   "// pitrace: allow(pi-logging) reason: hides nothing\n"		/* 1 */
		   "int x;\n"								/* 2 */
		   "// pitrace: end-allow(pi-logging)\n"				/* 3 */
		   "// pitrace: begin-allow(pi-unencrypted-storage) reason: open\n");	/* 4 */

	struct report *rep = report_new();
	static const struct { enum rule_id rule; unsigned line; } at[] = {
		{ RULE_LOGGING, 2 }, { RULE_LOGGING, 4 }, { RULE_UNENCRYPTED_STORAGE, 6 },
		{ RULE_CLEARTEXT_TRANSMISSION, 8 }, { RULE_CLEARTEXT_TRANSMISSION, 9 },
		{ RULE_CLEARTEXT_TRANSMISSION, 11 }, { RULE_LOGGING, 15 }, { RULE_LOGGING, 17 },
	};
	for (unsigned i = 0; i < G_N_ELEMENTS(at); i++)
		add(rep, at[i].rule, LEVEL_WARNING, file, at[i].line, 2, "f", "callee", "src",
		    1u << PI_NAME, 0, "flow");
	report_normalise(rep);
	suppress_scan_file(rep, other);
	suppress_apply(rep);

	const struct finding *f = find_at(rep, RULE_LOGGING, 2);
	check(f && f->suppression.suppressed && !g_strcmp0(f->suppression.reason, "masked upstream") &&
	      f->suppression.loc.line == 2, "trailing allow");
	f = find_at(rep, RULE_LOGGING, 4);
	check(f && f->suppression.suppressed && !f->suppression.reason, "allow on the line above");
	f = find_at(rep, RULE_UNKNOWN_SUPPRESSION, 3);
	check(f && strstr(f->message, "no reason") && f->level == LEVEL_WARNING,
	      "missing reason reported");
	f = find_at(rep, RULE_UNENCRYPTED_STORAGE, 6);
	check(f && f->suppression.suppressed && !g_strcmp0(f->suppression.reason, "fixture"),
	      "allow-next-line");
	check(find_at(rep, RULE_CLEARTEXT_TRANSMISSION, 8)->suppression.suppressed &&
	      find_at(rep, RULE_CLEARTEXT_TRANSMISSION, 9)->suppression.suppressed &&
	      !g_strcmp0(find_at(rep, RULE_CLEARTEXT_TRANSMISSION, 9)->suppression.reason,
			 "loopback"), "block form");
	check(!find_at(rep, RULE_CLEARTEXT_TRANSMISSION, 11)->suppression.suppressed,
	      "block ends at end-allow");
	f = find_at(rep, RULE_UNKNOWN_SUPPRESSION, 12);
	check(f && strstr(f->message, "stale"), "stale suppression reported");
	f = find_at(rep, RULE_UNKNOWN_SUPPRESSION, 14);
	check(f && strstr(f->message, "pi-bogus"), "unknown rule reported");
	check(find_at(rep, RULE_LOGGING, 15)->suppression.suppressed,
	      "known rule next to an unknown one still applies");
	check(!find_at(rep, RULE_LOGGING, 17)->suppression.suppressed,
	      "a comment inside a string literal is no directive");

	unsigned in_other = 0;
	for (guint i = 0; i < rep->findings->len; i++)
		if (g_str_has_suffix(nth(rep, i)->loc.file, "other.c"))
			in_other++;
	f = find_in(rep, true, RULE_UNKNOWN_SUPPRESSION, 1);
	check(f && strstr(f->message, "stale"),
	      "stale suppression in a scanned file");
	check(in_other == 4, "other.c: stale, end without begin, unclosed, stale block (%u)",
	      in_other);
	unsigned suppression_findings = 0;
	for (guint i = 0; i < rep->findings->len; i++) {
		suppression_findings += nth(rep, i)->rule == RULE_UNKNOWN_SUPPRESSION;
		check(nth(rep, i)->fingerprint != NULL, "fingerprinted after suppress_apply");
	}
	check(suppression_findings == 7, "suppression findings: %u", suppression_findings);
	report_free(rep);
	g_free(file);
	g_free(other);
}

/* --emit DIR: writes a sample report in every format to DIR (sample.text,
 * sample.json, ...), for tests/report/validate-sarif.js and for looking at. */
static int emit(const char *dir)
{
	char *file = g_build_filename(dir, "app.c", NULL);
	write_file(file, "struct app { char id_number[19]; };\n"
		   "static const char *demo = \"11010519491231002X\";\n");
	struct report *rep = sample(file, 0);
	g_free(rep->root);
	rep->root = g_strdup(dir);
	report_add_problem(rep, false, file, 2, "macro not expanded");
	report_normalise(rep);
	nth(rep, 1)->suppression.suppressed = true;
	nth(rep, 1)->suppression.reason = g_strdup("test data");
	nth(rep, 1)->suppression.loc.file = g_strdup(file);
	nth(rep, 1)->suppression.loc.line = 19;
	nth(rep, 2)->baselined = true;
	for (const struct reporter *const *r = reporters; *r; r++) {
		char *name = g_strdup_printf("sample.%s", (*r)->name);
		char *path = g_build_filename(dir, name, NULL);
		char *text = render(*r, rep);
		write_file(path, text);
		printf("%s\n", path);
		g_free(text);
		g_free(path);
		g_free(name);
	}
	/* No root, and a run that failed: absolute URIs, a fatal notification. */
	g_free(rep->root);
	rep->root = NULL;
	report_add_problem(rep, true, NULL, 0, "cannot parse gen.c");
	char *path = g_build_filename(dir, "sample-noroot.sarif", NULL);
	char *text = render(reporter_find("sarif"), rep);
	write_file(path, text);
	printf("%s\n", path);
	g_free(text);
	g_free(path);
	report_free(rep);
	g_free(file);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "--emit")) {
		tmpdir = argv[2];
		return emit(argv[2]);
	}
	tmpdir = g_dir_make_tmp("pitrace-test-XXXXXX", NULL);
	if (!tmpdir)
		return 2;
	test_normalise();
	test_fingerprints();
	test_text();
	test_json();
	test_sarif();
	test_html();
	test_baseline();
	test_suppress();

	/* Leave nothing behind. */
	GDir *d = g_dir_open(tmpdir, 0, NULL);
	const char *name;
	while (d && (name = g_dir_read_name(d))) {
		char *p = temp_path(name);
		g_remove(p);
		g_free(p);
	}
	if (d)
		g_dir_close(d);
	g_rmdir(tmpdir);
	g_free(tmpdir);

	printf("%u passed, %u failed\n", passed, failed);
	return failed ? 1 : 0;
}
