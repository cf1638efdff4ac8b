/* SPDX-License-Identifier: Apache-2.0 */
/* report.c - the report: construction, the one order every format uses,
 * fingerprints, and the table of formats. */
#include <stdarg.h>
#include <string.h>

#include "report.h"
#include "report_impl.h"
#include "rules.h"

const struct reporter *const reporters[] = {
	&reporter_text,
	&reporter_json,
	&reporter_sarif,
	&reporter_html,
	&reporter_junit,
	&reporter_gitlab,
	NULL,
};

const struct reporter *reporter_find(const char *name)
{
	for (const struct reporter *const *r = reporters; *r; r++)
		if (!strcmp((*r)->name, name))
			return *r;
	return NULL;
}

void report_print_rule_table(FILE *out)
{
	fputs("Report rules (--explain RULE for each one's help):\n", out);
	for (int r = 0; r < RULE_COUNT; r++) {
		const struct check *c = check_get(r);
		const struct check_text *d = c->text;
		const char *lv = level_name(c->level);
		/* a level that depends on the PI, in brief: up to its detail */
		const char *paren = strstr(d->level_en, " (");
		int n = paren ? (int)(paren - d->level_en) : (int)strlen(d->level_en);
		fprintf(out, "  %-26s %-8s %s", rule_id_name((enum rule_id)r), lv, d->short_en);
		if (strcmp(d->level_en, lv))
			fprintf(out, " [%.*s]", n, d->level_en);
		fputc('\n', out);
	}
}

/* A paragraph of ASCII text filled to 78 columns under a two-space indent. */
static void put_paragraph(FILE *out, const char *text)
{
	char **words = g_strsplit(text, " ", -1);
	unsigned col = 0;
	for (char **w = words; *w; w++) {
		if (!**w)
			continue;
		unsigned len = (unsigned)strlen(*w);
		if (col && col + 1 + len > 78) {
			fputc('\n', out);
			col = 0;
		}
		fputs(col ? " " : "  ", out);
		fputs(*w, out);
		col += (col ? 1 : 2) + len;
	}
	fputc('\n', out);
	g_strfreev(words);
}

bool report_explain_rule(const char *name, FILE *out)
{
	int r = rule_id_from_name(name);
	if (r < 0)
		return false;
	const struct check_text *d = check_get(r)->text;
	fprintf(out, "%s (%s%s%s): %s\n\n", name, check_get(r)->sarif_name, d->cwe ? ", CWE-" : "",
		d->cwe ? d->cwe : "", d->short_en);
	const struct {
		const char *head, *text;
	} parts[] = {
		{ "What", d->full_en }, { "Level", d->level_en }, { "Cleared by", d->unless_en },
		{ "Why (legal basis)", d->legal_en }, { "How to fix", d->fix_en },
	};
	for (size_t i = 0; i < G_N_ELEMENTS(parts); i++) {
		if (!*parts[i].text)
			continue;
		fprintf(out, "%s\n", parts[i].head);
		put_paragraph(out, parts[i].text);
		/* the Chinese text as it stands: it has no spaces to fill at */
		if (parts[i].text == d->legal_en)
			fprintf(out, "  %s\n", d->legal_zh);
		fputc('\n', out);
	}
	fputs("Example\n", out);
	for (const char *l = d->example; *l;) {
		const char *e = strchr(l, '\n');
		size_t n = e ? (size_t)(e - l) : strlen(l);
		fprintf(out, "    %.*s\n", (int)n, l);
		l += n + (e != NULL);
	}
	return true;
}

cJSON *report_categories_json(unsigned mask)
{
	cJSON *a = cJSON_CreateArray();
	for (int c = 0; c < PI_CATEGORY_COUNT; c++)
		if (mask & 1u << c)
			cJSON_AddItemToArray(a, cJSON_CreateString(pi_category_name(c)));
	return a;
}

char *report_categories_string(unsigned mask)
{
	GString *s = g_string_new(NULL);
	for (int c = 0; c < PI_CATEGORY_COUNT; c++)
		if (mask & 1u << c)
			g_string_append_printf(s, "%s%s", s->len ? ", " : "", pi_category_name(c));
	return g_string_free(s, FALSE);
}

