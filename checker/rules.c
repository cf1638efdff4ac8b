/* SPDX-License-Identifier: Apache-2.0 */
/* rules.c - loading rule packs (strictly: a rule file that says something
 * pitrace does not understand is an error, never a silent no-op) and the
 * read-only queries the engine makes afterwards. docs/rules.md is the format.
 *
 * A file is parsed completely into a staging area and committed only when it
 * is valid, so a failed load leaves the rule set as it was.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "rules.h"

#define RULES_VERSION 1
/* No C library function comes near this many parameters; a larger index in
 * a rule file is a typo. */
#define MAX_ARG_INDEX 255
#define MAX_PATH_DEPTH 16

enum entry_type {
	E_SOURCE,
	E_SINK,
	E_HANDLE,
	E_SANITIZER,
	E_PROPAGATOR,
	E_CLEANER,
	E_HEURISTIC,
	E_INERT,
	E_CALLBACK,
	E_ALLOCATOR,
	E_TYPE_COUNT
};

/* Section name in the file, and what --list-rules calls an entry. */
static const struct {
	const char *section, *noun;
} entry_types[E_TYPE_COUNT] = {
	[E_SOURCE] = { "sources", "source" },
	[E_SINK] = { "sinks", "sink" },
	[E_HANDLE] = { "handles", "handle" },
	[E_SANITIZER] = { "sanitizers", "sanitizer" },
	[E_PROPAGATOR] = { "propagators", "propagator" },
	[E_CLEANER] = { "cleaners", "cleaner" },
	[E_HEURISTIC] = { "heuristics", "heuristic" },
	[E_INERT] = { "inert", "inert function" },
	[E_CALLBACK] = { "callbacks", "callback" },
	[E_ALLOCATOR] = { "allocators", "allocator" },
};

/* Every rule struct starts with struct rule_head, so an entry is its type
 * and a pointer that can be read as a struct rule_head. */
struct entry {
	enum entry_type type;
	void *rule;
};

struct category_slot {
	struct category_info info;
	const char *file;	/* the last file that changed it; NULL: default */
};

struct rules {
	GPtrArray *entries;	/* struct entry *, first-load order; NULL slots were removed */
	GHashTable *by_id;	/* id -> index + 1 into entries */
	GPtrArray *files;	/* char *: every file loaded; rule heads point here */
	GPtrArray *disabled;	/* char *: ids or "prefix*" */
	struct category_slot categories[PI_CATEGORY_COUNT];
	GChecksum *checksum;
	char digest[65];
	bool loading_builtin;	/* rules_load_builtin() is under way */

	/* Built by rules_finish(). */
	bool finished;
	GPtrArray *heuristics;	/* struct rule_heuristic *, load order */
	GHashTable *functions;	/* name -> struct rule_function * */
	GHashTable *fields;	/* "tag.field" -> category mask */
	GHashTable *globals;	/* name -> category mask */
	GHashTable *field_ids;	/* "tag.field" -> id of the first rule declaring it */
	GHashTable *global_ids;	/* name -> id of the first rule declaring it */
	GHashTable *global_handles;	/* name -> const struct rule_handle * */
	GHashTable *ciphers;	/* names of encrypt sanitizers */
	/* Per enum heur_on bit: every pattern for that kind of identifier in
	 * one alternation, or NULL. An identifier it does not match is no
	 * heuristic's, which spares running each pattern and exclusion on
	 * the many names that say nothing (a generated TU has 100,000). */
	GRegex *any_pattern[HEUR_KINDS];
	GPtrArray *length_heuristics;	/* the "derived": "length" ones, apart */
};

/* ---------- freeing ---------- */

static void free_head(struct rule_head *h)
{
	g_free(h->id);
	g_free(h->function);
	/* h->file belongs to struct rules */
}

static void free_rule(enum entry_type type, void *rule)
{
	if (!rule)
		return;
	free_head(rule);
	switch (type) {
	case E_SOURCE: {
		struct rule_source *s = rule;
		g_free(s->record);
		g_free(s->name);
		break;
	}
	case E_SINK: {
		struct rule_sink *s = rule;
		g_free(s->args);
		g_strfreev(s->cond.equals);
		break;
	}
	case E_HANDLE: {
		struct rule_handle *h = rule;
		g_free(h->global);
		g_strfreev(h->cond.equals);
		break;
	}
	case E_SANITIZER: {
		struct rule_sanitizer *s = rule;
		g_free(s->from);
		g_free(s->to);
		break;
	}
	case E_PROPAGATOR: {
		struct rule_propagator *p = rule;
		g_free(p->from);
		g_free(p->to);
		g_strfreev(p->cond.equals);
		break;
	}
	case E_CLEANER: {
		struct rule_cleaner *c = rule;
		g_free(c->clears);
		break;
	}
	case E_HEURISTIC: {
		struct rule_heuristic *h = rule;
		if (h->pattern)
			g_regex_unref(h->pattern);
		if (h->exclude)
			g_regex_unref(h->exclude);
		break;
	}
	case E_CALLBACK: {
		struct rule_callback *c = rule;
		g_free(c->args);
		break;
	}
	case E_INERT:
	case E_ALLOCATOR:
	case E_TYPE_COUNT:
		break;
	}
	g_free(rule);
}

static void free_entry(struct entry *e)
{
	if (!e)
		return;
	free_rule(e->type, e->rule);
	g_free(e);
}

static void free_category_info(struct category_info *ci)
{
	g_free(ci->label_en);
	g_free(ci->label_zh);
	g_free(ci->description);
	g_strfreev(ci->legal);
	memset(ci, 0, sizeof *ci);
}

static void free_function(void *p)
{
	struct rule_function *f = p;
	g_free((char *)f->name);
	g_free(f->sinks);
	g_free(f->handles);
	g_free(f->sanitizers);
	g_free(f->propagators);
	g_free(f->cleaners);
	g_free(f->sources);
	g_free(f->callbacks);
	g_free(f);
}

/* Indexes built by rules_finish(); rebuilt if it is called again. */
static void free_indexes(struct rules *r)
{
	if (r->heuristics)
		g_ptr_array_free(r->heuristics, TRUE);
	if (r->length_heuristics)
		g_ptr_array_free(r->length_heuristics, TRUE);
	if (r->functions)
		g_hash_table_destroy(r->functions);
	if (r->fields)
		g_hash_table_destroy(r->fields);
	if (r->globals)
		g_hash_table_destroy(r->globals);
	if (r->field_ids)
		g_hash_table_destroy(r->field_ids);
	if (r->global_ids)
		g_hash_table_destroy(r->global_ids);
	if (r->global_handles)
		g_hash_table_destroy(r->global_handles);
	if (r->ciphers)
		g_hash_table_destroy(r->ciphers);
	for (unsigned k = 0; k < HEUR_KINDS; k++) {
		if (r->any_pattern[k])
			g_regex_unref(r->any_pattern[k]);
		r->any_pattern[k] = NULL;
	}
	r->heuristics = r->length_heuristics = NULL;
	r->functions = r->fields = r->globals = r->global_handles = r->ciphers = NULL;
	r->field_ids = r->global_ids = NULL;
	r->finished = false;
}

/* A GChecksum cannot be updated after its string is read, so read a copy. */
static void update_digest(struct rules *r)
{
	GChecksum *copy = g_checksum_copy(r->checksum);
	g_strlcpy(r->digest, g_checksum_get_string(copy), sizeof r->digest);
	g_checksum_free(copy);
}

struct rules *rules_new(void)
{
	struct rules *r = g_new0(struct rules, 1);
	r->entries = g_ptr_array_new();
	r->by_id = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	r->files = g_ptr_array_new_with_free_func(g_free);
	r->disabled = g_ptr_array_new_with_free_func(g_free);
	r->checksum = g_checksum_new(G_CHECKSUM_SHA256);
	update_digest(r);
	for (int c = 0; c < PI_CATEGORY_COUNT; c++) {
		struct category_info *ci = &r->categories[c].info;
		ci->sensitive = pi_category_default_sensitive(c);
		ci->label_en = g_strdup(pi_category_label(c, LANG_EN));
		ci->label_zh = g_strdup(pi_category_label(c, LANG_ZH));
		ci->description = g_strdup("");
		ci->legal = g_new0(char *, 1);
	}
	return r;
}

void rules_free(struct rules *r)
{
	if (!r)
		return;
	free_indexes(r);
	for (guint i = 0; i < r->entries->len; i++)
		free_entry(g_ptr_array_index(r->entries, i));
	g_ptr_array_free(r->entries, TRUE);
	g_hash_table_destroy(r->by_id);
	g_ptr_array_free(r->files, TRUE);
	g_ptr_array_free(r->disabled, TRUE);
	for (int c = 0; c < PI_CATEGORY_COUNT; c++)
		free_category_info(&r->categories[c].info);
	g_checksum_free(r->checksum);
	g_free(r);
}

/* ---------- loading: where in the file, and error messages ---------- */

/* One step of a JSON path: an object key, or (key == NULL) an array index. */
struct path_seg {
	const char *key;
	int index;
};

/* A "categories" entry of one file, applied when the file commits. */
struct category_patch {
	bool set, set_sensitive, sensitive;
	char *label_en, *label_zh, *description;
	char **legal;
};

struct loader {
	const char *file;	/* as the user spelled it */
	char *file_owned;	/* becomes r->files' copy on commit */
	const char *text;
	size_t len;
	struct path_seg path[MAX_PATH_DEPTH];
	int depth;
	char *error;

	/* Staged until the whole file is valid. */
	GPtrArray *entries;	/* struct entry * */
	GHashTable *ids;	/* id -> where it was first seen: type << 16 | index */
	GPtrArray *disabled;	/* char * */
	struct category_patch patches[PI_CATEGORY_COUNT];
	bool builtin;		/* the file is a built-in pack */
};

static void push_key(struct loader *l, const char *key)
{
	if (l->depth < MAX_PATH_DEPTH)
		l->path[l->depth] = (struct path_seg){ .key = key };
	l->depth++;
}

static void push_index(struct loader *l, int index)
{
	if (l->depth < MAX_PATH_DEPTH)
		l->path[l->depth] = (struct path_seg){ .index = index };
	l->depth++;
}

static void pop(struct loader *l)
{
	l->depth--;
}

static const char *skip_ws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return p;
}

/* p is at a string's opening quote; returns the position after its end. */
static const char *skip_string(const char *p, const char *end)
{
	for (p++; p < end && *p != '"'; p++)
		if (*p == '\\')
			p++;
	return p < end ? p + 1 : end;
}

