/* SPDX-License-Identifier: Apache-2.0 */
/* fuzz_suppress.c - bytes as a source file with `// pitrace:` comments,
 * applied to a report holding a few synthetic findings in it (their rules
 * and lines read from the input's first bytes). suppress_apply() must not
 * crash or leak, must mark findings only with a comment's location, never
 * hide a pitrace-suppression finding, and leave a report every format can
 * write. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "fuzz_common.h"
#include "suppress.h"

static char *source, *other_spelling, *missing;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	const char *tmp = fuzz_tmpdir();
	source = g_build_filename(tmp, "src dir", "s.c", NULL);
	other_spelling = g_build_filename(tmp, "src dir", ".", "..", "src dir", "s.c", NULL);
	missing = g_build_filename(tmp, "src dir", "missing.c", NULL);
	return 0;
}

static void bad(const char *what, const struct finding *f)
{
	fprintf(stderr, "fuzz_suppress: %s: %s:%u [%s] %s\n", what,
		f->loc.file ? f->loc.file : "(no file)", f->loc.line, rule_id_name(f->rule),
		f->message ? f->message : "");
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	g_free(fuzz_write_file("src dir/s.c", data, size));
	struct report *rep = report_new();
	rep->root = g_strdup(fuzz_tmpdir());
	struct fuzz_input in = { data, size < 16 ? size : 16 };
	unsigned n = fuzz_pick(&in, 8);
	for (unsigned k = 0; k < n; k++) {
		struct finding *f = report_add_finding(rep);
		f->rule = (enum rule_id)fuzz_pick(&in, RULE_COUNT);
		f->level = (enum level)fuzz_pick(&in, LEVEL_ERROR + 1);
		unsigned where = fuzz_byte(&in);
		const char *files[] = { source, source, other_spelling, missing, NULL };
		const char *file = files[where % G_N_ELEMENTS(files)];
		f->loc.file = g_strdup(file);
		f->loc.line = where / 4 % 48;
		f->loc.col = 1;
		f->message = g_strdup("synthetic");
		f->categories = 1u << PI_ID_NUMBER;
		f->sink = f->rule <= RULE_EXTERNAL_TRANSFER ? (int)f->rule : -1;
	}
	suppress_scan_file(rep, source);
	suppress_scan_file(rep, missing);
	if (size % 3 == 0)
		suppress_scan_file(rep, fuzz_tmpdir());	/* a folder: nothing to read */
	report_normalise(rep);
	suppress_apply(rep);

	for (guint i = 0; i < rep->findings->len; i++) {
		const struct finding *f = rep->findings->pdata[i];
		if (f->rule == RULE_UNKNOWN_SUPPRESSION) {
			if (f->suppression.suppressed)
				bad("a pitrace-suppression finding is suppressed", f);
			bool mine = f->message && !strcmp(f->message, "synthetic");
			if (!mine && (!f->loc.file || !f->loc.line || !f->message))
				bad("a pitrace-suppression finding without a place or message", f);
		}
		if (f->suppression.suppressed &&
		    (!f->suppression.loc.file || !f->suppression.loc.line || !f->loc.file))
			bad("a finding suppressed by no comment", f);
		if (!f->fingerprint)
			bad("a finding without a fingerprint after suppress_apply()", f);
	}
	guint before = rep->findings->len;
	report_normalise(rep);
	if (rep->findings->len != before)
		bad("the report was not normalised", rep->findings->pdata[0]);
	fuzz_check_reporters(rep);
	report_free(rep);
	return 0;
}