bool report_sensitive(const struct report *rep, unsigned mask)
{
	if (rep->rules)
		return rules_category_sensitive(rep->rules, mask);
	for (int c = 0; c < PI_CATEGORY_COUNT; c++)
		if (mask & 1u << c && pi_category_default_sensitive(c))
			return true;
	return false;
}

/* JSON text is UTF-8: a string that is not (a file name in Latin-1 or
 * GBK bytes) is written with U+FFFD in place of the bad bytes, and, in
 * an object, its exact bytes beside it in base64 under the key with
 * "_base64" added, so that a tool can still open the file named. */
static void json_make_valid(cJSON *parent, cJSON *item)
{
	for (; item; item = item->next) {
		if (cJSON_IsString(item) && item->valuestring &&
		    !g_utf8_validate(item->valuestring, -1, NULL)) {
			if (cJSON_IsObject(parent) && item->string) {
				char *key = g_strconcat(item->string, "_base64", NULL);
				char *raw = g_base64_encode((const guchar *)item->valuestring, strlen(item->valuestring));
				if (!cJSON_GetObjectItemCaseSensitive(parent, key))
					cJSON_AddStringToObject(parent, key, raw);
				g_free(raw);
				g_free(key);
			}
			char *valid = g_utf8_make_valid(item->valuestring, -1);
			cJSON_SetValuestring(item, valid);
			g_free(valid);
		}
		json_make_valid(item, item->child);
	}
}

void report_json_make_valid(cJSON *item)
{
	json_make_valid(NULL, item);
}

bool report_json_write(cJSON *root, FILE *out)
{
	report_json_make_valid(root);
	char *text = cJSON_Print(root);
	cJSON_Delete(root);
	if (!text)
		return false;
	bool ok = fputs(text, out) >= 0 && fputc('\n', out) != EOF;
	cJSON_free(text);
	return ok && !ferror(out);
}

char **report_read_lines(const char *path, unsigned *nlines)
{
	char *text;
	if (!path || !g_file_get_contents(path, &text, NULL, NULL))
		return NULL;
	char **lines = report_split_lines(text, nlines);
	g_free(text);
	return lines;
}

char **report_split_lines(const char *text, unsigned *nlines)
{
	char **lines = g_strsplit(text, "\n", -1);
	unsigned n = g_strv_length(lines);
	/* "a\nb\n" splits into three; the last is no line. */
	if (n && !*lines[n - 1]) {
		g_free(lines[n - 1]);
		lines[--n] = NULL;
	}
	for (unsigned i = 0; i < n; i++) {
		size_t l = strlen(lines[i]);
		if (l && lines[i][l - 1] == '\r')
			lines[i][l - 1] = '\0';
	}
	*nlines = n;
	return lines;
}

char *report_canonical_path(const char *file)
{
	return g_canonicalize_filename(file, NULL);
}

char *report_path_below_root(const struct report *rep, const char *file)
{
	if (!file || !rep->root)
		return NULL;
	char *root = report_canonical_path(rep->root);
	char *abs = report_canonical_path(file);
	size_t n = strlen(root);
	char *rel = NULL;
	/* "/" canonicalises to itself; every other root lacks the slash. */
	if (n == 1 && abs[0] == '/')
		rel = g_strdup(abs + 1);
	else if (!strncmp(abs, root, n) && abs[n] == '/')
		rel = g_strdup(abs + n + 1);
	g_free(root);
	g_free(abs);
	return rel;
}

/* Asked for every step of every trace of every format: the answers are
 * kept (canonicalising a path is a string walk and, when it is relative,
 * a getcwd). */