static const char *skip_value(const char *p, const char *end)
{
	p = skip_ws(p, end);
	if (p >= end)
		return end;
	if (*p == '"')
		return skip_string(p, end);
	if (*p == '{' || *p == '[') {
		int depth = 0;
		while (p < end) {
			if (*p == '"') {
				p = skip_string(p, end);
				continue;
			}
			if (*p == '{' || *p == '[')
				depth++;
			else if ((*p == '}' || *p == ']') && --depth == 0)
				return p + 1;
			p++;
		}
		return end;
	}
	while (p < end && *p != ',' && *p != ']' && *p != '}' && *p != ' ' &&
	       *p != '\t' && *p != '\n' && *p != '\r')
		p++;
	return p;
}

/* Does the JSON string whose opening quote is at p spell key? */
static bool raw_key_equals(const char *p, const char *end, const char *key)
{
	for (p++; p < end && *p != '"'; p++) {
		char c = *p;
		if (c == '\\') {
			if (++p >= end)
				return false;
			switch (*p) {
			case '"': case '\\': case '/': c = *p; break;
			case 'n': c = '\n'; break;
			case 't': c = '\t'; break;
			case 'r': c = '\r'; break;
			case 'b': c = '\b'; break;
			case 'f': c = '\f'; break;
			default: return false;	/* \uXXXX: no key of ours needs it */
			}
		}
		if (*key++ != c)
			return false;
	}
	return *key == '\0';
}

/* cJSON keeps no positions, so walk the raw text (already known to be valid
 * JSON) along the current path to find where the offending value starts. */
