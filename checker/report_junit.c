/* SPDX-License-Identifier: Apache-2.0 */
/* report_junit.c - JUnit XML, which every CI system shows as test results
 * (Jenkins, GitLab's `reports: junit:`, Azure): one test case per finding,
 * failing when it is open, skipped when suppressed or baselined; an
 * incomplete run adds a test case in error, so it cannot look green. */
#include <string.h>

#include "report_impl.h"

/* Whether XML 1.0 allows c at all (its production Char). GLib escapes the
 * C0 controls as "&#x1;", which is XML 1.1: an XML 1.0 parser (Jenkins,
 * GitLab, xmllint) rejects the whole file. */
static bool xml_char(gunichar c)
{
	return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xd7ff) ||
	       (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/* Text for an attribute or element: valid UTF-8 (file names are bytes,
 * messages quote source text), each character XML 1.0 forbids (an escape
 * sequence pasted into a comment, a control byte in a file name) replaced
 * with U+FFFD, then escaped. */
static char *xml_text(const char *s)
{
	char *valid = g_utf8_make_valid(s ? s : "", -1);
	GString *allowed = g_string_sized_new(strlen(valid));
	for (const char *p = valid; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		g_string_append_unichar(allowed, xml_char(c) ? c : 0xfffd);
	}
	g_free(valid);
	char *esc = g_markup_escape_text(allowed->str, (gssize)allowed->len);
	g_string_free(allowed, TRUE);
	return esc;
}

static void put_case(FILE *out, const char *classname, const char *name)
{
	char *c = xml_text(classname), *n = xml_text(name);
	fprintf(out, "    <testcase classname=\"%s\" name=\"%s\">\n", c, n);
	g_free(c);
	g_free(n);
}

static bool junit_write(const struct report *rep, FILE *out)
{
	struct report_counts c;
	report_count(rep, &c);
	unsigned errors = rep->incomplete ? 1 : 0;
	unsigned tests = rep->findings->len + errors;
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", out);
	fprintf(out, "<testsuites name=\"pitrace\" tests=\"%u\" failures=\"%u\" errors=\"%u\" skipped=\"%u\">\n", tests,
		c.open, errors, c.suppressed + c.baselined);
	fprintf(out, "  <testsuite name=\"pitrace\" tests=\"%u\" failures=\"%u\" errors=\"%u\" skipped=\"%u\">\n", tests,
		c.open, errors, c.suppressed + c.baselined);
	for (guint i = 0; i < rep->findings->len; i++) {
		const struct finding *f = rep->findings->pdata[i];
		char *rel = f->loc.file ? report_relative_path(rep, f->loc.file) : NULL;
		char *name = g_strdup_printf("%s:%u: %s", rel ? rel : f->loc.file ? f->loc.file : "pitrace", f->loc.line,
					     f->message ? f->message : "");
		put_case(out, rule_id_name(f->rule), name);
		if (f->suppression.suppressed || f->baselined) {
			char *why = xml_text(f->baselined ? "accepted in the baseline"
					     : f->suppression.reason ? f->suppression.reason : "suppressed");
			fprintf(out, "      <skipped message=\"%s\"/>\n", why);
			g_free(why);
		} else {
			char *msg = xml_text(f->message);
			GString *trace = g_string_new(NULL);
			for (unsigned s = 0; s < f->nsteps; s++) {
				char *srel = f->steps[s].loc.file ? report_relative_path(rep, f->steps[s].loc.file) : NULL;
				g_string_append_printf(trace, "%s:%u: %s\n", srel ? srel : "?", f->steps[s].loc.line,
						       f->steps[s].message ? f->steps[s].message : "");
				g_free(srel);
			}
			char *body = xml_text(trace->str);
			fprintf(out, "      <failure message=\"%s\" type=\"%s\">%s</failure>\n", msg, level_name(f->level),
				body);
			g_free(body);
			g_string_free(trace, TRUE);
			g_free(msg);
		}
		fputs("    </testcase>\n", out);
		g_free(name);
		g_free(rel);
	}
	if (rep->incomplete) {
		put_case(out, "pitrace", "pitrace.run-complete");
		GString *why = g_string_new(NULL);
		for (guint i = 0; i < rep->problems->len; i++) {
			const struct run_problem *pr = rep->problems->pdata[i];
			g_string_append_printf(why, "%s%s%s\n", pr->loc.file ? pr->loc.file : "", pr->loc.file ? ": " : "",
					       pr->message);
		}
		char *body = xml_text(why->str);
		fprintf(out, "      <error message=\"some code was not analysed as written\" type=\"incomplete\">%s</error>\n",
			body);
		g_free(body);
		g_string_free(why, TRUE);
		fputs("    </testcase>\n", out);
	}
	fputs("  </testsuite>\n</testsuites>\n", out);
	return !ferror(out);
}

const struct reporter reporter_junit = {
	.name = "junit",
	.write = junit_write,
};