char *report_relative_path(const struct report *rep, const char *file)
{
	if (!file || !rep->root || !rep->relative_paths) {
		char *rel = report_path_below_root(rep, file);
		return rel ? rel : g_strdup(file);
	}
	char *key = g_strconcat(rep->root, "\x1f", file, NULL);
	const char *known = g_hash_table_lookup(rep->relative_paths, key);
	if (known) {
		g_free(key);
		return g_strdup(*known ? known : file);
	}
	char *rel = report_path_below_root(rep, file);
	g_hash_table_insert(rep->relative_paths, key, g_strdup(rel ? rel : ""));
	return rel ? rel : g_strdup(file);
}

/* ---- construction ---- */

void report_steps_free(struct trace_step *steps, unsigned n)
{
	for (unsigned i = 0; i < n; i++) {
		g_free(steps[i].loc.file);
		g_free(steps[i].function);
		g_free(steps[i].message);
	}
	g_free(steps);
}

static void finding_free(gpointer p)
{
	struct finding *f = p;
	g_free(f->loc.file);
	g_free(f->function);
	g_free(f->callee);
	g_free(f->message);
	g_free(f->sink_function);
	g_free(f->source);
	g_free(f->recipients);
	report_steps_free(f->steps, f->nsteps);
	for (unsigned i = 0; i < f->nrelated; i++)
		g_free(f->related[i].file);
	g_free(f->related);
	g_free(f->fingerprint);
	g_free(f->suppression.reason);
	g_free(f->suppression.loc.file);
	g_free(f);
}

static void protected_free(gpointer p)
{
	struct protected_flow *pf = p;
	g_free(pf->loc.file);
	g_free(pf->function);
	g_free(pf->callee);
	g_free(pf->control);
	g_free(pf->control_loc.file);
	g_free(pf->source);
	report_steps_free(pf->steps, pf->nsteps);
	for (unsigned i = 0; i < pf->nrelated; i++)
		g_free(pf->related[i].file);
	g_free(pf->related);
	g_free(pf);
}

static void inventory_free(gpointer p)
{
	struct inventory_item *it = p;
	g_free(it->name);
	g_free(it->scope);
	g_free(it->loc.file);
	g_free(it->rule_id);
	g_free(it);
}

static void problem_free(gpointer p)
{
	struct run_problem *pr = p;
	g_free(pr->loc.file);
	g_free(pr->message);
	g_free(pr);
}

struct report *report_new(void)
{
	struct report *rep = g_new0(struct report, 1);
	rep->findings = g_ptr_array_new_with_free_func(finding_free);
	rep->protected_flows = g_ptr_array_new_with_free_func(protected_free);
	rep->inventory = g_ptr_array_new_with_free_func(inventory_free);
	rep->problems = g_ptr_array_new_with_free_func(problem_free);
	rep->relative_paths = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	return rep;
}

void report_file_free(gpointer data)
{
	struct report_file *f = data;
	if (!f)
		return;
	g_free(f->path);
	g_free(f->sha256);
	g_free(f);
}

void report_scope_free(struct report_scope *s)
{
	if (!s)
		return;
	g_ptr_array_free(s->files, TRUE);
	g_ptr_array_free(s->rules, TRUE);
	report_file_free(s->baseline);
	g_free(s->fail_on);
	g_free(s->command_line);
	g_free(s->started);
	if (s->git_changed)
		g_ptr_array_free(s->git_changed, TRUE);
	g_free(s->tree_digest);
	g_free(s);
}

void report_free(struct report *rep)
{
	if (!rep)
		return;
	report_scope_free(rep->scope);
	/* suppress_scan_file() keeps its list of files there. */
	g_dataset_destroy(rep);
	g_free(rep->tool_version);
	g_free(rep->libclang_version);
	g_free(rep->rules_digest);
	g_free(rep->database_digest);
	g_free(rep->revision);
	g_free(rep->date);
	g_free(rep->root);
	g_free(rep->lang);
	g_ptr_array_free(rep->findings, TRUE);
	g_ptr_array_free(rep->protected_flows, TRUE);
	g_ptr_array_free(rep->inventory, TRUE);
	g_ptr_array_free(rep->problems, TRUE);
	if (rep->relative_paths)
		g_hash_table_destroy(rep->relative_paths);
	g_free(rep);
}