static const char *locate(const struct loader *l)
{
	const char *p = l->text, *end = l->text + l->len;
	if (l->len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
		p += 3;
	p = skip_ws(p, end);
	for (int i = 0; i < MIN(l->depth, MAX_PATH_DEPTH); i++) {
		const struct path_seg *s = &l->path[i];
		if (p >= end)
			return NULL;
		if (s->key) {
			if (*p != '{')
				return NULL;
			p = skip_ws(p + 1, end);
			for (;;) {
				if (p >= end || *p != '"')
					return NULL;
				bool match = raw_key_equals(p, end, s->key);
				p = skip_ws(skip_string(p, end), end);
				if (p >= end || *p != ':')
					return NULL;
				p = skip_ws(p + 1, end);
				if (match)
					break;
				p = skip_ws(skip_value(p, end), end);
				if (p >= end || *p != ',')
					return NULL;
				p = skip_ws(p + 1, end);
			}
		} else {
			if (*p != '[')
				return NULL;
			p = skip_ws(p + 1, end);
			for (int k = 0; k < s->index; k++) {
				p = skip_ws(skip_value(p, end), end);
				if (p >= end || *p != ',')
					return NULL;
				p = skip_ws(p + 1, end);
			}
		}
	}
	return p < end ? p : NULL;
}

static void line_col(const char *text, const char *pos, int *line, int *col)
{
	*line = 1;
	*col = 1;
	for (const char *p = text; p < pos; p++) {
		if (*p == '\n') {
			(*line)++;
			*col = 1;
		} else {
			(*col)++;
		}
	}
}

static void format_path(const struct loader *l, GString *out)
{
	for (int i = 0; i < MIN(l->depth, MAX_PATH_DEPTH); i++) {
		const struct path_seg *s = &l->path[i];
		if (!s->key)
			g_string_append_printf(out, "[%d]", s->index);
		else if (i == 0)
			g_string_append(out, s->key);
		else
			g_string_append_printf(out, ".%s", s->key);
	}
}

/* Records "file:LINE: path: message" (the first error only) and returns
 * false, so that callers can write "return fail(...)". */
G_GNUC_PRINTF(2, 3)
static bool fail(struct loader *l, const char *fmt, ...)
{
	if (l->error)
		return false;
	GString *msg = g_string_new(l->file);
	const char *pos = locate(l);
	if (pos) {
		int line, col;
		line_col(l->text, pos, &line, &col);
		g_string_append_printf(msg, ":%d", line);
	}
	g_string_append(msg, ": ");
	if (l->depth > 0) {
		format_path(l, msg);
		g_string_append(msg, ": ");
	}
	va_list ap;
	va_start(ap, fmt);
	g_string_append_vprintf(msg, fmt, ap);
	va_end(ap);
	l->error = g_string_free(msg, FALSE);
	return false;
}

/* ---------- loading: value checks ---------- */

static const char *json_type_name(const cJSON *v)
{
	if (cJSON_IsString(v))
		return "a string";
	if (cJSON_IsNumber(v))
		return "a number";
	if (cJSON_IsBool(v))
		return "a boolean";
	if (cJSON_IsNull(v))
		return "null";
	if (cJSON_IsArray(v))
		return "an array";
	if (cJSON_IsObject(v))
		return "an object";
	return "an unknown value";
}

static const cJSON *member(const cJSON *obj, const char *key)
{
	return cJSON_GetObjectItemCaseSensitive(obj, key);
}

static bool is_identifier(const char *s)
{
	if (!g_ascii_isalpha(*s) && *s != '_')
		return false;
	for (s++; *s; s++)
		if (!g_ascii_isalnum(*s) && *s != '_')
			return false;
	return true;
}

/* Ids show up in --list-rules columns and in "disable" lists. */
static bool is_valid_id(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if ((unsigned char)*s <= ' ' || *s == '*' || *s == 0x7f)
			return false;
	return true;
}

static char *join_names(const char *const *names)
{
	GString *s = g_string_new(NULL);
	for (int i = 0; names[i]; i++)
		g_string_append_printf(s, "%s%s", i ? ", " : "", names[i]);
	return g_string_free(s, FALSE);
}

/* Rejects keys that are not in allowed (NULL-terminated) and keys given
 * twice: cJSON would silently keep the first of two. */
static bool check_keys(struct loader *l, const cJSON *obj, const char *const *allowed)
{
	for (const cJSON *k = obj->child; k; k = k->next) {
		bool known = false;
		for (const char *const *a = allowed; *a && !known; a++)
			known = !strcmp(*a, k->string);
		if (!known) {
			char *list = join_names(allowed);
			push_key(l, k->string);
			fail(l, "unknown key \"%s\" (expected one of: %s)", k->string, list);
			g_free(list);
			return false;
		}
		for (const cJSON *j = obj->child; j != k; j = j->next)
			if (!strcmp(j->string, k->string)) {
				push_key(l, k->string);
				return fail(l, "key \"%s\" is given twice", k->string);
			}
	}
	return true;
}

static bool get_string(struct loader *l, const cJSON *obj, const char *key,
		       bool required, const char **out)
{
	const cJSON *v = member(obj, key);
	*out = NULL;
	if (!v)
		return required ? fail(l, "missing key \"%s\"", key) : true;
	if (!cJSON_IsString(v)) {
		push_key(l, key);
		return fail(l, "must be a string, not %s", json_type_name(v));
	}
	*out = v->valuestring;
	return true;
}

static bool get_function(struct loader *l, const cJSON *obj, const char *key,
			 bool required, char **out)
{
	const char *s;
	if (!get_string(l, obj, key, required, &s))
		return false;
	if (s && !is_identifier(s)) {
		push_key(l, key);
		return fail(l, "\"%s\" is not a C identifier", s);
	}
	*out = g_strdup(s);
	return true;
}

/* A JSON number that is a whole number in 0..max, else -1. */
static int json_index(const cJSON *v, int max)
{
	if (!cJSON_IsNumber(v))
		return -1;
	double d = v->valuedouble;
	if (!(d >= 0 && d <= max) || (double)(int)d != d)
		return -1;
	return (int)d;
}

static bool get_index(struct loader *l, const cJSON *obj, const char *key,
		      bool required, int *out)
{
	const cJSON *v = member(obj, key);
	*out = -1;
	if (!v)
		return required ? fail(l, "missing key \"%s\"", key) : true;
	push_key(l, key);
	if (!cJSON_IsNumber(v))
		return fail(l, "argument index must be a non-negative integer, not %s",
			    json_type_name(v));
	*out = json_index(v, MAX_ARG_INDEX);
	if (*out < 0)
		return fail(l, "argument index must be an integer from 0 to %d, not %g",
			    MAX_ARG_INDEX, v->valuedouble);
	pop(l);
	return true;
}

static bool get_bool(struct loader *l, const cJSON *obj, const char *key, bool *out)
{
	const cJSON *v = member(obj, key);
	if (!v)
		return true;
	if (!cJSON_IsBool(v)) {
		push_key(l, key);
		return fail(l, "must be true or false, not %s", json_type_name(v));
	}
	*out = cJSON_IsTrue(v);
	return true;
}

/* Digits at *s, at most MAX_ARG_INDEX; advances *s. -1: none; -2: too big. */
static int scan_index(const char **s)
{
	if (!g_ascii_isdigit(**s))
		return -1;
	long n = 0;
	while (g_ascii_isdigit(**s)) {
		n = n * 10 + (**s - '0');
		if (n > MAX_ARG_INDEX)
			return -2;
		(*s)++;
	}
	return (int)n;
}

#define ARG_SPEC_HELP "argument index must be a non-negative integer or \"N...\" or \"N-M\""

static bool parse_arg_spec(struct loader *l, const cJSON *v, struct rule_args *out)
{
	if (cJSON_IsNumber(v)) {
		int n = json_index(v, MAX_ARG_INDEX);
		if (n < 0)
			return fail(l, ARG_SPEC_HELP " (0 to %d), not %g", MAX_ARG_INDEX, v->valuedouble);
		out->first = out->last = n;
		return true;
	}
	if (!cJSON_IsString(v))
		return fail(l, ARG_SPEC_HELP ", not %s", json_type_name(v));
	const char *s = v->valuestring;
	int first = scan_index(&s);
	if (first == -2)
		return fail(l, "argument index in \"%s\" is out of range (0 to %d)",
			    v->valuestring, MAX_ARG_INDEX);
	if (first < 0)
		return fail(l, ARG_SPEC_HELP ", not \"%s\"", v->valuestring);
	out->first = first;
	if (!*s) {
		out->last = first;
		return true;
	}
	if (!strcmp(s, "...")) {
		out->last = RULE_ARGS_REST;
		return true;
	}
	if (*s == '-') {
		s++;
		int last = scan_index(&s);
		if (last == -2)
			return fail(l, "argument index in \"%s\" is out of range (0 to %d)",
				    v->valuestring, MAX_ARG_INDEX);
		if (last >= 0 && !*s) {
			if (last < first)
				return fail(l, "argument range \"%s\" ends before it starts",
					    v->valuestring);
			out->last = last;
			return true;
		}
	}
	return fail(l, ARG_SPEC_HELP ", not \"%s\"", v->valuestring);
}

static bool parse_args(struct loader *l, const cJSON *obj, const char *key,
		       struct rule_args **out, unsigned *n)
{
	const cJSON *v = member(obj, key);
	if (!v)
		return fail(l, "missing key \"%s\"", key);
	push_key(l, key);
	if (!cJSON_IsArray(v))
		return fail(l, "must be an array of arguments such as [1] or [\"2...\"], not %s",
			    json_type_name(v));
	int count = cJSON_GetArraySize(v);
	if (count == 0)
		return fail(l, "must name at least one argument");
	*out = g_new0(struct rule_args, count);
	*n = (unsigned)count;
	int i = 0;
	for (const cJSON *a = v->child; a; a = a->next, i++) {
		push_index(l, i);
		if (!parse_arg_spec(l, a, &(*out)[i]))
			return false;
		pop(l);
	}
	pop(l);
	return true;
}

#define TARGET_HELP "target must be \"return\", an argument index N (the argument itself) or \"*N\" (what argument N points to)"

static bool parse_target(struct loader *l, const cJSON *v, struct rule_target *t)
{
	if (cJSON_IsNumber(v)) {
		int n = json_index(v, MAX_ARG_INDEX);
		if (n < 0)
			return fail(l, TARGET_HELP ", not %g", v->valuedouble);
		*t = (struct rule_target){ TARGET_ARG, n };
		return true;
	}
	if (!cJSON_IsString(v))
		return fail(l, TARGET_HELP ", not %s", json_type_name(v));
	const char *s = v->valuestring;
	if (!strcmp(s, "return")) {
		*t = (struct rule_target){ TARGET_RETURN, -1 };
		return true;
	}
	enum rule_target_kind kind = TARGET_ARG;
	if (*s == '*') {
		kind = TARGET_ARG_DEREF;
		s++;
	}
	int n = scan_index(&s);
	if (n == -2)
		return fail(l, "argument index in \"%s\" is out of range (0 to %d)",
			    v->valuestring, MAX_ARG_INDEX);
	if (n < 0 || *s)
		return fail(l, TARGET_HELP ", not \"%s\"", v->valuestring);
	*t = (struct rule_target){ kind, n };
	return true;
}

/* A missing key gives *n == 0 unless required. */
static bool parse_targets(struct loader *l, const cJSON *obj, const char *key,
			  bool required, struct rule_target **out, unsigned *n)
{
	const cJSON *v = member(obj, key);
	*n = 0;
	if (!v)
		return required ? fail(l, "missing key \"%s\"", key) : true;
	push_key(l, key);
	if (!cJSON_IsArray(v))
		return fail(l, "must be an array of targets such as [\"return\"] or [\"*0\"], not %s",
			    json_type_name(v));
	int count = cJSON_GetArraySize(v);
	if (count == 0)
		return fail(l, "must name at least one target");
	*out = g_new0(struct rule_target, count);
	*n = (unsigned)count;
	int i = 0;
	for (const cJSON *a = v->child; a; a = a->next, i++) {
		push_index(l, i);
		if (!parse_target(l, a, &(*out)[i]))
			return false;
		pop(l);
	}
	pop(l);
	return true;
}

static bool parse_cond(struct loader *l, const cJSON *obj, struct rule_cond *cond)
{
	static const char *const keys[] = { "arg", "equals", NULL };
	const cJSON *v = member(obj, "when");
	cond->arg = -1;
	if (!v)
		return true;
	push_key(l, "when");
	if (!cJSON_IsObject(v))
		return fail(l, "must be an object such as {\"arg\": 1, \"equals\": [\"CURLOPT_URL\"]}, not %s",
			    json_type_name(v));
	if (!check_keys(l, v, keys) || !get_index(l, v, "arg", true, &cond->arg))
		return false;
	const cJSON *eq = member(v, "equals");
	if (!eq)
		return fail(l, "missing key \"equals\"");
	push_key(l, "equals");
	if (!cJSON_IsArray(eq) || cJSON_GetArraySize(eq) == 0)
		return fail(l, "must be a non-empty array of constant names, not %s",
			    cJSON_IsArray(eq) ? "an empty array" : json_type_name(eq));
	cond->equals = g_new0(char *, cJSON_GetArraySize(eq) + 1);
	int i = 0;
	for (const cJSON *a = eq->child; a; a = a->next, i++) {
		push_index(l, i);
		if (!cJSON_IsString(a))
			return fail(l, "must be the name of a constant, not %s", json_type_name(a));
		/* a macro that stands for a number is matched by its value,
		 * written in decimal ("31" for AF_BLUETOOTH) */
		if (!is_identifier(a->valuestring) &&
		    !g_ascii_string_to_signed(a->valuestring, 10, G_MININT64, G_MAXINT64, NULL, NULL))
			return fail(l, "\"%s\" is neither the name of a constant (a C identifier) nor a decimal number",
				    a->valuestring);
		cond->equals[i] = g_strdup(a->valuestring);
		pop(l);
	}
	pop(l);
	pop(l);
	return true;
}

static bool get_sink_kind(struct loader *l, const cJSON *obj, enum sink_kind *out)
{
	const char *s;
	if (!get_string(l, obj, "kind", true, &s))
		return false;
	int k = sink_kind_from_name(s);
	if (k < 0) {
		push_key(l, "kind");
		return fail(l, "unknown sink kind \"%s\" (expected storage, log, network or network-tls)", s);
	}
	*out = k;
	return true;
}

/* A handle's kind: a sink kind, or "device" (no sink at all). */
static bool get_handle_kind(struct loader *l, const cJSON *obj, struct rule_handle *h)
{
	const cJSON *v = member(obj, "kind");
	if (cJSON_IsString(v) && !strcmp(v->valuestring, "device")) {
		h->device = true;
		return true;
	}
	return get_sink_kind(l, obj, &h->kind);
}

static bool get_category(struct loader *l, const cJSON *obj, enum pi_category *out)
{
	const char *s;
	if (!get_string(l, obj, "category", true, &s))
		return false;
	int c = pi_category_from_name(s);
	if (c < 0) {
		GString *names = g_string_new(NULL);
		for (int i = 0; i < PI_CATEGORY_COUNT; i++)
			g_string_append_printf(names, "%s%s", i ? ", " : "", pi_category_name(i));
		push_key(l, "category");
		fail(l, "unknown category \"%s\" (expected one of: %s)", s, names->str);
		g_string_free(names, TRUE);
		return false;
	}
	*out = c;
	return true;
}

/* A pattern that backtracks catastrophically (nested repetition such as
 * (a+)+c) makes PCRE give up at its match limit after a noticeable time
 * per identifier, and a given-up match would read as "no match": such a
 * pattern is refused at load time. The probes are long runs of each
 * letter and digit the pattern names, the shape that makes nested
 * repetition explode, with and without a separator and a failing tail. */
static bool check_backtracking(struct loader *l, GRegex *re)
{
	const char *pat = g_regex_get_pattern(re);
	bool seen[128] = { false };
	bool ok = true;
	for (const char *c = pat; *c && ok; c++) {
		unsigned char ch = (unsigned char)g_ascii_tolower(*c);
		if (ch >= 128 || !g_ascii_isalnum(ch) || seen[ch])
			continue;
		seen[ch] = true;
		static const char *const tails[] = { "", "!", "_!", "0" };
		for (size_t t = 0; t < G_N_ELEMENTS(tails) && ok; t++) {
			GString *probe = g_string_new(NULL);
			for (int i = 0; i < 40; i++) {
				g_string_append_c(probe, (char)ch);
				if (t == 2)
					g_string_append_c(probe, '_');
			}
			g_string_append(probe, tails[t]);
			GError *err = NULL;
			g_regex_match_full(re, probe->str, (gssize)probe->len, 0, 0, NULL, &err);
			if (err) {
				fail(l, "the pattern backtracks catastrophically (\"%s\": %s); "
					"avoid nested repetition such as (a+)+", probe->str, err->message);
				g_error_free(err);
				ok = false;
			}
			g_string_free(probe, TRUE);
		}
	}
	return ok;
}

static bool get_regex(struct loader *l, const cJSON *obj, const char *key, GRegex **out)
{
	const char *s;
	if (!get_string(l, obj, key, false, &s) || !s)
		return l->error == NULL;
	push_key(l, key);
	if (!*s)
		return fail(l, "an empty pattern would match every identifier");
	GError *err = NULL;
	*out = g_regex_new(s, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, &err);
	if (!*out) {
		fail(l, "bad regular expression: %s", err->message);
		g_error_free(err);
		return false;
	}
	if (!check_backtracking(l, *out)) {
		g_regex_unref(*out);
		*out = NULL;
		return false;
	}
	pop(l);
	return true;
}

/* ---------- loading: entries ---------- */

static bool parse_head(struct loader *l, const cJSON *obj, struct rule_head *h)
{
	const char *id;
	if (!get_string(l, obj, "id", true, &id))
		return false;
	if (!is_valid_id(id)) {
		push_key(l, "id");
		return fail(l, "id \"%s\" must be non-empty, without spaces or '*'", id);
	}
	h->id = g_strdup(id);
	h->file = l->file_owned;
	h->builtin = l->builtin;
	return true;
}

/* "struct x.f", "union x.f" or "x.f" (a typedef name). */
static bool parse_field_spec(struct loader *l, const char *spec, struct rule_source *s)
{
	const char *dot = strrchr(spec, '.');
	const char *tag = spec;
	if (g_str_has_prefix(tag, "struct "))
		tag += strlen("struct ");
	else if (g_str_has_prefix(tag, "union "))
		tag += strlen("union ");
	char *tag_name = dot ? g_strndup(tag, dot > tag ? (gsize)(dot - tag) : 0) : NULL;
	bool ok = dot && is_identifier(tag_name) && is_identifier(dot + 1);
	g_free(tag_name);
	if (!ok) {
		push_key(l, "field");
		return fail(l, "field must be spelled \"struct NAME.FIELD\", not \"%s\"", spec);
	}
	s->record = g_strndup(spec, (gsize)(dot - spec));
	s->name = g_strdup(dot + 1);
	return true;
}

static void *parse_source(struct loader *l, const cJSON *obj)
{
	static const char *const keys[] = {
		"id", "description", "field", "global", "function", "param", "category", NULL
	};
	struct rule_source *s = g_new0(struct rule_source, 1);
	const char *field, *global;
	s->param = -1;
	if (!check_keys(l, obj, keys) || !parse_head(l, obj, &s->head) ||
	    !get_string(l, obj, "field", false, &field) ||
	    !get_string(l, obj, "global", false, &global) ||
	    !get_function(l, obj, "function", false, &s->head.function) ||
	    !get_index(l, obj, "param", false, &s->param) ||
	    !get_category(l, obj, &s->category))
		goto bad;
	if (!!field + !!global + !!s->head.function != 1) {
		fail(l, "a source needs exactly one of \"field\", \"global\" or \"function\"");
		goto bad;
	}
	if (s->param >= 0 && !s->head.function) {
		push_key(l, "param");
		fail(l, "\"param\" goes with \"function\"");
		goto bad;
	}
	if (field) {
		s->kind = SOURCE_FIELD;
		if (!parse_field_spec(l, field, s))
			goto bad;
	} else if (global) {
		s->kind = SOURCE_GLOBAL;
		if (!is_identifier(global)) {
			push_key(l, "global");
			fail(l, "\"%s\" is not a C identifier", global);
			goto bad;
		}
		s->name = g_strdup(global);
	} else {
		s->kind = s->param >= 0 ? SOURCE_PARAM : SOURCE_RETURN;
	}
	return s;
bad:
	free_rule(E_SOURCE, s);
	return NULL;
}

static void *parse_sink(struct loader *l, const cJSON *obj)
{
	static const char *const keys[] = {
		"id", "description", "function", "args", "kind", "dest", "object", "socket", "when", NULL
	};
	struct rule_sink *s = g_new0(struct rule_sink, 1);
	s->dest = -1;
	s->cond.arg = -1;
	if (!check_keys(l, obj, keys) || !parse_head(l, obj, &s->head) ||
	    !get_function(l, obj, "function", true, &s->head.function) ||
	    !parse_args(l, obj, "args", &s->args, &s->nargs) ||
	    !get_sink_kind(l, obj, &s->kind) ||
	    !get_index(l, obj, "dest", false, &s->dest) ||
	    !get_bool(l, obj, "object", &s->object) ||
	    !get_bool(l, obj, "socket", &s->socket) ||
	    !parse_cond(l, obj, &s->cond)) {
		free_rule(E_SINK, s);
		return NULL;
	}
	if (s->socket && (s->dest < 0 || (s->kind != SINK_NETWORK && s->kind != SINK_NETWORK_TLS))) {
		fail(l, "\"socket\" needs \"dest\" and a network \"kind\": it says which of the descriptor's kinds count");
		free_rule(E_SINK, s);
		return NULL;
	}
	return s;
}

static void *parse_handle(struct loader *l, const cJSON *obj)
{
	static const char *const keys[] = {
		"id", "description", "function", "global", "kind", "path_arg", "url_arg",
		"target", "when", NULL
	};
	struct rule_handle *h = g_new0(struct rule_handle, 1);
	h->path_arg = h->url_arg = -1;
	h->cond.arg = -1;
	h->target = (struct rule_target){ TARGET_RETURN, -1 };
	if (!check_keys(l, obj, keys) || !parse_head(l, obj, &h->head) ||
	    !get_function(l, obj, "function", false, &h->head.function) ||
	    !get_function(l, obj, "global", false, &h->global) ||
	    !get_handle_kind(l, obj, h) ||
	    !get_index(l, obj, "path_arg", false, &h->path_arg) ||
	    !get_index(l, obj, "url_arg", false, &h->url_arg))
		goto bad;
	if (!h->head.function == !h->global) {
		fail(l, "a handle needs exactly one of \"function\" or \"global\"");
		goto bad;
	}
	const cJSON *target = member(obj, "target");
	if (target) {
		push_key(l, "target");
		if (!parse_target(l, target, &h->target))
			goto bad;
		pop(l);
	}
	if (!parse_cond(l, obj, &h->cond))
		goto bad;
	if (h->global) {
		static const char *const function_only[] = {
			"path_arg", "url_arg", "target", "when", NULL
		};
		for (const char *const *k = function_only; *k; k++)
			if (member(obj, *k)) {
				push_key(l, *k);
				fail(l, "\"%s\" goes with \"function\", not \"global\"", *k);
				goto bad;
			}
	}
	return h;
bad:
	free_rule(E_HANDLE, h);
	return NULL;
}

static bool get_protections(struct loader *l, const cJSON *obj, unsigned *out)
{
	const cJSON *v = member(obj, "kind");
	*out = 0;
	if (!v)
		return fail(l, "missing key \"kind\"");
	push_key(l, "kind");
	if (!cJSON_IsString(v) && !cJSON_IsArray(v))
		return fail(l, "must be a string or an array of strings, not %s", json_type_name(v));
	const cJSON *item = cJSON_IsString(v) ? v : v->child;
	if (!item)
		return fail(l, "must name at least one kind");
	for (int i = 0; item; item = cJSON_IsString(v) ? NULL : item->next, i++) {
		if (cJSON_IsArray(v))
			push_index(l, i);
		if (!cJSON_IsString(item))
			return fail(l, "must be a string, not %s", json_type_name(item));
		int bit = pi_protection_from_name(item->valuestring);
		if (bit < 0)
			return fail(l, "unknown sanitizer kind \"%s\" (expected encrypt, mask, hash or anonymize)",
				    item->valuestring);
		*out |= (unsigned)bit;
		if (cJSON_IsArray(v))
			pop(l);
	}
	pop(l);
	return true;
}

static void *parse_sanitizer(struct loader *l, const cJSON *obj)
{
	static const char *const keys[] = {
		"id", "description", "function", "kind", "from", "to", NULL
	};
	struct rule_sanitizer *s = g_new0(struct rule_sanitizer, 1);
	if (!check_keys(l, obj, keys) || !parse_head(l, obj, &s->head) ||
	    !get_function(l, obj, "function", true, &s->head.function) ||
	    !get_protections(l, obj, &s->kind) ||
	    !parse_args(l, obj, "from", &s->from, &s->nfrom) ||
	    !parse_targets(l, obj, "to", false, &s->to, &s->nto)) {
		free_rule(E_SANITIZER, s);
		return NULL;
	}
	if (s->nto == 0) {
		/* As with the pi-sanitizer annotation: the return value. */
		s->to = g_new0(struct rule_target, 1);
		s->to[0] = (struct rule_target){ TARGET_RETURN, -1 };
		s->nto = 1;
	}
	return s;
}

/* "mode": "replace" (the default: strcpy overwrites its target, so a copy
 * of non-PI cleans it) or "append" (strcat keeps what was there). */
static bool get_mode(struct loader *l, const cJSON *obj, bool *append)
{
	const char *mode;
	if (!get_string(l, obj, "mode", false, &mode))
		return false;
	*append = mode && !strcmp(mode, "append");
	if (mode && !*append && strcmp(mode, "replace")) {
		push_key(l, "mode");
		return fail(l, "unknown mode \"%s\" (replace, append)", mode);
	}
	return true;
}

static void *parse_propagator(struct loader *l, const cJSON *obj)
{
	static const char *const keys[] = {
		"id", "description", "function", "from", "to", "when", "mode", NULL
	};
	struct rule_propagator *p = g_new0(struct rule_propagator, 1);
	p->cond.arg = -1;
	if (!check_keys(l, obj, keys) || !parse_head(l, obj, &p->head) ||
	    !get_function(l, obj, "function", true, &p->head.function) ||
	    !parse_args(l, obj, "from", &p->from, &p->nfrom) ||
	    !parse_targets(l, obj, "to", true, &p->to, &p->nto) ||
	    !parse_cond(l, obj, &p->cond) || !get_mode(l, obj, &p->append)) {
		free_rule(E_PROPAGATOR, p);
		return NULL;
	}
	return p;
}

static void *parse_cleaner(struct loader *l, const cJSON *obj)
{
	static const char *const keys[] = { "id", "description", "function", "clears", NULL };
	struct rule_cleaner *c = g_new0(struct rule_cleaner, 1);
	if (!check_keys(l, obj, keys) || !parse_head(l, obj, &c->head) ||
	    !get_function(l, obj, "function", true, &c->head.function) ||
	    !parse_targets(l, obj, "clears", true, &c->clears, &c->nclears)) {
		free_rule(E_CLEANER, c);
		return NULL;
	}
	return c;
}

/* A library function that reads its arguments and neither returns,
 * stores nor sends anything of them (strcmp, strlen): known, so a call
 * of it handing PI over is not a blind spot. */
static void *parse_inert(struct loader *l, const cJSON *obj)
{
	static const char *const keys[] = { "id", "description", "function", NULL };
	struct rule_head *h = g_new0(struct rule_head, 1);
	if (!check_keys(l, obj, keys) || !parse_head(l, obj, h) ||
	    !get_function(l, obj, "function", true, &h->function)) {
		free_rule(E_INERT, h);
		return NULL;
	}
	return h;
}

/* A function that returns fresh memory, as malloc does, though its body
 * returns a chunk of a pool it is given or keeps (`"fresh": true`, the
 * default); or one whose name makes the engine take it for such an
 * allocator and that is not (`"fresh": false`: it hands out room inside
 * a buffer that stays the buffer's). docs/engine.md, "Pool allocators". */
static void *parse_allocator(struct loader *l, const cJSON *obj)
{
	static const char *const keys[] = { "id", "description", "function", "fresh", NULL };
	struct rule_allocator *a = g_new0(struct rule_allocator, 1);
	a->fresh = true;
	if (!check_keys(l, obj, keys) || !parse_head(l, obj, &a->head) ||
	    !get_function(l, obj, "function", true, &a->head.function) || !get_bool(l, obj, "fresh", &a->fresh)) {
		free_rule(E_ALLOCATOR, a);
		return NULL;
	}
	return a;
}

/* A library function that calls a program function back later: the
 * handler argument and the arguments it is called with, each one index
 * (a registration passes its own arguments on, not ranges of them). */
static void *parse_callback(struct loader *l, const cJSON *obj)
{
	static const char *const keys[] = { "id", "description", "function", "handler", "args", NULL };
	struct rule_callback *c = g_new0(struct rule_callback, 1);
	if (!check_keys(l, obj, keys) || !parse_head(l, obj, &c->head) ||
	    !get_function(l, obj, "function", true, &c->head.function) ||
	    !get_index(l, obj, "handler", true, &c->handler))
		goto bad;
	const cJSON *v = member(obj, "args");
	if (!v) {
		fail(l, "missing key \"args\" (the arguments the handler is called with, such as [1, 2, 4]; [] for none)");
		goto bad;
	}
	push_key(l, "args");
	if (!cJSON_IsArray(v)) {
		fail(l, "must be an array of argument indexes such as [1, 2, 4], not %s", json_type_name(v));
		goto bad;
	}
	c->nargs = (unsigned)cJSON_GetArraySize(v);
	c->args = g_new0(int, c->nargs ? c->nargs : 1);
	int i = 0;
	for (const cJSON *a = v->child; a; a = a->next, i++) {
		push_index(l, i);
		c->args[i] = json_index(a, MAX_ARG_INDEX);
		if (c->args[i] < 0) {
			fail(l, "argument index must be an integer from 0 to %d", MAX_ARG_INDEX);
			goto bad;
		}
		if (c->args[i] == c->handler) {
			fail(l, "the handler (argument %d) is not also one of its own arguments", c->handler);
			goto bad;
		}
		pop(l);
	}
	pop(l);
	return c;
bad:
	free_rule(E_CALLBACK, c);
	return NULL;
}

static bool get_positions(struct loader *l, const cJSON *obj, unsigned *out)
{
	static const char *const names[] = { "field", "global", "local", "param", "member", "function", NULL };
	static const unsigned bits[] = { HEUR_FIELD, HEUR_GLOBAL, HEUR_LOCAL, HEUR_PARAM, HEUR_MEMBER, HEUR_FUNCTION };
	const cJSON *v = member(obj, "on");
	*out = HEUR_ALL;
	if (!v)
		return true;
	push_key(l, "on");
	if (!cJSON_IsArray(v) || !v->child)
		return fail(l, "must be a non-empty array of \"field\", \"global\", \"local\", \"param\", \"member\", \"function\"");
	*out = 0;
	int i = 0;
	for (const cJSON *a = v->child; a; a = a->next, i++) {
		push_index(l, i);
		int k = 0;
		while (names[k] && !(cJSON_IsString(a) && !strcmp(names[k], a->valuestring)))
			k++;
		if (!names[k])
			return fail(l, "expected \"field\", \"global\", \"local\", \"param\", \"member\" or \"function\"");
		*out |= bits[k];
		pop(l);
	}
	pop(l);
	return true;
}

static void *parse_heuristic(struct loader *l, const cJSON *obj)
{
	static const char *const keys[] = {
		"id", "description", "category", "sink", "derived", "pattern", "exclude", "on", NULL
	};
	struct rule_heuristic *h = g_new0(struct rule_heuristic, 1);
	h->category = PI_OTHER;
	h->sink = -1;
	if (!check_keys(l, obj, keys) || !parse_head(l, obj, &h->head) ||
	    !get_regex(l, obj, "pattern", &h->pattern) ||
	    !get_regex(l, obj, "exclude", &h->exclude) ||
	    !get_positions(l, obj, &h->on))
		goto bad;
	/* A name that says a number is a length, a size or a count: what is
	 * stored there is that (CONTRACT 3), not the PI it was computed from. */
	if (member(obj, "derived")) {
		const char *d;
		if (!get_string(l, obj, "derived", true, &d))
			goto bad;
		push_key(l, "derived");
		if (strcmp(d, "length")) {
			fail(l, "unknown derived value \"%s\" (expected length)", d);
			goto bad;
		}
		if (!h->pattern || member(obj, "category") || member(obj, "sink") || (h->on & (HEUR_FUNCTION | HEUR_MEMBER))) {
			fail(l, "a derived heuristic needs \"pattern\", no \"category\" or \"sink\", and positions among field, global, local, param");
			goto bad;
		}
		pop(l);
		h->length = true;
		return h;
	}
	/* A function's name says what it does with what it is given, never
	 * that its result is PI: a function heuristic is a sink's, and only
	 * a function's name can make a sink. */
	if (member(obj, "sink")) {
		const char *s;
		if (!get_string(l, obj, "sink", true, &s))
			goto bad;
		h->sink = sink_kind_from_name(s);
		push_key(l, "sink");
		if (h->sink < 0) {
			fail(l, "unknown sink kind \"%s\" (expected storage, log, network or network-tls)", s);
			goto bad;
		}
		if (h->on != HEUR_FUNCTION || !h->pattern || member(obj, "category")) {
			fail(l, "a sink heuristic needs \"pattern\", \"on\": [\"function\"] and no \"category\"");
			goto bad;
		}
		pop(l);
		return h;
	}
	if (h->pattern && (h->on & HEUR_FUNCTION)) {
		push_key(l, "on");
		fail(l, "a function's name tags no PI: a heuristic on functions declares a \"sink\"");
		goto bad;
	}
	if (h->pattern) {
		if (!get_category(l, obj, &h->category))
			goto bad;
	} else if (!h->exclude) {
		fail(l, "a heuristic needs \"pattern\" (or \"exclude\" alone, for an exclusion that applies to every heuristic)");
		goto bad;
	} else if (member(obj, "category")) {
		push_key(l, "category");
		fail(l, "an exclusion without \"pattern\" applies to every category; drop \"category\"");
		goto bad;
	}
	return h;
bad:
	free_rule(E_HEURISTIC, h);
	return NULL;
}

static void *(*const entry_parsers[E_TYPE_COUNT])(struct loader *, const cJSON *) = {
	[E_SOURCE] = parse_source,
	[E_SINK] = parse_sink,
	[E_HANDLE] = parse_handle,
	[E_SANITIZER] = parse_sanitizer,
	[E_PROPAGATOR] = parse_propagator,
	[E_CLEANER] = parse_cleaner,
	[E_HEURISTIC] = parse_heuristic,
	[E_INERT] = parse_inert,
	[E_CALLBACK] = parse_callback,
	[E_ALLOCATOR] = parse_allocator,
};

static bool parse_section(struct loader *l, const cJSON *root, enum entry_type type)
{
	const char *name = entry_types[type].section;
	const cJSON *v = member(root, name);
	if (!v)
		return true;
	push_key(l, name);
	if (!cJSON_IsArray(v))
		return fail(l, "must be an array of %s entries, not %s",
			    entry_types[type].noun, json_type_name(v));
	int i = 0;
	for (const cJSON *item = v->child; item; item = item->next, i++) {
		push_index(l, i);
		if (!cJSON_IsObject(item))
			return fail(l, "a %s entry must be an object, not %s",
				    entry_types[type].noun, json_type_name(item));
		void *rule = entry_parsers[type](l, item);
		if (!rule)
			return false;
		struct entry *e = g_new(struct entry, 1);
		*e = (struct entry){ type, rule };
		g_ptr_array_add(l->entries, e);
		const char *id = ((struct rule_head *)rule)->id;
		gpointer first;
		if (g_hash_table_lookup_extended(l->ids, id, NULL, &first)) {
			/* Point the path at the first use to find its line. */
			unsigned where = GPOINTER_TO_UINT(first);
			int depth = l->depth;
			struct path_seg saved[2] = { l->path[0], l->path[1] };
			l->depth = 2;
			l->path[0] = (struct path_seg){ .key = entry_types[where >> 16].section };
			l->path[1] = (struct path_seg){ .index = (int)(where & 0xffff) };
			const char *pos = locate(l);
			int line = 0, col;
			if (pos)
				line_col(l->text, pos, &line, &col);
			l->path[0] = saved[0];
			l->path[1] = saved[1];
			l->depth = depth;
			push_key(l, "id");
			if (line)
				return fail(l, "duplicate id \"%s\" (first used at line %d)", id, line);
			return fail(l, "duplicate id \"%s\"", id);
		}
		g_hash_table_insert(l->ids, (char *)id,
				    GUINT_TO_POINTER((unsigned)type << 16 | (unsigned)i));
		pop(l);
	}
	pop(l);
	return true;
}

static bool get_string_array(struct loader *l, const cJSON *obj, const char *key, char ***out)
{
	const cJSON *v = member(obj, key);
	if (!v)
		return true;
	push_key(l, key);
	if (!cJSON_IsArray(v))
		return fail(l, "must be an array of strings, not %s", json_type_name(v));
	char **strv = g_new0(char *, cJSON_GetArraySize(v) + 1);
	int i = 0;
	for (const cJSON *a = v->child; a; a = a->next, i++) {
		if (!cJSON_IsString(a)) {
			g_strfreev(strv);
			push_index(l, i);
			return fail(l, "must be a string, not %s", json_type_name(a));
		}
		strv[i] = g_strdup(a->valuestring);
	}
	g_strfreev(*out);
	*out = strv;
	pop(l);
	return true;
}

static bool parse_categories(struct loader *l, const cJSON *root)
{
	static const char *const keys[] = {
		"sensitive", "label_en", "label_zh", "description", "legal", NULL
	};
	const cJSON *v = member(root, "categories");
	if (!v)
		return true;
	push_key(l, "categories");
	if (!cJSON_IsObject(v))
		return fail(l, "must be an object keyed by category name, not %s", json_type_name(v));
	for (const cJSON *item = v->child; item; item = item->next) {
		push_key(l, item->string);
		for (const cJSON *j = v->child; j != item; j = j->next)
			if (!strcmp(j->string, item->string))
				return fail(l, "category \"%s\" is given twice", item->string);
		int c = pi_category_from_name(item->string);
		if (c < 0)
			return fail(l, "unknown category \"%s\"", item->string);
		if (!cJSON_IsObject(item))
			return fail(l, "must be an object, not %s", json_type_name(item));
		struct category_patch *p = &l->patches[c];
		const char *en, *zh, *desc;
		if (!check_keys(l, item, keys) ||
		    !get_string(l, item, "label_en", false, &en) ||
		    !get_string(l, item, "label_zh", false, &zh) ||
		    !get_string(l, item, "description", false, &desc) ||
		    !get_string_array(l, item, "legal", &p->legal))
			return false;
		if (member(item, "sensitive")) {
			if (!get_bool(l, item, "sensitive", &p->sensitive))
				return false;
			p->set_sensitive = true;
		}
		p->set = true;
		p->label_en = g_strdup(en);
		p->label_zh = g_strdup(zh);
		p->description = g_strdup(desc);
		pop(l);
	}
	pop(l);
	return true;
}

static bool parse_root(struct loader *l, const cJSON *root)
{
	static const char *const keys[] = {
		"pitrace_rules", "description", "sources", "sinks", "handles", "sanitizers",
		"propagators", "cleaners", "heuristics", "inert", "callbacks", "allocators", "categories", "disable", NULL
	};
	if (!cJSON_IsObject(root))
		return fail(l, "a rule file must be a JSON object, not %s", json_type_name(root));
	if (!check_keys(l, root, keys))
		return false;
	const cJSON *version = member(root, "pitrace_rules");
	if (!version)
		return fail(l, "missing key \"pitrace_rules\" (the format version: \"pitrace_rules\": %d)",
			    RULES_VERSION);
	if (json_index(version, 1000) != RULES_VERSION) {
		push_key(l, "pitrace_rules");
		if (cJSON_IsNumber(version))
			return fail(l, "unsupported format version %g (this pitrace reads version %d)",
				    version->valuedouble, RULES_VERSION);
		return fail(l, "the format version must be the number %d, not %s",
			    RULES_VERSION, json_type_name(version));
	}
	const char *description;
	if (!get_string(l, root, "description", false, &description))
		return false;
	for (int t = 0; t < E_TYPE_COUNT; t++)
		if (!parse_section(l, root, t))
			return false;
	if (!parse_categories(l, root))
		return false;
	const cJSON *disable = member(root, "disable");
	if (disable) {
		push_key(l, "disable");
		if (!cJSON_IsArray(disable))
			return fail(l, "must be an array of rule ids, not %s", json_type_name(disable));
		int i = 0;
		for (const cJSON *a = disable->child; a; a = a->next, i++) {
			push_index(l, i);
			if (!cJSON_IsString(a))
				return fail(l, "must be a rule id, not %s", json_type_name(a));
			const char *star = strchr(a->valuestring, '*');
			if (!*a->valuestring || (star && star[1]))
				return fail(l, "\"%s\" is not a rule id or an id prefix ending in '*'",
					    a->valuestring);
			g_ptr_array_add(l->disabled, g_strdup(a->valuestring));
			pop(l);
		}
		pop(l);
	}
	return true;
}

static void commit(struct rules *r, struct loader *l)
{
	g_ptr_array_add(r->files, l->file_owned);
	l->file_owned = NULL;
	for (guint i = 0; i < l->entries->len; i++) {
		struct entry *e = g_ptr_array_index(l->entries, i);
		const char *id = ((struct rule_head *)e->rule)->id;
		gpointer slot;
		if (g_hash_table_lookup_extended(r->by_id, id, NULL, &slot)) {
			guint k = GPOINTER_TO_UINT(slot) - 1;
			free_entry(g_ptr_array_index(r->entries, k));
			g_ptr_array_index(r->entries, k) = e;
		} else {
			g_ptr_array_add(r->entries, e);
			g_hash_table_insert(r->by_id, g_strdup(id), GUINT_TO_POINTER(r->entries->len));
		}
	}
	g_ptr_array_set_size(l->entries, 0);
	for (guint i = 0; i < l->disabled->len; i++)
		g_ptr_array_add(r->disabled, g_ptr_array_index(l->disabled, i));
	g_ptr_array_set_free_func(l->disabled, NULL);
	for (int c = 0; c < PI_CATEGORY_COUNT; c++) {
		struct category_patch *p = &l->patches[c];
		struct category_info *ci = &r->categories[c].info;
		if (!p->set)
			continue;
		r->categories[c].file = g_ptr_array_index(r->files, r->files->len - 1);
		if (p->set_sensitive)
			ci->sensitive = p->sensitive;
		/* Keys a file leaves out keep their earlier value, so a project
		 * file can flip "sensitive" alone. */
#define TAKE(field) if (p->field) { g_free(ci->field); ci->field = p->field; p->field = NULL; }
		TAKE(label_en)
		TAKE(label_zh)
		TAKE(description)
#undef TAKE
		if (p->legal) {
			g_strfreev(ci->legal);
			ci->legal = p->legal;
			p->legal = NULL;
		}
	}
	g_checksum_update(r->checksum, (const guchar *)l->text, (gssize)l->len);
	update_digest(r);
}

static void loader_clear(struct loader *l)
{
	g_free(l->file_owned);
	for (guint i = 0; i < l->entries->len; i++)
		free_entry(g_ptr_array_index(l->entries, i));
	g_ptr_array_free(l->entries, TRUE);
	g_hash_table_destroy(l->ids);
	g_ptr_array_free(l->disabled, TRUE);
	for (int c = 0; c < PI_CATEGORY_COUNT; c++) {
		struct category_patch *p = &l->patches[c];
		g_free(p->label_en);
		g_free(p->label_zh);
		g_free(p->description);
		g_strfreev(p->legal);
	}
}

static bool load_file(struct rules *r, const char *file, char **error)
{
	char *text = NULL;
	gsize len = 0;
	GError *err = NULL;
	if (!g_file_get_contents(file, &text, &len, &err)) {
		*error = g_strdup_printf("%s: cannot read rule file: %s", file, err->message);
		g_error_free(err);
		return false;
	}
	struct loader l = {
		.file = file,
		.file_owned = g_strdup(file),
		.text = text,
		.len = len,
		.entries = g_ptr_array_new(),
		.ids = g_hash_table_new(g_str_hash, g_str_equal),
		.disabled = g_ptr_array_new_with_free_func(g_free),
		.builtin = r->loading_builtin,
	};
	bool ok = false;
	const char *nul = memchr(text, '\0', len);
	if (nul) {
		int line, col;
		line_col(text, nul, &line, &col);
		*error = g_strdup_printf("%s:%d:%d: a rule file must be text, not contain a NUL byte",
					 file, line, col);
		goto out;
	}
	/* JSON is UTF-8 (RFC 8259), and what a rule file says ends up in regular
	 * expressions (PCRE in UTF mode reads past the end of a bad sequence)
	 * and in every report format. */
	const char *bad = NULL;
	if (!g_utf8_validate(text, (gssize)len, &bad)) {
		int line, col;
		line_col(text, bad, &line, &col);
		*error = g_strdup_printf("%s:%d:%d: a rule file must be UTF-8 text: byte 0x%02x is not",
					 file, line, col, (unsigned char)*bad);
		goto out;
	}
	/* g_file_get_contents() adds a terminating NUL: count it in the length
	 * so that cJSON's "require NUL-terminated" check accepts the end. */
	const char *stop = NULL;
	/* cJSON ends a string at an escaped NUL: "f\u0000oo" would name f */
	const char *escaped_nul = strstr(text, "\\u0000");
	if (escaped_nul) {
		int line, col;
		line_col(text, escaped_nul, &line, &col);
		*error = g_strdup_printf("%s:%d:%d: a string holds a NUL character (\\u0000), which no C name "
					 "or pattern can", file, line, col);
		goto out;
	}
	cJSON *root = cJSON_ParseWithLengthOpts(text, len + 1, &stop, 1);
	if (!root) {
		int line, col;
		if (!stop || stop < text || stop > text + len)
			stop = text + len;
		line_col(text, stop, &line, &col);
		*error = g_strdup_printf("%s:%d:%d: JSON syntax error%s", file, line, col,
					 stop >= text + len ? " (the text ends too early)" : "");
		goto out;
	}
	ok = parse_root(&l, root);
	cJSON_Delete(root);
	if (ok)
		commit(r, &l);
	else
		*error = l.error, l.error = NULL;
out:
	g_free(l.error);
	loader_clear(&l);
	g_free(text);
	return ok;
}

static gint compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

bool rules_load_builtin(struct rules *r, const char *path, char **error)
{
	r->loading_builtin = true;
	bool ok = rules_load_path(r, path, error);
	r->loading_builtin = false;
	return ok;
}

bool rules_load_path(struct rules *r, const char *path, char **error)
{
	char *ignored = NULL;
	if (!error)
		error = &ignored;
	*error = NULL;
	/* Queries after a new load would see freed rules: finish again. */
	free_indexes(r);
	if (!g_file_test(path, G_FILE_TEST_EXISTS)) {
		*error = g_strdup_printf("%s: no such rule file or folder", path);
		g_free(ignored);
		return false;
	}
	if (!g_file_test(path, G_FILE_TEST_IS_DIR)) {
		bool ok = load_file(r, path, error);
		g_free(ignored);
		return ok;
	}
	GError *err = NULL;
	GDir *dir = g_dir_open(path, 0, &err);
	if (!dir) {
		*error = g_strdup_printf("%s: cannot read rule folder: %s", path, err->message);
		g_error_free(err);
		g_free(ignored);
		return false;
	}
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	const char *name;
	while ((name = g_dir_read_name(dir)))
		if (name[0] != '.' && g_str_has_suffix(name, ".json"))
			g_ptr_array_add(names, g_strdup(name));
	g_dir_close(dir);
	g_ptr_array_sort(names, compare_names);
	/* A folder without rule files is a mistyped path far more often than
	 * a wish to load nothing. */
	if (!names->len) {
		*error = g_strdup_printf("%s: the rule folder holds no *.json file", path);
		g_ptr_array_free(names, TRUE);
		g_free(ignored);
		return false;
	}
	bool ok = true;
	for (guint i = 0; ok && i < names->len; i++) {
		char *file = g_build_filename(path, g_ptr_array_index(names, i), NULL);
		if (g_file_test(file, G_FILE_TEST_IS_REGULAR))
			ok = load_file(r, file, error);
		g_free(file);
	}
	g_ptr_array_free(names, TRUE);
	g_free(ignored);
	return ok;
}

/* ---------- finishing: disable and index ---------- */

static bool is_disabled(const struct rules *r, const char *id)
{
	for (guint i = 0; i < r->disabled->len; i++) {
		const char *d = g_ptr_array_index(r->disabled, i);
		size_t n = strlen(d);
		if (n && d[n - 1] == '*' ? !strncmp(d, id, n - 1) : !strcmp(d, id))
			return true;
	}
	return false;
}

/* Which list of struct rule_function an entry type goes in. */
enum { FN_SINKS, FN_HANDLES, FN_SANITIZERS, FN_PROPAGATORS, FN_CLEANERS, FN_SOURCES, FN_INERT, FN_CALLBACKS, FN_ALLOCATORS, FN_LISTS };

static int function_list(enum entry_type t)
{
	switch (t) {
	case E_SINK: return FN_SINKS;
	case E_HANDLE: return FN_HANDLES;
	case E_SANITIZER: return FN_SANITIZERS;
	case E_PROPAGATOR: return FN_PROPAGATORS;
	case E_CLEANER: return FN_CLEANERS;
	case E_SOURCE: return FN_SOURCES;
	case E_INERT: return FN_INERT;
	case E_CALLBACK: return FN_CALLBACKS;
	case E_ALLOCATOR: return FN_ALLOCATORS;
	default: return -1;
	}
}

static void *close_list(GPtrArray *list)
{
	g_ptr_array_add(list, NULL);
	return g_ptr_array_free(list, FALSE);
}

static char *field_key(const char *record, const char *field)
{
	if (g_str_has_prefix(record, "struct "))
		record += strlen("struct ");
	else if (g_str_has_prefix(record, "union "))
		record += strlen("union ");
	return g_strconcat(record, ".", field, NULL);
}

static void add_mask(GHashTable *h, char *key, enum pi_category c)
{
	unsigned mask = GPOINTER_TO_UINT(g_hash_table_lookup(h, key));
	g_hash_table_insert(h, key, GUINT_TO_POINTER(mask | 1u << c));
}

/* The first rule to declare key keeps it (key is taken). */
static void add_id(GHashTable *h, char *key, const char *id)
{
	if (g_hash_table_contains(h, key))
		g_free(key);
	else
		g_hash_table_insert(h, key, (gpointer)id);
}

/* A pattern that numbers or names its groups could mean something else
 * inside an alternation with others: such a set gets no prefilter. */
static bool joinable(const char *pattern)
{
	for (const char *s = pattern; *s; s++) {
		if (*s == '\\' && s[1] && (g_ascii_isdigit(s[1]) || s[1] == 'g' || s[1] == 'k'))
			return false;
		if (*s == '\\' && s[1])
			s++;
		else if (s[0] == '(' && s[1] == '?' &&
			 (strchr("P'|R(&+-", s[2]) || g_ascii_isdigit(s[2]) ||
			  (s[2] == '<' && s[3] != '=' && s[3] != '!')))
			return false;
	}
	return true;
}

static void build_prefilters(struct rules *r)
{
	for (unsigned k = 0; k < HEUR_KINDS; k++) {
		GString *all = g_string_new(NULL);
		bool ok = true;
		for (guint i = 0; i < r->heuristics->len && ok; i++) {
			const struct rule_heuristic *h = g_ptr_array_index(r->heuristics, i);
			if (!h->pattern || !(h->on & (1u << k)))
				continue;
			const char *p = g_regex_get_pattern(h->pattern);
			ok = joinable(p);
			g_string_append_printf(all, "%s(?:%s)", all->len ? "|" : "", p);
		}
		/* a set that does not compile together just goes without */
		if (ok && all->len)
			r->any_pattern[k] = g_regex_new(all->str, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
		g_string_free(all, TRUE);
	}
}

void rules_finish(struct rules *r, bool heuristics)
{
	free_indexes(r);
	for (guint i = 0; i < r->entries->len; i++) {
		struct entry *e = g_ptr_array_index(r->entries, i);
		if (!e)
			continue;
		const struct rule_head *h = e->rule;
		if ((e->type == E_HEURISTIC && !heuristics) || is_disabled(r, h->id)) {
			g_hash_table_remove(r->by_id, h->id);
			free_entry(e);
			g_ptr_array_index(r->entries, i) = NULL;
		}
	}

	r->heuristics = g_ptr_array_new();
	r->length_heuristics = g_ptr_array_new();
	r->functions = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, free_function);
	r->fields = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	r->globals = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	r->field_ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	r->global_ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	r->global_handles = g_hash_table_new(g_str_hash, g_str_equal);
	r->ciphers = g_hash_table_new(g_str_hash, g_str_equal);
	/* name -> GPtrArray *[FN_LISTS], turned into NULL-terminated arrays */
	GHashTable *lists = g_hash_table_new(g_str_hash, g_str_equal);

	for (guint i = 0; i < r->entries->len; i++) {
		struct entry *e = g_ptr_array_index(r->entries, i);
		if (!e)
			continue;
		const struct rule_head *h = e->rule;
		if (e->type == E_HEURISTIC) {
			const struct rule_heuristic *hr = e->rule;
			g_ptr_array_add(hr->length ? r->length_heuristics : r->heuristics, e->rule);
			continue;
		}
		if (e->type == E_SOURCE) {
			const struct rule_source *s = e->rule;
			if (s->kind == SOURCE_FIELD) {
				add_mask(r->fields, field_key(s->record, s->name), s->category);
				add_id(r->field_ids, field_key(s->record, s->name), h->id);
			} else if (s->kind == SOURCE_GLOBAL) {
				add_mask(r->globals, g_strdup(s->name), s->category);
				add_id(r->global_ids, g_strdup(s->name), h->id);
			}
		}
		if (e->type == E_HANDLE && ((const struct rule_handle *)e->rule)->global) {
			const struct rule_handle *hd = e->rule;
			g_hash_table_insert(r->global_handles, hd->global, (gpointer)hd);
		}
		if (e->type == E_SANITIZER &&
		    (((const struct rule_sanitizer *)e->rule)->kind & PROT_ENCRYPT))
			g_hash_table_add(r->ciphers, h->function);
		if (!h->function)
			continue;
		GPtrArray **fl = g_hash_table_lookup(lists, h->function);
		if (!fl) {
			fl = g_new(GPtrArray *, FN_LISTS);
			for (int k = 0; k < FN_LISTS; k++)
				fl[k] = g_ptr_array_new();
			g_hash_table_insert(lists, h->function, fl);
		}
		g_ptr_array_add(fl[function_list(e->type)], e->rule);
	}

	GHashTableIter it;
	gpointer key, value;
	g_hash_table_iter_init(&it, lists);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		GPtrArray **fl = value;
		struct rule_function *f = g_new0(struct rule_function, 1);
		f->name = g_strdup(key);
		f->sinks = close_list(fl[FN_SINKS]);
		f->handles = close_list(fl[FN_HANDLES]);
		f->sanitizers = close_list(fl[FN_SANITIZERS]);
		f->propagators = close_list(fl[FN_PROPAGATORS]);
		f->cleaners = close_list(fl[FN_CLEANERS]);
		f->sources = close_list(fl[FN_SOURCES]);
		f->callbacks = close_list(fl[FN_CALLBACKS]);
		f->inert = fl[FN_INERT]->len > 0;
		g_ptr_array_free(fl[FN_INERT], TRUE);
		/* the last entry for the name says it, as a later file's
		 * entry replaces an earlier one's */
		f->allocator = ALLOCATOR_UNSAID;
		if (fl[FN_ALLOCATORS]->len) {
			const struct rule_allocator *a = g_ptr_array_index(fl[FN_ALLOCATORS], fl[FN_ALLOCATORS]->len - 1);
			f->allocator = a->fresh ? ALLOCATOR_FRESH : ALLOCATOR_NOT;
		}
		g_ptr_array_free(fl[FN_ALLOCATORS], TRUE);
		g_free(fl);
		g_hash_table_insert(r->functions, (char *)f->name, f);
	}
	g_hash_table_destroy(lists);
	build_prefilters(r);
	r->finished = true;
}

