/* SPDX-License-Identifier: Apache-2.0 */
/* test_check.c - the rule registry (checker/check.h, check_list.h,
 * check_text.c): every rule has its texts in both languages where the
 * reports show both, every message shape its rule makes is put in Chinese,
 * and the built-in category labels and sensitivity say what
 * rules/categories.json says.
 * No framework: prints "N passed, N failed" and exits 1 on any failure. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "check.h"
#include "report_impl.h"
#include "rules.h"

#ifndef PITRACE_SOURCE_RULES
#error "PITRACE_SOURCE_RULES must name the built-in rules folder"
#endif

static int passed, failed;

static bool check(bool ok, const char *what, ...) G_GNUC_PRINTF(2, 3);

static bool check(bool ok, const char *what, ...)
{
	if (ok) {
		passed++;
		return true;
	}
	failed++;
	va_list ap;
	va_start(ap, what);
	fputs("FAIL: ", stderr);
	vfprintf(stderr, what, ap);
	fputc('\n', stderr);
	va_end(ap);
	return false;
}

static bool filled(const char *s)
{
	return s && *s;
}

static void test_rules(void)
{
	for (int r = 0; r < RULE_COUNT; r++) {
		const struct check *c = check_get(r);
		const struct check_text *t = c->text;
		check(rule_id_from_name(c->id) == r && !strcmp(rule_id_name(r), c->id), "%s: id", c->id);
		check(filled(c->sarif_name) && c->level <= c->sensitive_level, "%s: SARIF name, levels", c->id);
		check(filled(t->short_en) && filled(t->short_zh) && filled(t->full_en) && filled(t->fix_en) &&
		      filled(t->fix_zh) && filled(t->level_en) && filled(t->unless_en) && filled(t->example) &&
		      filled(t->security_severity), "%s: texts", c->id);
		check(t->legal_en && t->legal_zh && !*t->legal_en == !*t->legal_zh, "%s: legal basis in both", c->id);
	}
	check(check_get(RULE_COUNT) == check_get(RULE_UNKNOWN_SUPPRESSION), "out of range");
	check(check_level(RULE_LOGGING, true) == LEVEL_ERROR && check_level(RULE_LOGGING, false) == LEVEL_WARNING,
	      "pi-logging's levels");
}

/* A message of rule r in Chinese: changed, and no English word left but
 * the names it quotes. */
static void check_zh(enum rule_id r, const char *en)
{
	char *zh = report_zh_message(en);
	GRegex *quoted = g_regex_new("`[^`]*`", 0, 0, NULL);
	char *unquoted = g_regex_replace(quoted, zh, -1, 0, "", 0, NULL);
	g_regex_unref(quoted);
	check(strcmp(zh, en) && !g_regex_match_simple("[A-Za-z]{3,}", unquoted, 0, 0),
	      "%s: \"%s\" in Chinese: \"%s\"", rule_id_name(r), en, zh);
	g_free(unquoted);
	g_free(zh);
}

static void test_messages(void)
{
	for (int r = 0; r < RULE_COUNT; r++) {
		const struct check_text *t = check_get(r)->text;
		/* pi-hardcoded-literal's arguments are a kind (below) and a
		 * masked value */
		if (!t->message || r == RULE_HARDCODED_LITERAL)
			continue;
		/* a category and a callee; a shorter format ignores the second */
		GString *m = g_string_new(NULL);
		g_string_append_printf(m, t->message, "phone", "log_info");
		check_zh(r, m->str);
		if (t->remark) {
			g_string_append_printf(m, t->remark, strchr(t->remark, '`') ? "vfprintf" : "`vfprintf`");
			check_zh(r, m->str);
		}
		g_string_free(m, TRUE);
	}
	for (int k = 0; k < LITERAL_KIND_COUNT; k++) {
		char *en = g_strdup_printf(check_get(RULE_HARDCODED_LITERAL)->text->message,
					   check_literal_kinds[k][LANG_EN], "138******78");
		check_zh(RULE_HARDCODED_LITERAL, en);
		g_free(en);
	}
}

/* rules/categories.json repeats the built-in labels; a rule file with no
 * categories leaves them as they are. */
static void test_category_labels(void)
{
	struct rules *r = rules_new();
	for (int c = 0; c < PI_CATEGORY_COUNT; c++) {
		const struct category_info *ci = rules_category(r, c);
		check(!strcmp(ci->label_en, pi_category_label(c, LANG_EN)) &&
		      !strcmp(ci->label_zh, pi_category_label(c, LANG_ZH)), "%s: labels of no rules",
		      pi_category_name(c));
	}
	char *path = g_build_filename(PITRACE_SOURCE_RULES, "categories.json", NULL);
	char *error = NULL;
	if (check(rules_load_path(r, path, &error), "%s: %s", path, error ? error : "")) {
		for (int c = 0; c < PI_CATEGORY_COUNT; c++) {
			const struct category_info *ci = rules_category(r, c);
			check(!strcmp(ci->label_en, pi_category_label(c, LANG_EN)), "%s: \"%s\" in categories.json, "
			      "\"%s\" built in", pi_category_name(c), ci->label_en, pi_category_label(c, LANG_EN));
			check(!strcmp(ci->label_zh, pi_category_label(c, LANG_ZH)), "%s: \"%s\" in categories.json, "
			      "\"%s\" built in", pi_category_name(c), ci->label_zh, pi_category_label(c, LANG_ZH));
			check(ci->sensitive == pi_category_default_sensitive(c), "%s: sensitivity", pi_category_name(c));
		}
	}
	g_free(error);
	g_free(path);
	rules_free(r);
}

int main(void)
{
	test_rules();
	test_messages();
	test_category_labels();
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