struct finding *report_add_finding(struct report *rep)
{
	struct finding *f = g_new0(struct finding, 1);
	f->sink = -1;
	g_ptr_array_add(rep->findings, f);
	return f;
}

struct protected_flow *report_add_protected(struct report *rep)
{
	struct protected_flow *pf = g_new0(struct protected_flow, 1);
	g_ptr_array_add(rep->protected_flows, pf);
	return pf;
}

struct inventory_item *report_add_inventory(struct report *rep)
{
	struct inventory_item *it = g_new0(struct inventory_item, 1);
	g_ptr_array_add(rep->inventory, it);
	return it;
}

void report_add_problem(struct report *rep, bool fatal, const char *file,
			unsigned line, const char *fmt, ...)
{
	struct run_problem *pr = g_new0(struct run_problem, 1);
	va_list ap;
	pr->fatal = fatal;
	pr->loc.file = g_strdup(file);
	pr->loc.line = line;
	va_start(ap, fmt);
	pr->message = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	g_ptr_array_add(rep->problems, pr);
}

void report_add_partial(struct report *rep, const char *file, unsigned line, const char *fmt, ...)
{
	struct run_problem *pr = g_new0(struct run_problem, 1);
	va_list ap;
	pr->fatal = true;
	pr->partial = true;
	pr->loc.file = g_strdup(file);
	pr->loc.line = line;
	va_start(ap, fmt);
	pr->message = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	g_ptr_array_add(rep->problems, pr);
}

void report_keep_going(struct report *rep)
{
	for (unsigned i = 0; i < rep->problems->len; i++) {
		struct run_problem *pr = rep->problems->pdata[i];
		if (pr->partial) {
			pr->fatal = false;
			rep->incomplete = true;
		}
	}
}

/* ---- the one order ---- */

static int cmp_uint(unsigned a, unsigned b)
{
	return (a > b) - (a < b);
}

static int loc_cmp(const struct report_loc *a, const struct report_loc *b)
{
	int c = g_strcmp0(a->file, b->file);
	if (!c)
		c = cmp_uint(a->line, b->line);
	if (!c)
		c = cmp_uint(a->col, b->col);
	return c;
}

int report_steps_cmp(const struct trace_step *a, unsigned na, const struct trace_step *b, unsigned nb)
{
	int c = cmp_uint(na, nb);
	for (unsigned i = 0; !c && i < na; i++) {
		c = loc_cmp(&a[i].loc, &b[i].loc);
		if (!c)
			c = g_strcmp0(a[i].message, b[i].message);
	}
	return c;
}

/* Everything that tells two findings apart decides their order, so the
 * result does not depend on which worker thread finished first; the key
 * (loc, rule) comes first so that duplicates are neighbours. */
static int finding_cmp(gconstpointer pa, gconstpointer pb)
{
	const struct finding *a = *(const struct finding *const *)pa;
	const struct finding *b = *(const struct finding *const *)pb;
	int c = loc_cmp(&a->loc, &b->loc);
	if (!c)
		c = cmp_uint(a->rule, b->rule);
	if (!c)
		c = g_strcmp0(a->source, b->source);
	if (!c)
		c = g_strcmp0(a->message, b->message);
	if (!c)
		c = g_strcmp0(a->callee, b->callee);
	if (!c)
		c = report_steps_cmp(a->steps, a->nsteps, b->steps, b->nsteps);
	return c;
}

/* Protected flows that differ only in their trace are one entry of the
 * ledger, as findings at one call are one finding: the same PI reaching
 * the same call through the same control, read at several places on the
 * way (each read is its own source site), must not fill an audit report
 * with thousands of copies. The first in sort order, the least trace, is
 * kept. */