/* ---------- queries ---------- */

const struct rule_function *rules_function(const struct rules *r, const char *name)
{
	return r->functions && name ? g_hash_table_lookup(r->functions, name) : NULL;
}

unsigned rules_field_categories(const struct rules *r, const char *record, const char *field)
{
	if (!r->fields || !record || !field)
		return 0;
	char *key = field_key(record, field);
	unsigned mask = GPOINTER_TO_UINT(g_hash_table_lookup(r->fields, key));
	g_free(key);
	return mask;
}

const char *rules_field_id(const struct rules *r, const char *record, const char *field)
{
	if (!r->field_ids || !record || !field)
		return NULL;
	char *key = field_key(record, field);
	const char *id = g_hash_table_lookup(r->field_ids, key);
	g_free(key);
	return id;
}

const char *rules_global_id(const struct rules *r, const char *name)
{
	return r->global_ids && name ? g_hash_table_lookup(r->global_ids, name) : NULL;
}

void rules_each_field(const struct rules *r,
		      void (*fn)(const char *record, const char *field, unsigned cats, const char *id, void *data),
		      void *data)
{
	if (!r->fields)
		return;
	GHashTableIter it;
	gpointer k, v;
	g_hash_table_iter_init(&it, r->fields);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		const char *key = k;
		const char *dot = strrchr(key, '.');
		if (!dot || dot == key)
			continue;
		char *record = g_strndup(key, (gsize)(dot - key));
		fn(record, dot + 1, GPOINTER_TO_UINT(v), g_hash_table_lookup(r->field_ids, key), data);
		g_free(record);
	}
}

