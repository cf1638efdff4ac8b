/* SPDX-License-Identifier: Apache-2.0 */
/* engine_tags.c - where PI is declared: annotations in the source, rule
 * files, and identifier heuristics, in that order of precedence (the first
 * that tags a thing is recorded as how it was tagged, for the inventory). */
#include <string.h>

#include "engine_int.h"

static void record_list_free(gpointer data)
{
	g_ptr_array_free(data, TRUE);
}

void tags_init(struct program *p)
{
	p->heuristics = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	p->length_names = g_hash_table_new(g_direct_hash, g_direct_equal);
	p->fields = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	p->record_fields = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, record_list_free);
	p->globals = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
}

void tags_free(struct program *p)
{
	g_hash_table_destroy(p->globals);
	g_hash_table_destroy(p->record_fields);
	g_hash_table_destroy(p->fields);
	g_hash_table_destroy(p->heuristics);
	g_hash_table_destroy(p->length_names);
}

bool tags_length_name(struct program *p, const char *name, unsigned on)
{
	if (!name || !*name || !on || on > HEUR_PARAM)
		return false;
	/* keyed by the name's pointer (interned per TU: asked at every
	 * assignment of a number), the answers per position in one word:
	 * bits 0-3 known, 8-11 a length */
	guint a = GPOINTER_TO_UINT(g_hash_table_lookup(p->length_names, name));
	if (!(a & on)) {
		if (rules_heuristic_length(p->rules, name, on))
			a |= on << 8;
		a |= on;
		g_hash_table_insert(p->length_names, (gpointer)name, GUINT_TO_POINTER(a));
	}
	return (a >> 8) & on;
}

/* What the heuristics say of a name, asked once per name and position:
 * every TU declares the same fields and many the same variable names,
 * and matching the patterns was most of the link's time. */
struct heuristic_answer {
	unsigned cats;
	const struct rule_heuristic *rule;
};

static unsigned heuristic_memo(struct program *p, const char *ident, unsigned on,
			       const struct rule_heuristic **rule)
{
	char key[16];
	g_snprintf(key, sizeof key, "%u:", on);
	char *k = g_strconcat(key, ident, NULL);
	struct heuristic_answer *a = g_hash_table_lookup(p->heuristics, k);
	if (a) {
		g_free(k);
	} else {
		a = g_new(struct heuristic_answer, 1);
		GError *err = NULL;
		a->cats = rules_heuristic_categories(p->rules, ident, on, &a->rule, &err);
		if (err) {
			/* Load-time probes refuse the usual catastrophic shapes;
			 * one that slipped through is a run problem, once. */
			if (!p->heuristic_failed)
				report_add_partial(p->rep, NULL, 0,
						   "an identifier heuristic could not decide whether `%s` is PI (%s); "
						   "it was taken as PI", ident, err->message);
			p->heuristic_failed = true;
			g_error_free(err);
		}
		g_hash_table_insert(p->heuristics, k, a);
	}
	*rule = a->rule;
	return a->cats;
}

/* An integer whose name is a PI word and then another word is a count or
 * an attribute of the PI, not the PI: gammu's SMSStatus.PhoneUsed (the
 * messages in the phone's memory), BatteryCharge.PhoneCurrent, a
 * phone_count, an email_len, imei_valid. Told by the heuristics
 * themselves: the name without its last word is still PI-like, and that
 * word is not one that names a number (phone_no, id_number: an ID or a
 * phone kept as an integer is PI). */
static bool names_about_pi(struct program *p, const char *name, unsigned on)
{
	static const char *const number_words[] = { "no", "num", "number", "nr", "nbr", "code", "digits", NULL };
	char *norm = rules_normalise_identifier(name);
	char *last = strrchr(norm, '_');
	bool about = false;
	if (last && last != norm) {
		bool number = false;
		for (const char *const *w = number_words; !number && *w; w++)
			number = !strcmp(last + 1, *w);
		*last = '\0';
		const struct rule_heuristic *r;
		about = !number && heuristic_memo(p, norm, on, &r) != 0;
	}
	g_free(norm);
	return about;
}

/* The name of a variable or field, for the heuristics: NULL when its type
 * cannot hold what its name says (CONTRACT 2). A driver table named
 * `phone`, a flag `BIT(proxy_user_passwd)`, an enum or a boolean is not
 * PI; a coordinate is a number, and only a location. */
