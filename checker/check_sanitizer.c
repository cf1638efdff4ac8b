/* SPDX-License-Identifier: Apache-2.0 */
/* check_sanitizer.c - pi-unverified-sanitizer: a function declared an
 * encrypt sanitizer must reach a real cipher. Its body, and the bodies of
 * the project functions it calls (a few levels down), are searched for a
 * call that the rules model as encryption; base64, XOR and copying are not. */
#include <string.h>

#include "check.h"
#include "ir.h"
#include "report.h"
#include "rules.h"

struct sanitizer_check {
	const struct rules *rules;
	GHashTable *bodies;	/* ident -> struct ir_func * */
	GHashTable *tags;	/* ident -> struct ir_tags * (all declarations merged) */
	GPtrArray *called;	/* names seen, for the message */
};

static bool reaches_cipher(struct sanitizer_check *sc, const struct ir_expr *e, int depth, GHashTable *visited);

static bool body_reaches_cipher(struct sanitizer_check *sc, const struct ir_func *fn, int depth,
				GHashTable *visited)
{
	if (depth > 4 || !g_hash_table_add(visited, (gpointer)fn))
		return false;
	for (unsigned b = 0; b < fn->nblocks; b++) {
		const struct ir_block *bl = &fn->blocks[b];
		for (unsigned s = 0; s < bl->nstmts; s++)
			if (reaches_cipher(sc, bl->stmts[s].e, depth, visited))
				return true;
		if (reaches_cipher(sc, bl->cond, depth, visited))
			return true;
	}
	return false;
}

static bool reaches_cipher(struct sanitizer_check *sc, const struct ir_expr *e, int depth, GHashTable *visited)
{
	if (!e)
		return false;
	if (e->kind == IR_E_CALL && e->name) {
		if (rules_is_cipher(sc->rules, e->name))
			return true;
		if (depth == 0 && !g_ptr_array_find_with_equal_func(sc->called, e->name, g_str_equal, NULL))
			g_ptr_array_add(sc->called, (gpointer)e->name);
		const struct ir_func *callee = g_hash_table_lookup(sc->bodies, e->ident);
		if (callee && body_reaches_cipher(sc, callee, depth + 1, visited))
			return true;
	}
	for (unsigned i = 0; i < e->nkids; i++)
		if (reaches_cipher(sc, e->kids[i], depth, visited))
			return true;
	return false;
}

static void merge(GHashTable *tags, const char *ident, struct ir_tags t)
{
	struct ir_tags *m = g_hash_table_lookup(tags, ident);
	if (!m) {
		m = g_new0(struct ir_tags, 1);
		g_hash_table_insert(tags, (gpointer)ident, m);
	}
	m->sanitizer |= t.sanitizer;
}

/* fn calls no cipher; called are the functions its body calls. */
static void report_sanitizer(struct report *rep, const struct ir_func *fn, const GPtrArray *called)
{
	const struct check *c = check_get(RULE_UNVERIFIED_SANITIZER);
	GString *calls = g_string_new(NULL);
	for (unsigned i = 0; i < called->len && i < 6; i++)
		g_string_append_printf(calls, "%s`%s`", i ? ", " : "", (const char *)called->pdata[i]);
	GString *m = g_string_new(NULL);
	g_string_append_printf(m, c->text->message, fn->name);
	if (calls->len)
		g_string_append_printf(m, c->text->remark, calls->str);
	struct finding *f = report_add_finding(rep);
	f->rule = RULE_UNVERIFIED_SANITIZER;
	f->level = c->level;
	f->loc.file = g_strdup(fn->loc.file);
	f->loc.line = fn->loc.line;
	f->loc.col = fn->loc.col;
	f->function = g_strdup(fn->name);
	f->sink = -1;
	f->message = g_string_free(m, FALSE);
	f->source = g_strdup_printf("sanitizer %s", fn->name);
	g_string_free(calls, TRUE);
}

/* Declared an encrypt sanitizer by one of the user's rule files, which
 * then stands for the function's body where it is called (a built-in
 * pack's model of a library is not a claim about the program's code). */
static bool declared_encrypt(const struct rules *rules, const char *name)
{
	const struct rule_function *rf = rules_function(rules, name);
	for (const struct rule_sanitizer **sz = rf ? rf->sanitizers : NULL; sz && *sz; sz++)
		if (!(*sz)->head.builtin && ((*sz)->kind & PROT_ENCRYPT))
			return true;
	return false;
}

void check_sanitizers(GPtrArray *tus, const struct rules *rules, struct report *rep)
{
	struct sanitizer_check sc = {
		.rules = rules,
		.bodies = g_hash_table_new(g_str_hash, g_str_equal),
		.tags = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free),
		.called = g_ptr_array_new(),
	};
	for (unsigned t = 0; t < tus->len; t++) {
		const struct ir_tu *tu = tus->pdata[t];
		for (unsigned i = 0; i < tu->decls->len; i++) {
			const struct ir_decl *d = tu->decls->pdata[i];
			merge(sc.tags, d->ident, d->tags);
		}
		for (unsigned i = 0; i < tu->funcs->len; i++) {
			const struct ir_func *fn = tu->funcs->pdata[i];
			if (!g_hash_table_contains(sc.bodies, fn->ident))
				g_hash_table_insert(sc.bodies, (gpointer)fn->ident, (gpointer)fn);
			merge(sc.tags, fn->ident, fn->tags);
		}
	}
	GHashTableIter it;
	gpointer k, v;
	g_hash_table_iter_init(&it, sc.bodies);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		const struct ir_func *fn = v;
		const struct ir_tags *tg = g_hash_table_lookup(sc.tags, k);
		if (!(tg && (tg->sanitizer & PROT_ENCRYPT)) && !declared_encrypt(rules, fn->name))
			continue;
		g_ptr_array_set_size(sc.called, 0);
		GHashTable *visited = g_hash_table_new(g_direct_hash, g_direct_equal);
		bool ok = body_reaches_cipher(&sc, fn, 0, visited);
		g_hash_table_destroy(visited);
		if (ok)
			continue;
		report_sanitizer(rep, fn, sc.called);
	}
	/* The ledger credits only real protection: a flow whose control is
	 * one of these is claimed, not verified. */
	GHashTable *fake = g_hash_table_new(g_str_hash, g_str_equal);
	for (unsigned i = 0; i < rep->findings->len; i++) {
		const struct finding *f = rep->findings->pdata[i];
		if (f->rule == RULE_UNVERIFIED_SANITIZER && f->function)
			g_hash_table_add(fake, f->function);
	}
	for (unsigned i = 0; i < rep->protected_flows->len; i++) {
		struct protected_flow *pf = rep->protected_flows->pdata[i];
		pf->unverified = pf->control && g_hash_table_contains(fake, pf->control);
	}
	g_hash_table_destroy(fake);
	g_ptr_array_free(sc.called, TRUE);
	g_hash_table_destroy(sc.bodies);
	g_hash_table_destroy(sc.tags);
}