unsigned rules_global_categories(const struct rules *r, const char *name)
{
	return r->globals && name ? GPOINTER_TO_UINT(g_hash_table_lookup(r->globals, name)) : 0;
}

const struct rule_handle *rules_global_handle(const struct rules *r, const char *name)
{
	return r->global_handles && name ? g_hash_table_lookup(r->global_handles, name) : NULL;
}

/* One pattern against one normalised identifier. A match that PCRE gave up
 * on (its match or recursion limit) is not "no match": it is reported
 * through err (first error only) and answered with on_error, which the
 * caller picks so that a failed match can only tag more, never less. */
static bool heuristic_match(const GRegex *re, const char *norm, GError **err, bool on_error)
{
	GError *e = NULL;
	bool hit = g_regex_match_full(re, norm, -1, 0, 0, NULL, &e);
	if (e) {
		if (err && !*err)
			*err = e;
		else
			g_error_free(e);
		return on_error;
	}
	return hit;
}

/* The heuristics of positions on that tag ident: their category mask,
 * and the first of them in rule. A match PCRE gives up on is answered by
 * what is safe for the asker: for a tag (more_is_safe), a pattern that
 * matched and an exclusion that did not, so that it can only tag more;
 * for a sink, the opposite, so that the body's own sinks stand. */
