/* SPDX-License-Identifier: Apache-2.0 */
/* suppress.c - suppression comments (suppress.h, docs/suppressions.md). */
#include <stdarg.h>
#include <string.h>

#include "report_impl.h"
#include "suppress.h"

#define SCAN_KEY "pitrace-suppress-files"
#define OPEN_END G_MAXUINT

enum directive_kind { D_ALLOW, D_ALLOW_NEXT_LINE, D_BEGIN, D_END };

static const char *const directive_names[] = {
	[D_ALLOW] = "allow",
	[D_ALLOW_NEXT_LINE] = "allow-next-line",
	[D_BEGIN] = "begin-allow",
	[D_END] = "end-allow",
};

/* One rule of one comment: a comment naming two rules is two of these, so
 * that each can be found stale on its own. */
struct directive {
	enum directive_kind kind;
	enum rule_id rule;
	unsigned line, col;		/* of the comment */
	unsigned first, last;		/* the lines it covers */
	const char *reason;		/* shared by the comment's directives; NULL: none */
	bool used;
};

struct source {
	char *path;			/* as first given, for messages */
	GArray *directives;		/* struct directive, in file order */
	GPtrArray *reasons;		/* owns the reasons */
};

static void source_free(gpointer p)
{
	struct source *s = p;
	g_free(s->path);
	g_array_free(s->directives, TRUE);
	g_ptr_array_free(s->reasons, TRUE);
	g_free(s);
}

void suppress_scan_file(struct report *rep, const char *path)
{
	GPtrArray *files = g_dataset_get_data(rep, SCAN_KEY);
	if (!files) {
		files = g_ptr_array_new_with_free_func(g_free);
		g_dataset_set_data_full(rep, SCAN_KEY, files, (GDestroyNotify)g_ptr_array_unref);
	}
	g_ptr_array_add(files, g_strdup(path));
}

static void G_GNUC_PRINTF(5, 6)
comment_problem(struct report *rep, const struct source *src, unsigned line, unsigned col,
		const char *fmt, ...)
{
	struct finding *f = report_add_finding(rep);
	va_list ap;
	f->rule = RULE_UNKNOWN_SUPPRESSION;
	f->level = check_get(RULE_UNKNOWN_SUPPRESSION)->level;
	f->loc.file = g_strdup(src->path);
	f->loc.line = line;
	f->loc.col = col;
	va_start(ap, fmt);
	f->message = g_strdup_vprintf(fmt, ap);
	va_end(ap);
}

/* Where the next comment on line starts, outside string and character
 * literals, or NULL. *in_block carries a block comment over line ends; the
 * lines it continues hold no directives. */
static const char *next_comment(const char *p, bool *in_block, bool *is_block)
{
	char quote = 0;
	if (*in_block) {
		const char *end = strstr(p, "*/");
		if (!end)
			return NULL;
		*in_block = false;
		p = end + 2;
	}
	for (; *p; p++) {
		if (quote) {
			if (*p == '\\' && p[1])
				p++;
			else if (*p == quote)
				quote = 0;
		} else if (*p == '"' || *p == '\'') {
			quote = *p;
		} else if (p[0] == '/' && (p[1] == '/' || p[1] == '*')) {
			*is_block = p[1] == '*';
			return p;
		}
	}
	return NULL;
}

/* One "pitrace:" comment, parsed; text is what follows the comment opener. */
static void parse_directive(struct report *rep, struct source *src, const char *text,
			    bool block, unsigned line, unsigned col, bool standalone)
{
	const char *p = text + strlen("pitrace:");
	while (*p == ' ' || *p == '\t')
		p++;
	const char *kw = p;
	while (g_ascii_isalpha(*p) || *p == '-')
		p++;
	char *keyword = g_strndup(kw, (gsize)(p - kw));
	const char *close = *p == '(' ? strchr(p, ')') : NULL;
	int kind = -1;
	for (int k = 0; k < (int)G_N_ELEMENTS(directive_names); k++)
		if (!strcmp(keyword, directive_names[k]))
			kind = k;
	if (kind < 0 && *keyword && *p == '(') {
		comment_problem(rep, src, line, col,
				"unknown pitrace directive `%s`: expected allow, allow-next-line, "
				"begin-allow or end-allow", keyword);
		g_free(keyword);
		return;
	}
	if (kind < 0 || !close) {
		comment_problem(rep, src, line, col,
				"malformed pitrace comment: expected `pitrace: allow(RULE) reason: WHY`");
		g_free(keyword);
		return;
	}

	char *list = g_strndup(p + 1, (gsize)(close - p - 1));
	char *shown = g_strdup_printf("%s(%s)", keyword, g_strstrip(list));

	/* The reason: the rest of the comment after "reason:". */
	char *reason = NULL;
	const char *r = close + 1;
	while (*r == ' ' || *r == '\t')
		r++;
	if (g_str_has_prefix(r, "reason:")) {
		reason = g_strdup(r + strlen("reason:"));
		char *end = block ? strstr(reason, "*/") : NULL;
		if (end)
			*end = '\0';
		g_strstrip(reason);
		if (!*reason) {
			g_free(reason);
			reason = NULL;
		}
	}
	if (reason)
		g_ptr_array_add(src->reasons, reason);
	else if (kind != D_END)
		comment_problem(rep, src, line, col,
				"`%s` gives no reason: add `reason: WHY` after it", shown);

	char **names = g_strsplit(list, ",", -1);
	bool named = false;
	for (char **n = names; *n; n++) {
		g_strstrip(*n);
		if (!**n)
			continue;
		named = true;
		int rule = rule_id_from_name(*n);
		if (rule < 0 || rule == RULE_UNKNOWN_SUPPRESSION) {
			comment_problem(rep, src, line, col, "unknown rule id `%s` in `%s`", *n, shown);
			continue;
		}
		struct directive d = {
			.kind = kind, .rule = rule, .line = line, .col = col, .reason = reason,
			.first = line, .last = line,
		};
		switch ((enum directive_kind)kind) {
		case D_ALLOW:
			/* A comment of its own covers the line below; one after code,
			 * its own line. */
			d.last = standalone ? line + 1 : line;
			break;
		case D_ALLOW_NEXT_LINE:
			d.first = d.last = line + 1;
			break;
		case D_BEGIN:
			d.last = OPEN_END;
			break;
		case D_END: {
			struct directive *open = NULL;
			for (guint i = src->directives->len; i-- > 0;) {
				struct directive *b = &g_array_index(src->directives, struct directive, i);
				if (b->kind == D_BEGIN && b->rule == (enum rule_id)rule &&
				    b->last == OPEN_END) {
					open = b;
					break;
				}
			}
			if (open)
				open->last = line;
			else
				comment_problem(rep, src, line, col,
						"`%s` has no matching begin-allow(%s)", shown, *n);
			continue;
		}
		}
		g_array_append_val(src->directives, d);
	}
	if (!named)
		comment_problem(rep, src, line, col, "`%s` names no rule", shown);
	g_strfreev(names);
	g_free(list);
	g_free(shown);
	g_free(keyword);
}