static const char *heuristic_name(struct program *p, const char *name, enum ir_type_class tc, unsigned on,
				  unsigned *only)
{
	/* A name, an address or an e-mail address is text; a number is
	 * at most a phone, ID, account or licence number, a date, a
	 * code or a reading. One narrower than 64 bits cannot hold an
	 * 11-digit phone or an 18-digit ID number: gammu's `int Number`
	 * of a phonebook entry is a position, postfix's `int rcpt` a
	 * count. */
	static const unsigned numeric = 1u << PI_ID_NUMBER | 1u << PI_PHONE | 1u << PI_BIRTHDATE |
					1u << PI_LICENSE_NUMBER | 1u << PI_BANK_ACCOUNT | 1u << PI_LOCATION |
					1u << PI_CREDENTIAL | 1u << PI_HEALTH | 1u << PI_OTHER;
	static const unsigned small = 1u << PI_BIRTHDATE | 1u << PI_CREDENTIAL | 1u << PI_HEALTH | 1u << PI_OTHER;
	switch (tc) {
	case IR_TC_FLOAT: *only = 1u << PI_LOCATION; break;
	case IR_TC_NUMBER: *only = numeric; break;
	case IR_TC_SMALL_NUMBER: *only = small; break;
	default: *only = ~0u; break;
	}
	if (!ir_type_class_holds_pi(tc))
		return NULL;
	return (tc == IR_TC_NUMBER || tc == IR_TC_SMALL_NUMBER) && names_about_pi(p, name, on) ? NULL : name;
}

/* ruled_id names the first rule that gives ruled, for the inventory. */
static unsigned tag_by(struct program *p, unsigned annotated, unsigned ruled, const char *ruled_id,
		       const char *ident, unsigned on, enum tag_origin *how, const char **rule_id)
{
	*rule_id = NULL;
	if (annotated) {
		*how = TAG_ANNOTATION;
		return annotated;
	}
	if (ruled) {
		*how = TAG_RULE;
		*rule_id = ruled_id;
		return ruled;
	}
	const struct rule_heuristic *h = NULL;
	unsigned cats = ident ? heuristic_memo(p, ident, on, &h) : 0;
	if (cats) {
		*how = TAG_HEURISTIC;
		*rule_id = h ? h->head.id : NULL;
	}
	return cats;
}

/* "record.field" for the member heuristics, with "struct "/"union "
 * dropped, or NULL for an anonymous record (no name to go by). */
static char *member_name(const char *record, const char *field)
{
	if (g_str_has_prefix(record, "struct "))
		record += strlen("struct ");
	else if (g_str_has_prefix(record, "union "))
		record += strlen("union ");
	if (strchr(record, '(') || strchr(record, ' '))
		return NULL;
	return g_strconcat(record, ".", field, NULL);
}

static char *field_key(const char *record, const char *name)
{
	return g_strconcat(record, "\x1f", name, NULL);
}

static void add_field_info(struct program *p, struct field_info *fi)
{
	GPtrArray *list = g_hash_table_lookup(p->record_fields, fi->record);
	if (!list) {
		list = g_ptr_array_new();
		g_hash_table_insert(p->record_fields, (gpointer)fi->record, list);
	}
	g_ptr_array_add(list, fi);
}

/* A field a rule file declares in a record no TU defines in the program
 * (a system header's `struct utmp`, `struct passwd`): known all the same,
 * so that a sink writing the object's bytes writes it. */
static void add_rule_field(const char *record, const char *field, unsigned cats, const char *id, void *data)
{
	struct program *p = data;
	static const char *const kinds[] = { "struct ", "union " };
	for (unsigned i = 0; i < G_N_ELEMENTS(kinds); i++) {
		char *full = g_strconcat(kinds[i], record, NULL);
		char *key = field_key(full, field);
		bool known = g_hash_table_contains(p->fields, key);
		g_free(key);
		g_free(full);
		if (known)
			return;
	}
	struct field_info *fi = g_new0(struct field_info, 1);
	char *full = g_strconcat("struct ", record, NULL);
	fi->record = prog_intern(p, full);
	g_free(full);
	fi->name = prog_intern(p, field);
	fi->cats = cats;
	fi->how = TAG_RULE;
	fi->rule_id = id;
	g_hash_table_insert(p->fields, field_key(fi->record, fi->name), fi);
	add_field_info(p, fi);
}