static unsigned match_heuristics(const struct rules *r, const char *ident, unsigned on, bool more_is_safe,
				 const struct rule_heuristic **rule, GError **err)
{
	if (rule)
		*rule = NULL;
	if (!r->heuristics || !ident || !*ident || !g_utf8_validate(ident, -1, NULL))
		return 0;
	char *norm = rules_normalise_identifier(ident);
	unsigned mask = 0;
	/* Exclusions only veto: no pattern, no category, whatever they say.
	 * A match error falls through to the patterns one by one. */
	const GRegex *any = on && !(on & (on - 1)) ? r->any_pattern[g_bit_nth_lsf(on, -1)] : NULL;
	if (any) {
		GError *e = NULL;
		bool hit = g_regex_match_full(any, norm, -1, 0, 0, NULL, &e);
		if (e)
			g_error_free(e);
		else if (!hit)
			goto out;
	}
	/* Exclusions without a pattern veto every heuristic. */
	for (guint i = 0; i < r->heuristics->len; i++) {
		const struct rule_heuristic *h = g_ptr_array_index(r->heuristics, i);
		if (!h->pattern && (h->on & on) && heuristic_match(h->exclude, norm, err, !more_is_safe))
			goto out;
	}
	for (guint i = 0; i < r->heuristics->len; i++) {
		const struct rule_heuristic *h = g_ptr_array_index(r->heuristics, i);
		if (!h->pattern || !(h->on & on) || !heuristic_match(h->pattern, norm, err, more_is_safe))
			continue;
		if (h->exclude && heuristic_match(h->exclude, norm, err, !more_is_safe))
			continue;
		if (!mask && rule)
			*rule = h;
		mask |= 1u << h->category;
	}
out:
	g_free(norm);
	return mask;
}