static int protected_same(gconstpointer pa, gconstpointer pb)
{
	const struct protected_flow *a = *(const struct protected_flow *const *)pa;
	const struct protected_flow *b = *(const struct protected_flow *const *)pb;
	int c = loc_cmp(&a->loc, &b->loc);
	if (!c)
		c = cmp_uint((unsigned)a->sink, (unsigned)b->sink);
	if (!c)
		c = g_strcmp0(a->source, b->source);
	if (!c)
		c = g_strcmp0(a->control, b->control);
	if (!c)
		c = loc_cmp(&a->control_loc, &b->control_loc);
	if (!c)
		c = cmp_uint(a->categories, b->categories);
	if (!c)
		c = cmp_uint(a->protections, b->protections);
	if (!c)
		c = g_strcmp0(a->callee, b->callee);
	return c;
}

static int protected_cmp(gconstpointer pa, gconstpointer pb)
{
	const struct protected_flow *a = *(const struct protected_flow *const *)pa;
	const struct protected_flow *b = *(const struct protected_flow *const *)pb;
	int c = protected_same(pa, pb);
	return c ? c : report_steps_cmp(a->steps, a->nsteps, b->steps, b->nsteps);
}

static int inventory_cmp(gconstpointer pa, gconstpointer pb)
{
	const struct inventory_item *a = *(const struct inventory_item *const *)pa;
	const struct inventory_item *b = *(const struct inventory_item *const *)pb;
	int c = loc_cmp(&a->loc, &b->loc);
	if (!c)
		c = g_strcmp0(a->name, b->name);
	if (!c)
		c = g_strcmp0(a->scope, b->scope);
	if (!c)
		c = cmp_uint(a->kind, b->kind);
	if (!c)
		c = cmp_uint(a->categories, b->categories);
	if (!c)
		c = cmp_uint(a->origin, b->origin);
	if (!c)
		c = g_strcmp0(a->rule_id, b->rule_id);
	return c;
}

static int problem_cmp(gconstpointer pa, gconstpointer pb)
{
	const struct run_problem *a = *(const struct run_problem *const *)pa;
	const struct run_problem *b = *(const struct run_problem *const *)pb;
	int c = loc_cmp(&a->loc, &b->loc);
	if (!c)
		c = g_strcmp0(a->message, b->message);
	if (!c)
		c = cmp_uint(b->fatal, a->fatal);
	return c;
}

static int finding_same_call(gconstpointer pa, gconstpointer pb)
{
	const struct finding *a = *(const struct finding *const *)pa;
	const struct finding *b = *(const struct finding *const *)pb;
	int c = loc_cmp(&a->loc, &b->loc);
	if (!c)
		c = cmp_uint(a->rule, b->rule);
	/* One comment can have several things wrong with it. */
	if (!c && a->rule == RULE_UNKNOWN_SUPPRESSION)
		c = g_strcmp0(a->message, b->message);
	return c;
}

/* CONTRACT 3: findings with the same rule at the same call are one. */
/* Moves the other routes' calls of a dropped entry to the kept one. */
static void take_related(struct report_loc **keep, unsigned *nkeep, struct report_loc **drop, unsigned *ndrop)
{
	if (!*ndrop)
		return;
	*keep = g_renew(struct report_loc, *keep, *nkeep + *ndrop);
	memcpy(*keep + *nkeep, *drop, *ndrop * sizeof **drop);
	*nkeep += *ndrop;
	g_free(*drop);
	*drop = NULL;
	*ndrop = 0;
}

static void finding_merge(gpointer keep, gpointer drop)
{
	struct finding *k = keep, *d = drop;
	k->categories |= d->categories;
	/* the other routes of both (a memo's findings meet the engine's) */
	take_related(&k->related, &k->nrelated, &d->related, &d->nrelated);
	if (d->level > k->level)
		k->level = d->level;
	k->baselined = k->baselined || d->baselined;
	if (!k->suppression.suppressed && d->suppression.suppressed) {
		struct suppression_info t = k->suppression;
		k->suppression = d->suppression;
		d->suppression = t;
	}
}

static void protected_merge(gpointer keep, gpointer drop)
{
	struct protected_flow *k = keep, *d = drop;
	take_related(&k->related, &k->nrelated, &d->related, &d->nrelated);
}

