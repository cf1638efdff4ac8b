/* SPDX-License-Identifier: Apache-2.0 */
/* fuzz_report.c - bytes decoded into a report (findings with traces,
 * suppressions and baseline marks, protected flows, inventory, problems)
 * whose strings are anything: markup, control characters, invalid UTF-8,
 * empty, very long. The enumerations stay in range, as the engine keeps
 * them; file names are real files, odd names, or paths that do not exist,
 * never devices. After report_normalise(), a baseline written from the
 * report must read back and mark every finding it recorded, and every
 * format must keep its promises (fuzz_check_reporters()). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "baseline.h"
#include "fuzz_common.h"

/* Strings that have broken report writers somewhere. */
static const char *const hostile[] = {
	"</script><script>alert(1)</script>",
	"<img src=x onerror=alert(1)>",
	"\"'&<>`",
	"<!-- -->",
	"]]>",
	"\xff\xfe\xfd",
	"\xe8\xba\xab\xe4",		/* a cut-off UTF-8 sequence */
	"\xc0\xaf",			/* overlong '/' */
	"\xed\xa0\x80",			/* a UTF-16 surrogate */
	"\xc9\xed\xb7\xdd\xd6\xa4",	/* GBK */
	"身份证号码 id_number",
	"\x1b[31mred\x1b[0m",
	"\r\n\t\x01\x7f\x1f",
	"\xe2\x80\xa8\xe2\x80\xa9",	/* U+2028, U+2029 */
	"%s%n%x%%",
	"\\u0000\\",
	"",
	" ",
	"110101199003074578",
	"13800138000",
	"struct app . id_number",
	"javascript:alert(1)",
	"file:///etc/passwd",
	"%SRCROOT%",
	"C:\\src\\a.c",
	"a\nb\nc",
};

static const char *const source_text =
	"#include <stdio.h>\n"
	"void f(const char *id_number) { printf(\"%s\", id_number); } // 110101199003074578\n"
	"/* \xc9\xed\xb7\xdd\xd6\xa4 \xff */ int x = 1; </script><script>\r\n"
	"\n";

static GPtrArray *paths;	/* file names a location may use */
static char *long_line_file;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	const char *tmp = fuzz_tmpdir();
	paths = g_ptr_array_new();
	g_ptr_array_add(paths, fuzz_write_file("a.c", source_text, strlen(source_text)));
	g_ptr_array_add(paths, fuzz_write_file("dir with space/<b>&.c", source_text, strlen(source_text)));
	g_ptr_array_add(paths, fuzz_write_file("\xff\xfe.c", source_text, strlen(source_text)));
	g_ptr_array_add(paths, fuzz_write_file("中文/名.c", source_text, strlen(source_text)));
	GString *longer = g_string_new(NULL);
	for (int i = 0; i < 400; i++)
		g_string_append(longer, i % 7 ? "\xe4\xb8\xad" : "<&>13800138000");
	g_string_append_c(longer, '\n');
	long_line_file = fuzz_write_file("long.c", longer->str, longer->len);
	g_string_free(longer, TRUE);
	g_ptr_array_add(paths, long_line_file);
	g_ptr_array_add(paths, g_build_filename(tmp, "dir with space", "..", "a.c", NULL));
	g_ptr_array_add(paths, g_build_filename(tmp, "missing.c", NULL));
	g_ptr_array_add(paths, g_strdup(tmp));	/* a folder */
	g_ptr_array_add(paths, g_strdup("relative/path.c"));
	g_ptr_array_add(paths, g_strdup("/"));
	g_ptr_array_add(paths, g_strdup(""));
	g_ptr_array_add(paths, g_strdup("/nonexistent-pitrace-fuzz/x.c"));
	fuzz_builtin_rules();
	return 0;
}