unsigned rules_heuristic_categories(const struct rules *r, const char *ident,
				    unsigned on, const struct rule_heuristic **rule, GError **err)
{
	return match_heuristics(r, ident, on, true, rule, err);
}

const struct rule_heuristic *rules_heuristic_sink(const struct rules *r, const char *ident, GError **err)
{
	const struct rule_heuristic *h;
	match_heuristics(r, ident, HEUR_FUNCTION, false, &h, err);
	return h;
}

const struct rule_heuristic *rules_heuristic_length(const struct rules *r, const char *ident, unsigned on)
{
	if (!r->length_heuristics || !r->length_heuristics->len || !ident || !*ident ||
	    !g_utf8_validate(ident, -1, NULL))
		return NULL;
	char *norm = rules_normalise_identifier(ident);
	const struct rule_heuristic *found = NULL;
	for (guint i = 0; i < r->length_heuristics->len && !found; i++) {
		const struct rule_heuristic *h = g_ptr_array_index(r->length_heuristics, i);
		if ((h->on & on) && heuristic_match(h->pattern, norm, NULL, false) &&
		    !(h->exclude && heuristic_match(h->exclude, norm, NULL, true)))
			found = h;
	}
	g_free(norm);
	return found;
}

bool rules_is_cipher(const struct rules *r, const char *name)
{
	return r->ciphers && name && g_hash_table_contains(r->ciphers, name);
}

