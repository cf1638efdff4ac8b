/* SPDX-License-Identifier: Apache-2.0 */
/* check_literal.c - pi-hardcoded-literal: string literals that are PI in
 * themselves. Each pattern is checked with the checksum of its standard,
 * so an arbitrary 18-digit number is not taken for an ID number:
 *  - resident ID number (GB 11643-1999): 17 digits and a check character
 *    from the ISO 7064 MOD 11-2 sum, with a plausible birth date;
 *  - unified social credit code (GB 32100-2015): 18 characters of its
 *    31-letter alphabet, the last a MOD 31 check character;
 *  - mainland mobile number: 11 digits starting 13-19.
 * A match must stand alone: not inside a longer run of letters or digits. */
#include <string.h>

#include "check.h"
#include "ir.h"
#include "report.h"

static int number_at(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

static bool resident_id_valid(const char *s)
{
	static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	static const char check[] = "10X98765432";
	int sum = 0;
	for (int i = 0; i < 17; i++) {
		if (!g_ascii_isdigit(s[i]))
			return false;
		sum += (s[i] - '0') * weights[i];
	}
	if (g_ascii_toupper(s[17]) != check[sum % 11])
		return false;
	int year = number_at(s + 6, 4), month = number_at(s + 10, 2), day = number_at(s + 12, 2);
	return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

static bool credit_code_valid(const char *s)
{
	static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	static const int weights[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
	int sum = 0, letters = 0;
	for (int i = 0; i < 18; i++) {
		const char *p = strchr(alphabet, s[i]);
		if (!s[i] || !p)
			return false;
		letters += !g_ascii_isdigit(s[i]);
		if (i < 17)
			sum += (int)(p - alphabet) * weights[i];
	}
	int want = (31 - sum % 31) % 31;
	/* All digits is a resident ID's shape, not a credit code's. */
	return letters > 0 && s[17] == alphabet[want];
}

static bool mobile_valid(const char *s)
{
	for (int i = 0; i < 11; i++)
		if (!g_ascii_isdigit(s[i]))
			return false;
	return s[0] == '1' && s[1] >= '3' && s[1] <= '9';
}

static char *masked(const char *s, size_t n)
{
	GString *m = g_string_new_len(s, 3);
	for (size_t i = 3; i + 2 < n; i++)
		g_string_append_c(m, '*');
	g_string_append_len(m, s + n - 2, 2);
	return g_string_free(m, FALSE);
}

static void report_literal(struct report *rep, const struct ir_literal *l, enum literal_kind kind,
			   const char *at, size_t n, GHashTable *seen)
{
	static const enum pi_category categories[LITERAL_KIND_COUNT] = {
		[LITERAL_RESIDENT_ID] = PI_ID_NUMBER,
		[LITERAL_CREDIT_CODE] = PI_LICENSE_NUMBER,
		[LITERAL_MOBILE] = PI_PHONE,
	};
	char *key = g_strdup_printf("%s:%u:%u:%zu", l->loc.file, l->loc.line, l->loc.col, (size_t)(at - l->text));
	if (!g_hash_table_add(seen, key))
		return;
	const char *name = check_literal_kinds[kind][LANG_EN];
	char *m = masked(at, n);
	struct finding *f = report_add_finding(rep);
	f->rule = RULE_HARDCODED_LITERAL;
	f->level = check_get(RULE_HARDCODED_LITERAL)->level;
	f->loc.file = g_strdup(l->loc.file);
	f->loc.line = l->loc.line;
	f->loc.col = l->loc.col;
	f->sink = -1;
	f->message = g_strdup_printf(check_get(RULE_HARDCODED_LITERAL)->text->message, name, m);
	f->source = g_strdup_printf("literal %s %s", name, m);
	f->categories = 1u << categories[kind];
	g_free(m);
}

static void scan(struct report *rep, const struct ir_literal *l, GHashTable *seen)
{
	const char *s = l->text;
	size_t n = l->len;
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && g_ascii_isalnum(s[i - 1]))
			continue;
		size_t run = 0;
		while (i + run < n && g_ascii_isalnum(s[i + run]))
			run++;
		if (run == 18 && resident_id_valid(s + i))
			report_literal(rep, l, LITERAL_RESIDENT_ID, s + i, 18, seen);
		else if (run == 18 && credit_code_valid(s + i))
			report_literal(rep, l, LITERAL_CREDIT_CODE, s + i, 18, seen);
		else if (run == 11 && mobile_valid(s + i))
			report_literal(rep, l, LITERAL_MOBILE, s + i, 11, seen);
		if (run)
			i += run - 1;
	}
}

void check_literals(GPtrArray *tus, const struct rules *rules, struct report *rep)
{
	(void)rules;
	/* A literal in a header is in every TU that includes it. */
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (unsigned t = 0; t < tus->len; t++) {
		const struct ir_tu *tu = tus->pdata[t];
		for (unsigned i = 0; i < tu->literals->len; i++)
			scan(rep, tu->literals->pdata[i], seen);
	}
	g_hash_table_destroy(seen);
}