void tags_collect(struct program *p)
{
	for (unsigned t = 0; t < p->tus->len; t++) {
		const struct ir_tu *tu = p->tus->pdata[t];
		for (unsigned i = 0; i < tu->fields->len; i++) {
			const struct ir_field *f = tu->fields->pdata[i];
			char *key = field_key(f->record, f->name);
			if (g_hash_table_contains(p->fields, key)) {
				g_free(key);
				continue;
			}
			struct field_info *fi = g_new0(struct field_info, 1);
			fi->record = prog_intern(p, f->record);
			fi->name = prog_intern(p, f->name);
			fi->field_record = f->field_record ? prog_intern(p, f->field_record) : NULL;
			fi->by_pointer = (f->type_flags & IR_TF_POINTER) && !(f->type_flags & IR_TF_ARRAY);
			fi->type_flags = f->type_flags;
			fi->loc = f->loc;
			unsigned only;
			const char *hname = heuristic_name(p, f->name, f->type_class, HEUR_FIELD, &only);
			fi->cats = tag_by(p, f->tags.pi, rules_field_categories(p->rules, f->record, f->name),
					  rules_field_id(p->rules, f->record, f->name), hname, HEUR_FIELD, &fi->how,
					  &fi->rule_id);
			/* a field named `number` or `user` says what it is only
			 * with its record: `sms.number`, `mailaddr.user`. Only
			 * text says it so: an integer `Number` of such a record
			 * is a count or an id (gammu's GSM_MultiSMSMessage.Number,
			 * GSM_SubMemoryEntry.Number), not a phone number. */
			bool text = f->type_class == IR_TC_TEXT || f->type_class == IR_TC_BYTES;
			char *member = hname && !fi->cats && text ? member_name(f->record, f->name) : NULL;
			if (member)
				fi->cats = tag_by(p, 0, 0, NULL, member, HEUR_MEMBER, &fi->how, &fi->rule_id);
			g_free(member);
			if (fi->how == TAG_HEURISTIC)
				fi->cats &= only;
			g_hash_table_insert(p->fields, key, fi);
			add_field_info(p, fi);
		}
		for (unsigned i = 0; i < tu->globals->len; i++) {
			const struct ir_global *g = tu->globals->pdata[i];
			const char *ident = prog_intern(p, g->ident);
			struct global_info *gi = g_hash_table_lookup(p->globals, ident);
			if (!gi) {
				gi = g_new0(struct global_info, 1);
				gi->ident = ident;
				gi->name = prog_intern(p, g->name);
				gi->record = g->record ? prog_intern(p, g->record) : NULL;
				gi->loc = g->loc;
				gi->handle = rules_global_handle(p->rules, g->name);
				g_hash_table_insert(p->globals, (gpointer)ident, gi);
			}
			if (g->has_init && !gi->def) {
				gi->def = g;
				gi->loc = g->loc;
			}
			unsigned only;
			const char *hname = heuristic_name(p, g->name, g->type_class, HEUR_GLOBAL, &only);
			unsigned cats = tag_by(p, g->tags.pi, rules_global_categories(p->rules, g->name),
					       rules_global_id(p->rules, g->name), hname, HEUR_GLOBAL, &gi->how,
					       &gi->rule_id);
			if (gi->how == TAG_HEURISTIC)
				cats &= only;
			if (cats && !gi->cats)
				gi->cats = cats;
		}
	}
	rules_each_field(p->rules, add_rule_field, p);
}

const struct field_info *tags_field(const struct program *p, const char *record, const char *name)
{
	if (!record || !name)
		return NULL;
	char *key = field_key(record, name);
	const struct field_info *fi = g_hash_table_lookup(p->fields, key);
	g_free(key);
	return fi;
}

const GPtrArray *tags_record_fields(const struct program *p, const char *record)
{
	return record ? g_hash_table_lookup(p->record_fields, record) : NULL;
}

/* Globals from system headers (stdout) are not in any TU's list; they are
 * looked up by name the first time they are used. */
const struct global_info *tags_global(const struct program *p, const char *ident)
{
	struct global_info *gi = g_hash_table_lookup(p->globals, ident);
	if (gi)
		return gi;
	struct program *mp = (struct program *)p;
	gi = g_new0(struct global_info, 1);
	gi->ident = prog_intern(mp, ident);
	const char *sep = strstr(ident, "::");
	gi->name = prog_intern(mp, sep ? sep + 2 : ident);
	gi->handle = rules_global_handle(p->rules, gi->name);
	gi->cats = tag_by(mp, 0, rules_global_categories(p->rules, gi->name), rules_global_id(p->rules, gi->name),
			  NULL, 0, &gi->how, &gi->rule_id);
	g_hash_table_insert(mp->globals, (gpointer)gi->ident, gi);
	return gi;
}

/* The categories of fn's variable v, and how it was tagged. */
static unsigned var_tags(struct program *p, const struct ir_func *fn, unsigned v, enum tag_origin *how,
			 const char **rule_id)
{
	const struct rule_function *rf = rules_function(p->rules, fn->name);
	const struct ir_var *var = &fn->vars[v];
	unsigned ruled = 0;
	const char *ruled_id = NULL;
	if (var->kind == IR_VAR_PARAM && rf && rf->sources)
		for (const struct rule_source **s = rf->sources; *s; s++)
			if ((*s)->kind == SOURCE_PARAM && (*s)->param == var->param_index) {
				ruled |= 1u << (*s)->category;
				ruled_id = ruled_id ? ruled_id : (*s)->head.id;
			}
	*how = TAG_ANNOTATION;
	unsigned only;
	unsigned on = var->kind == IR_VAR_PARAM ? HEUR_PARAM : HEUR_LOCAL;
	const char *hname = heuristic_name(p, var->name, var->type_class, on, &only);
	unsigned cats = tag_by(p, var->tags.pi, ruled, ruled_id, hname, on, how, rule_id);
	return *how == TAG_HEURISTIC ? cats & only : cats;
}

void tags_vars(struct program *p, struct fn_info *fi)
{
	const struct ir_func *fn = fi->fn;
	fi->var_cats = g_new0(unsigned, fn->nvars ? fn->nvars : 1);
	for (unsigned v = 0; v < fn->nvars; v++) {
		enum tag_origin how;
		const char *rule_id;
		fi->var_cats[v] = var_tags(p, fn, v, &how, &rule_id);
	}
}

void tags_var_origin(struct program *p, const struct fn_info *fi, unsigned v, enum tag_origin *how,
		     const char **rule_id)
{
	var_tags(p, fi->fn, v, how, rule_id);
}