static char *take_string(struct fuzz_input *in, bool nullable)
{
	unsigned sel = fuzz_byte(in);
	if (nullable && sel < 16)
		return NULL;
	if (sel < 160)
		return g_strdup(hostile[sel % G_N_ELEMENTS(hostile)]);
	if (sel < 176) {
		/* long */
		GString *s = g_string_new(NULL);
		unsigned n = 200 + fuzz_pick(in, 2000);
		const char *unit = hostile[fuzz_pick(in, G_N_ELEMENTS(hostile))];
		while (s->len < n && *unit)
			g_string_append(s, unit);
		return g_string_free(s, FALSE);
	}
	/* raw bytes, up to the first NUL */
	unsigned len = fuzz_pick(in, 64);
	GString *s = g_string_new(NULL);
	for (unsigned i = 0; i < len && in->n; i++) {
		unsigned c = fuzz_byte(in);
		if (!c)
			break;
		g_string_append_c(s, (char)c);
	}
	return g_string_free(s, FALSE);
}

static char *take_file(struct fuzz_input *in, bool nullable)
{
	unsigned sel = fuzz_byte(in);
	if (nullable && sel < 24)
		return NULL;
	if (sel < 224)
		return g_strdup(paths->pdata[sel % paths->len]);
	/* anything at all, below a folder that does not exist */
	char *tail = take_string(in, false);
	char *p = g_strconcat("/nonexistent-pitrace-fuzz/", tail, NULL);
	g_free(tail);
	return p;
}

static unsigned take_number(struct fuzz_input *in)
{
	switch (fuzz_pick(in, 6)) {
	case 0: return 0;
	case 1: return 1;
	case 2: return UINT32_MAX;
	case 3: return fuzz_u32(in);
	default: return fuzz_pick(in, 8);
	}
}

static void take_loc(struct fuzz_input *in, struct report_loc *loc, bool nullable)
{
	loc->file = take_file(in, nullable);
	loc->line = take_number(in);
	loc->col = take_number(in);
}

static void take_steps(struct fuzz_input *in, struct trace_step **steps, unsigned *nsteps)
{
	unsigned n = fuzz_pick(in, 6);
	*steps = n ? g_new0(struct trace_step, n) : NULL;
	*nsteps = n;
	for (unsigned i = 0; i < n; i++) {
		take_loc(in, &(*steps)[i].loc, true);
		(*steps)[i].function = take_string(in, true);
		(*steps)[i].message = take_string(in, true);
	}
}

static unsigned take_categories(struct fuzz_input *in)
{
	return (fuzz_byte(in) | fuzz_byte(in) << 8) & ((1u << PI_CATEGORY_COUNT) - 1);
}

static int take_sink(struct fuzz_input *in, bool none)
{
	int k = (int)fuzz_pick(in, SINK_KIND_COUNT + none);
	return k == SINK_KIND_COUNT ? -1 : k;
}

static void take_finding(struct fuzz_input *in, struct report *rep)
{
	struct finding *f = report_add_finding(rep);
	f->rule = (enum rule_id)fuzz_pick(in, RULE_COUNT);
	f->level = (enum level)fuzz_pick(in, LEVEL_ERROR + 1);
	take_loc(in, &f->loc, true);
	f->function = take_string(in, true);
	f->callee = take_string(in, true);
	f->message = take_string(in, false);
	f->categories = take_categories(in);
	f->sink = take_sink(in, true);
	f->sink_function = take_string(in, true);
	f->source = take_string(in, true);
	take_steps(in, &f->steps, &f->nsteps);
	unsigned marks = fuzz_byte(in);
	if (marks & 1) {
		f->suppression.suppressed = true;
		f->suppression.reason = take_string(in, true);
		take_loc(in, &f->suppression.loc, false);
	}
	f->baselined = marks & 2;
}

static void take_protected(struct fuzz_input *in, struct report *rep)
{
	struct protected_flow *pf = report_add_protected(rep);
	take_loc(in, &pf->loc, false);
	pf->function = take_string(in, true);
	pf->callee = take_string(in, true);
	pf->categories = take_categories(in);
	pf->sink = take_sink(in, false);
	pf->protections = fuzz_byte(in) & ((1u << PROT_KIND_COUNT) - 1);
	pf->control = take_string(in, true);
	take_loc(in, &pf->control_loc, true);
	pf->source = take_string(in, true);
	take_steps(in, &pf->steps, &pf->nsteps);
}