const struct category_info *rules_category(const struct rules *r, enum pi_category c)
{
	return (unsigned)c < PI_CATEGORY_COUNT ? &r->categories[c].info : NULL;
}

bool rules_category_sensitive(const struct rules *r, unsigned mask)
{
	for (int c = 0; c < PI_CATEGORY_COUNT; c++)
		if ((mask & 1u << c) && r->categories[c].info.sensitive)
			return true;
	return false;
}

const GPtrArray *rules_files(const struct rules *r)
{
	return r->files;
}

const char *rules_digest(const struct rules *r)
{
	return r->digest;
}

/* ---------- --list-rules ---------- */

static void print_args(GString *s, const char *label, const struct rule_args *a, unsigned n)
{
	g_string_append_printf(s, " %s=", label);
	for (unsigned i = 0; i < n; i++) {
		if (i)
			g_string_append_c(s, ',');
		if (a[i].last == RULE_ARGS_REST)
			g_string_append_printf(s, "%d...", a[i].first);
		else if (a[i].last != a[i].first)
			g_string_append_printf(s, "%d-%d", a[i].first, a[i].last);
		else
			g_string_append_printf(s, "%d", a[i].first);
	}
}

static void print_target(GString *s, const struct rule_target *t)
{
	if (t->kind == TARGET_RETURN)
		g_string_append(s, "return");
	else
		g_string_append_printf(s, "%s%d", t->kind == TARGET_ARG_DEREF ? "*" : "", t->arg);
}

static void print_targets(GString *s, const char *label, const struct rule_target *t, unsigned n)
{
	g_string_append_printf(s, " %s=", label);
	for (unsigned i = 0; i < n; i++) {
		if (i)
			g_string_append_c(s, ',');
		print_target(s, &t[i]);
	}
}

static void print_cond(GString *s, const struct rule_cond *c)
{
	if (c->arg < 0)
		return;
	g_string_append_printf(s, " when=%d:", c->arg);
	for (int i = 0; c->equals[i]; i++)
		g_string_append_printf(s, "%s%s", i ? "|" : "", c->equals[i]);
}

static void print_entry(const struct entry *e, FILE *out)
{
	const struct rule_head *h = e->rule;
	GString *what = g_string_new(h->function);
	GString *d = g_string_new(NULL);
	switch (e->type) {
	case E_SOURCE: {
		const struct rule_source *s = e->rule;
		if (s->kind == SOURCE_FIELD)
			g_string_printf(what, "%s.%s", s->record, s->name);
		else if (s->kind == SOURCE_GLOBAL)
			g_string_assign(what, s->name);
		g_string_append_printf(d, " category=%s", pi_category_name(s->category));
		if (s->kind == SOURCE_PARAM)
			g_string_append_printf(d, " param=%d", s->param);
		else if (s->kind == SOURCE_RETURN)
			g_string_append(d, " return");
		break;
	}
	case E_SINK: {
		const struct rule_sink *s = e->rule;
		g_string_append_printf(d, " kind=%s", sink_kind_name(s->kind));
		print_args(d, "args", s->args, s->nargs);
		if (s->dest >= 0)
			g_string_append_printf(d, " dest=%d", s->dest);
		if (s->object)
			g_string_append(d, " object");
		if (s->socket)
			g_string_append(d, " socket");
		print_cond(d, &s->cond);
		break;
	}
	case E_HANDLE: {
		const struct rule_handle *hd = e->rule;
		if (hd->global)
			g_string_assign(what, hd->global);
		g_string_append_printf(d, " kind=%s", hd->device ? "device" : sink_kind_name(hd->kind));
		if (!hd->global) {
			g_string_append(d, " target=");
			print_target(d, &hd->target);
		}
		if (hd->path_arg >= 0)
			g_string_append_printf(d, " path_arg=%d", hd->path_arg);
		if (hd->url_arg >= 0)
			g_string_append_printf(d, " url_arg=%d", hd->url_arg);
		print_cond(d, &hd->cond);
		break;
	}
	case E_SANITIZER: {
		const struct rule_sanitizer *s = e->rule;
		g_string_append(d, " kind=");
		for (unsigned bit = 1, n = 0; bit < 1u << PROT_KIND_COUNT; bit <<= 1)
			if (s->kind & bit)
				g_string_append_printf(d, "%s%s", n++ ? "," : "", pi_protection_name(bit));
		print_args(d, "from", s->from, s->nfrom);
		print_targets(d, "to", s->to, s->nto);
		break;
	}
	case E_PROPAGATOR: {
		const struct rule_propagator *p = e->rule;
		print_args(d, "from", p->from, p->nfrom);
		print_targets(d, "to", p->to, p->nto);
		print_cond(d, &p->cond);
		if (p->append)
			g_string_append(d, " mode=append");
		break;
	}
	case E_CLEANER: {
		const struct rule_cleaner *c = e->rule;
		print_targets(d, "clears", c->clears, c->nclears);
		break;
	}
	case E_HEURISTIC: {
		const struct rule_heuristic *hr = e->rule;
		static const char *const on_names[] = { "field", "global", "local", "param", "member", "function" };
		g_string_assign(what, hr->pattern ? g_regex_get_pattern(hr->pattern) : "-");
		if (hr->sink >= 0)
			g_string_append_printf(d, " sink=%s", sink_kind_name(hr->sink));
		else if (hr->length)
			g_string_append(d, " derived=length");
		else if (hr->pattern)
			g_string_append_printf(d, " category=%s", pi_category_name(hr->category));
		else
			g_string_append(d, " exclusion for every heuristic");
		if (hr->on != HEUR_ALL) {
			g_string_append(d, " on=");
			for (int k = 0, n = 0; k < (int)G_N_ELEMENTS(on_names); k++)
				if (hr->on & 1u << k)
					g_string_append_printf(d, "%s%s", n++ ? "," : "", on_names[k]);
		}
		if (hr->exclude)
			g_string_append_printf(d, " exclude=%s", g_regex_get_pattern(hr->exclude));
		break;
	}
	case E_CALLBACK: {
		const struct rule_callback *c = e->rule;
		g_string_append_printf(d, " handler=%d args=", c->handler);
		for (unsigned k = 0; k < c->nargs; k++)
			g_string_append_printf(d, "%s%d", k ? "," : "", c->args[k]);
		if (!c->nargs)
			g_string_append(d, "none");
		break;
	}
	case E_ALLOCATOR:
		g_string_append_printf(d, " fresh=%s", ((const struct rule_allocator *)e->rule)->fresh ? "true" : "false");
		break;
	case E_INERT:
	case E_TYPE_COUNT:
		break;
	}
	fprintf(out, "%s\t%s\t%s\t%s\t%s\n", h->id, entry_types[e->type].noun,
		what->len ? what->str : "-", d->len ? d->str + 1 : "-", h->file);
	g_string_free(what, TRUE);
	g_string_free(d, TRUE);
}

void rules_print(const struct rules *r, FILE *out)
{
	for (guint i = 0; i < r->entries->len; i++) {
		const struct entry *e = g_ptr_array_index(r->entries, i);
		if (e)
			print_entry(e, out);
	}
	for (int c = 0; c < PI_CATEGORY_COUNT; c++) {
		const struct category_slot *cs = &r->categories[c];
		GString *legal = g_string_new(NULL);
		for (int k = 0; cs->info.legal[k]; k++)
			g_string_append_printf(legal, "%s%s", k ? "; " : "", cs->info.legal[k]);
		fprintf(out, "category.%s\tcategory\t%s\t%s label_en=%s label_zh=%s legal=%s\t%s\n",
			pi_category_name(c), pi_category_name(c),
			cs->info.sensitive ? "sensitive" : "not-sensitive",
			cs->info.label_en, cs->info.label_zh, legal->len ? legal->str : "-",
			cs->file ? cs->file : "(built in)");
		g_string_free(legal, TRUE);
	}
}

/* ---------- identifiers ---------- */

char *rules_normalise_identifier(const char *ident)
{
	GString *out = g_string_sized_new(strlen(ident) + 8);
	for (const char *p = ident; *p; p++) {
		char c = *p, prev = p > ident ? p[-1] : '\0', next = p[1];
		bool boundary = false;
		if (g_ascii_isupper(c))
			/* idCard, v2Name; and the last capital of a run before a
			 * lower-case letter starts a word: HTTPServer. */
			boundary = g_ascii_islower(prev) || g_ascii_isdigit(prev) ||
				   (g_ascii_isupper(prev) && g_ascii_islower(next));
		else if (g_ascii_islower(c))
			boundary = g_ascii_isdigit(prev);	/* sha256sum */
		if (c == '_' || boundary) {
			/* Runs of '_' become one; none at either end. */
			if (out->len && out->str[out->len - 1] != '_')
				g_string_append_c(out, '_');
			if (c == '_')
				continue;
		}
		g_string_append_c(out, g_ascii_tolower(c));
	}
	if (out->len && out->str[out->len - 1] == '_')
		g_string_truncate(out, out->len - 1);
	return g_string_free(out, FALSE);
}