static void sort_dedupe(GPtrArray *a, GCompareFunc cmp, GCompareFunc same,
			void (*merge)(gpointer, gpointer), GDestroyNotify free_fn)
{
	g_ptr_array_sort(a, cmp);
	guint out = 0;
	for (guint i = 0; i < a->len; i++) {
		if (out && !same(&a->pdata[out - 1], &a->pdata[i])) {
			if (merge)
				merge(a->pdata[out - 1], a->pdata[i]);
			free_fn(a->pdata[i]);
			continue;
		}
		a->pdata[out++] = a->pdata[i];
	}
	/* What was moved or freed must not be freed again by the shrink. */
	g_ptr_array_set_free_func(a, NULL);
	g_ptr_array_set_size(a, out);
	g_ptr_array_set_free_func(a, free_fn);
}

/* Source identities come from different spellings in different places
 * ("struct app . id_number", "struct app.id_number"): white space is not
 * part of the identity. */
static void append_normalised(GString *s, const char *text)
{
	for (const char *p = text ? text : ""; *p; p++)
		if (!g_ascii_isspace(*p))
			g_string_append_c(s, *p);
	g_string_append_c(s, '\n');
}

/* The fingerprint names what was found, not where the lines happen to be:
 * rule, file (relative to the root, so checkouts agree), function, callee,
 * source and categories. A no-flow finding has no source; its (masked)
 * message stands in. The occurrence number tells apart findings that agree
 * on all of that, in file order. */
static void fingerprint_all(struct report *rep)
{
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	GString *basis = g_string_new(NULL);
	for (guint i = 0; i < rep->findings->len; i++) {
		struct finding *f = rep->findings->pdata[i];
		char *rel = report_relative_path(rep, f->loc.file);
		char *cats = report_categories_string(f->categories);
		g_string_truncate(basis, 0);
		g_string_append_printf(basis, "pitrace-fingerprint/1\n%s\n", rule_id_name(f->rule));
		append_normalised(basis, rel);
		append_normalised(basis, f->function);
		append_normalised(basis, f->callee);
		append_normalised(basis, f->source ? f->source : f->message);
		append_normalised(basis, cats);
		g_free(rel);
		g_free(cats);

		unsigned n = GPOINTER_TO_UINT(g_hash_table_lookup(seen, basis->str));
		g_hash_table_insert(seen, g_strdup(basis->str), GUINT_TO_POINTER(n + 1));
		g_string_append_printf(basis, "%u\n", n);
		g_free(f->fingerprint);
		f->fingerprint = g_compute_checksum_for_string(G_CHECKSUM_SHA256, basis->str,
							       (gssize)basis->len);
	}
	g_string_free(basis, TRUE);
	g_hash_table_destroy(seen);
}

void report_normalise(struct report *rep)
{
	sort_dedupe(rep->findings, finding_cmp, finding_same_call, finding_merge,
		    finding_free);
	sort_dedupe(rep->protected_flows, protected_cmp, protected_same, protected_merge,
		    protected_free);
	sort_dedupe(rep->inventory, inventory_cmp, inventory_cmp, NULL, inventory_free);
	sort_dedupe(rep->problems, problem_cmp, problem_cmp, NULL, problem_free);
	fingerprint_all(rep);
}

void report_count(const struct report *rep, struct report_counts *counts)
{
	memset(counts, 0, sizeof *counts);
	for (guint i = 0; i < rep->findings->len; i++) {
		const struct finding *f = rep->findings->pdata[i];
		counts->total++;
		if (f->suppression.suppressed)
			counts->suppressed++;
		else if (f->baselined)
			counts->baselined++;
		else {
			counts->open++;
			if ((unsigned)f->level <= LEVEL_ERROR)
				counts->open_by_level[f->level]++;
		}
	}
}

unsigned report_count_open(const struct report *rep, enum level at_least)
{
	unsigned n = 0;
	for (guint i = 0; i < rep->findings->len; i++) {
		const struct finding *f = rep->findings->pdata[i];
		if (!f->suppression.suppressed && !f->baselined && f->level >= at_least)
			n++;
	}
	return n;
}
