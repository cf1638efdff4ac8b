/* SPDX-License-Identifier: Apache-2.0 */
/* report_text.c - gcc-style lines (CONTRACT 1): what editors, terminals and
 * pre-commit hooks read. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "report_impl.h"

struct palette {
	const char *loc, *level[LEVEL_ERROR + 1], *reset;
};

static const struct palette plain = { "", { "", "", "" }, "" };
/* gcc's choices: bold locations, cyan notes, magenta warnings, red errors. */
static const struct palette ansi = {
	"\033[1m",
	{ [LEVEL_NOTE] = "\033[1;36m", [LEVEL_WARNING] = "\033[1;35m",
	  [LEVEL_ERROR] = "\033[1;31m" },
	"\033[0m",
};

/* --color always and never decide; auto colours a terminal only, and, as
 * gcc does, not when TERM is unset or dumb, nor when a NO_COLOR that is
 * set and not empty asks for none (https://no-color.org). */
static const struct palette *palette_for(const struct report *rep, FILE *out)
{
	if (rep->color)
		return rep->color > 0 ? &ansi : &plain;
	const char *no_color = getenv("NO_COLOR");
	const char *term = getenv("TERM");
	if ((no_color && *no_color) || !term || !*term || !strcmp(term, "dumb"))
		return &plain;
	return isatty(fileno(out)) ? &ansi : &plain;
}

static void put_loc(FILE *out, const struct palette *p, const struct report_loc *loc)
{
	fputs(p->loc, out);
	fputs(loc->file ? loc->file : "pitrace", out);
	if (loc->file && loc->line) {
		fprintf(out, ":%u", loc->line);
		if (loc->col)
			fprintf(out, ":%u", loc->col);
	}
	fprintf(out, ":%s ", p->reset);
}

static void put_level(FILE *out, const struct palette *p, enum level l)
{
	fprintf(out, "%s%s:%s ", p->level[l], level_name(l), p->reset);
}

static void plural(GString *s, unsigned n, const char *one, const char *many)
{
	g_string_append_printf(s, "%u %s", n, n == 1 ? one : many);
}

char *report_summary(const struct report *rep)
{
	struct report_counts c;
	report_count(rep, &c);
	if (!c.open && !c.suppressed && !c.baselined && !rep->baseline_stale && !rep->incomplete)
		return NULL;
	static const char *const names[][2] = {
		[LEVEL_ERROR] = { "error", "errors" },
		[LEVEL_WARNING] = { "warning", "warnings" },
		[LEVEL_NOTE] = { "note", "notes" },
	};
	GString *s = g_string_new("pitrace: ");
	plural(s, c.open, "finding", "findings");
	if (c.open) {
		const char *sep = " (";
		for (int l = LEVEL_ERROR; l >= LEVEL_NOTE; l--) {
			if (!c.open_by_level[l])
				continue;
			g_string_append(s, sep);
			plural(s, c.open_by_level[l], names[l][0], names[l][1]);
			sep = ", ";
		}
		g_string_append_c(s, ')');
	}
	if (c.suppressed)
		g_string_append_printf(s, "; %u suppressed", c.suppressed);
	if (c.baselined)
		g_string_append_printf(s, "; %u hidden by baseline", c.baselined);
	if (rep->baseline_stale) {
		g_string_append(s, "; ");
		plural(s, rep->baseline_stale, "stale baseline entry", "stale baseline entries");
	}
	if (rep->incomplete)
		g_string_append(s, "; incomplete: some code was not analysed as written (see the warnings above)");
	return g_string_free(s, FALSE);
}

static bool text_write(const struct report *rep, FILE *out)
{
	const struct palette *p = palette_for(rep, out);

	for (guint i = 0; i < rep->problems->len; i++) {
		const struct run_problem *pr = rep->problems->pdata[i];
		put_loc(out, p, &pr->loc);
		put_level(out, p, pr->fatal ? LEVEL_ERROR : LEVEL_WARNING);
		fprintf(out, "%s\n", pr->message);
	}
	for (guint i = 0; i < rep->findings->len; i++) {
		const struct finding *f = rep->findings->pdata[i];
		if (f->suppression.suppressed || f->baselined)
			continue;
		put_loc(out, p, &f->loc);
		put_level(out, p, f->level);
		fprintf(out, "%s %s[%s]%s\n", f->message ? f->message : "",
			p->level[f->level], rule_id_name(f->rule), p->reset);
		for (unsigned s = 0; s < f->nsteps; s++) {
			put_loc(out, p, &f->steps[s].loc);
			put_level(out, p, LEVEL_NOTE);
			fprintf(out, "%s\n", f->steps[s].message ? f->steps[s].message : "");
		}
		/* one leak, one finding: its other routes, each a line an
		 * editor can jump to */
		if (f->nrelated) {
			put_loc(out, p, &f->loc);
			put_level(out, p, LEVEL_NOTE);
			fprintf(out, "and %u more route%s of this leak:\n", f->nrelated, f->nrelated == 1 ? "" : "s");
		}
		for (unsigned r = 0; r < f->nrelated; r++) {
			put_loc(out, p, &f->related[r]);
			put_level(out, p, LEVEL_NOTE);
			fputs("another route of the same leak\n", out);
		}
	}
	/* The counts go to standard error (the driver prints
	 * report_summary()); that the report is incomplete belongs in the
	 * report itself, for whoever reads only the file. */
	if (rep->incomplete) {
		put_loc(out, p, &(struct report_loc){ 0 });
		put_level(out, p, LEVEL_WARNING);
		fputs("the report is incomplete: some code was not analysed as written (see the warnings above)\n",
		      out);
	}
	return !ferror(out);
}

const struct reporter reporter_text = {
	.name = "text",
	.write = text_write,
};