static struct source *source_scan(struct report *rep, const char *path)
{
	struct source *src = g_new0(struct source, 1);
	src->path = g_strdup(path);
	src->directives = g_array_new(FALSE, FALSE, sizeof(struct directive));
	src->reasons = g_ptr_array_new_with_free_func(g_free);

	/* Every file of the run is scanned (for stale suppressions) and most
	 * have none: those are not split into lines. */
	char *contents = NULL;
	if (!path || !g_file_get_contents(path, &contents, NULL, NULL) || !strstr(contents, "pitrace:")) {
		g_free(contents);
		return src;
	}
	unsigned n = 0;
	char **lines = report_split_lines(contents, &n);
	g_free(contents);
	bool in_block = false;
	for (unsigned i = 0; lines && i < n; i++) {
		const char *p = lines[i];
		bool is_block;
		while ((p = next_comment(p, &in_block, &is_block))) {
			const char *text = p + 2;
			while (*text == ' ' || *text == '\t')
				text++;
			bool standalone = true;
			for (const char *q = lines[i]; q < p; q++)
				standalone = standalone && g_ascii_isspace(*q);
			if (g_str_has_prefix(text, "pitrace:"))
				parse_directive(rep, src, text, is_block, i + 1,
						(unsigned)(p - lines[i]) + 1, standalone);
			if (!is_block)
				break;
			const char *end = strstr(p + 2, "*/");
			if (!end) {
				in_block = true;
				break;
			}
			p = end + 2;
		}
	}
	for (guint i = 0; i < src->directives->len; i++) {
		struct directive *d = &g_array_index(src->directives, struct directive, i);
		if (d->kind == D_BEGIN && d->last == OPEN_END) {
			d->last = n;
			comment_problem(rep, src, d->line, d->col,
					"`begin-allow(%s)` is not closed by end-allow(%s); it covers "
					"the rest of the file", rule_id_name(d->rule), rule_id_name(d->rule));
		}
	}
	g_strfreev(lines);
	return src;
}

/* The source of path, scanned on first use; keyed by canonical path so
 * that two spellings of one file share one scan. */
static struct source *source_get(struct report *rep, GHashTable *cache, const char *path)
{
	char *key = report_canonical_path(path);
	struct source *src = g_hash_table_lookup(cache, key);
	if (!src) {
		src = source_scan(rep, path);
		g_hash_table_insert(cache, key, src);
	} else {
		g_free(key);
	}
	return src;
}

void suppress_apply(struct report *rep)
{
	GHashTable *cache = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, source_free);
	/* The findings as they are now: scanning adds comment problems. */
	guint nfindings = rep->findings->len;

	for (guint i = 0; i < nfindings; i++) {
		struct finding *f = rep->findings->pdata[i];
		if (!f->loc.file || f->rule == RULE_UNKNOWN_SUPPRESSION)
			continue;
		struct source *src = source_get(rep, cache, f->loc.file);
		for (guint k = 0; k < src->directives->len; k++) {
			struct directive *d = &g_array_index(src->directives, struct directive, k);
			if (d->rule != f->rule || f->loc.line < d->first || f->loc.line > d->last)
				continue;
			d->used = true;
			if (f->suppression.suppressed)
				continue;
			f->suppression.suppressed = true;
			f->suppression.reason = g_strdup(d->reason);
			f->suppression.loc.file = g_strdup(src->path);
			f->suppression.loc.line = d->line;
			f->suppression.loc.col = d->col;
		}
	}
	GPtrArray *files = g_dataset_get_data(rep, SCAN_KEY);
	for (guint i = 0; files && i < files->len; i++)
		source_get(rep, cache, files->pdata[i]);

	/* report_normalise() below puts what this adds in order. */
	GHashTableIter it;
	gpointer value;
	g_hash_table_iter_init(&it, cache);
	while (g_hash_table_iter_next(&it, NULL, &value)) {
		struct source *src = value;
		for (guint k = 0; k < src->directives->len; k++) {
			struct directive *d = &g_array_index(src->directives, struct directive, k);
			if (!d->used)
				comment_problem(rep, src, d->line, d->col,
						"stale suppression: `%s(%s)` hides no %s finding",
						directive_names[d->kind], rule_id_name(d->rule),
						rule_id_name(d->rule));
		}
	}
	g_hash_table_destroy(cache);
	g_dataset_remove_data(rep, SCAN_KEY);
	report_normalise(rep);
}