static void take_inventory(struct fuzz_input *in, struct report *rep)
{
	struct inventory_item *it = report_add_inventory(rep);
	it->kind = (enum inventory_kind)fuzz_pick(in, INV_FUNCTION + 1);
	it->name = take_string(in, false);
	it->scope = take_string(in, true);
	it->categories = take_categories(in);
	take_loc(in, &it->loc, true);
	it->origin = (enum tag_origin)fuzz_pick(in, TAG_HEURISTIC + 1);
	it->rule_id = take_string(in, true);
}

static void take_problem(struct fuzz_input *in, struct report *rep)
{
	bool fatal = fuzz_byte(in) & 1;
	char *file = take_file(in, true);
	unsigned line = take_number(in);
	char *message = take_string(in, false);
	report_add_problem(rep, fatal, file, line, "%s", message);
	g_free(file);
	g_free(message);
}

static void check_baseline(struct report *rep)
{
	char *path = g_build_filename(fuzz_tmpdir(), "baseline.json", NULL);
	char *error = NULL;
	if (!baseline_write(rep, path, &error)) {
		fprintf(stderr, "fuzz_report: baseline_write: %s\n", error);
		abort();
	}
	char *text = NULL;
	gsize len = 0;
	if (!g_file_get_contents(path, &text, &len, NULL) || !g_utf8_validate(text, (gssize)len, NULL)) {
		fprintf(stderr, "fuzz_report: the baseline is not UTF-8:\n%s\n", text ? text : "");
		abort();
	}
	g_free(text);
	if (!baseline_apply(rep, path, &error)) {
		fprintf(stderr, "fuzz_report: baseline_apply: %s\n", error);
		abort();
	}
	for (guint i = 0; i < rep->findings->len; i++) {
		const struct finding *f = rep->findings->pdata[i];
		if (!f->suppression.suppressed && !f->baselined) {
			fprintf(stderr, "fuzz_report: finding %u is not baselined by its own baseline\n", i);
			abort();
		}
	}
	if (rep->baseline_stale) {
		fprintf(stderr, "fuzz_report: %u stale entries in a fresh baseline\n", rep->baseline_stale);
		abort();
	}
	g_free(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_input in = { data, size };
	struct report *rep = report_new();
	unsigned header = fuzz_byte(&in);
	if (header & 1) {
		rep->tool_version = take_string(&in, true);
		rep->libclang_version = take_string(&in, true);
		rep->rules_digest = take_string(&in, true);
		rep->database_digest = take_string(&in, true);
		rep->revision = take_string(&in, true);
		rep->date = take_string(&in, true);
	}
	static const char *const roots[] = { NULL, "/", NULL, "/nonexistent-pitrace-fuzz" };
	unsigned r = header >> 1 & 3;
	rep->root = g_strdup(r == 2 ? fuzz_tmpdir() : roots[r]);
	rep->lang = g_strdup(header & 8 ? "zh" : "en");
	rep->rules = header & 16 ? fuzz_builtin_rules() : NULL;
	rep->baseline_stale = header & 32 ? fuzz_pick(&in, 4) : 0;

	unsigned counts = fuzz_u32(&in);
	for (unsigned i = 0, n = counts & 15; i < n; i++)
		take_finding(&in, rep);
	for (unsigned i = 0, n = counts >> 4 & 7; i < n; i++)
		take_protected(&in, rep);
	for (unsigned i = 0, n = counts >> 7 & 7; i < n; i++)
		take_inventory(&in, rep);
	for (unsigned i = 0, n = counts >> 10 & 3; i < n; i++)
		take_problem(&in, rep);

	report_normalise(rep);
	fuzz_check_reporters(rep);
	if (header & 64) {
		check_baseline(rep);
		fuzz_check_reporters(rep);
	}
	report_free(rep);
	return 0;
}
