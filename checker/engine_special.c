/* SPDX-License-Identifier: Apache-2.0 */
/* engine_special.c - summaries made for a caller's context. A function
 * that calls through a function pointer its caller passes (redis's
 * rioWrite calling `r->write`, a dispatcher taking an ops struct) has, of
 * its own, only the functions the program may store there: every writer
 * of every kind of rio. A caller that knows which one it passed (a rio
 * made with rioInitWithBuffer) gets a summary of the function analysed
 * again with that knowledge (ROW_CALL rows say where it is needed).
 *
 * Entries are kept per function and context, and hold while neither the
 * function nor any of its callees has been analysed again with a new
 * summary since they were made. */
#include <string.h>

#include "engine_int.h"

/* Nested specialisations (a wrapper of a wrapper of rioWrite) are made
 * up to this depth; deeper calls use the function's own summary. Only
 * small functions are analysed again: dispatchers and the wrappers around
 * them are small, and analysing a command handler once per caller's
 * context doubled the engine's time on redis. A context known from the
 * container an argument is in (a VSTRING's buffer) has no size bound:
 * there are as few of them as there are containers; nor has a switch
 * parameter's constant (engine_cases.c), which runs one case. */
#define SPECIAL_DEPTH 6
#define SPECIAL_BLOCKS 40

struct special_entry {
	unsigned made_at;	/* program epoch */
	bool building;		/* its analysis is under way (recursion) */
	struct summary sum;
};

/* Made during the analysis numbered made_at: a change committed by that
 * same analysis (the caller's own, when it is also a callee: recursion)
 * came after the entry, so it counts as newer. While that analysis is
 * still under way nothing has been committed, and the entry holds: a
 * function that calls itself with constants (PostgreSQL's
 * pushJsonbValue(pstate, WJB_BEGIN_OBJECT, NULL), seven of them) made
 * every context anew at every level of its own analysis, seven to the
 * power of the nesting bound, 650,000 analyses of one function. */
static bool still_holds(const struct fn_info *fi, const struct special_entry *e)
{
	if (fi->analysed_at > e->made_at || fi->changed_at >= e->made_at)
		return false;
	for (unsigned i = 0; i < fi->callees->len; i++)
		if (((const struct fn_info *)fi->callees->pdata[i])->changed_at >= e->made_at)
			return false;
	return true;
}

static void entry_free(gpointer data)
{
	struct special_entry *e = data;
	summary_free(&e->sum);
	g_free(e);
}

static char *context_key(const struct fn_info *fi, const struct special *spec)
{
	GString *k = g_string_new(fi->fn->ident);
	for (unsigned i = 0; i < spec->n; i++) {
		const struct special_input *si = &spec->v[i];
		if (si->constant) {
			g_string_append_printf(k, "\x1f%d=%lld", si->in.param, si->value);
			continue;
		}
		g_string_append_printf(k, "\x1f%d:%s:", si->in.param, si->in.path);
		for (uint32_t f = 0; f < si->fns.n; f++)
			g_string_append_printf(k, "%u,", si->fns.v[f].origin);
	}
	return g_string_free(k, FALSE);
}

const struct summary *special_summary(struct program *p, struct fn_info *fi, const struct special *spec)
{
	if (!spec->n || p->special_depth >= SPECIAL_DEPTH || !fi->analysed_at)
		return NULL;
	if (!p->specials)
		p->specials = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, entry_free);
	char *key = context_key(fi, spec);
	struct special_entry *e = g_hash_table_lookup(p->specials, key);
	/* A big function is analysed again only for a container's context;
	 * a caller that knows the same functions some other way (postfix's
	 * vstring_alloc() hands back a VSTRING whose buffer functions come
	 * with it) shares that context's entry: the same key, the same
	 * functions. Without it, vbuf_print's own summary, which writes to
	 * every kind of stream, came back through every VSTRING. */
	if (fi->fn->nblocks > SPECIAL_BLOCKS && !spec->by_container && !spec->by_constant && !e) {
		g_free(key);
		return NULL;
	}
	/* a recursive call reaching the context being made gets what it
	 * has so far, as a recursive call of a component does */
	if (e && (e->building || still_holds(fi, e))) {
		g_free(key);
		return &e->sum;
	}
	if (!e) {
		e = g_new0(struct special_entry, 1);
		g_hash_table_insert(p->specials, key, e);
	} else {
		g_free(key);
		summary_free(&e->sum);
	}
	summary_init(&e->sum);
	e->made_at = p->epoch;
	p->special_depth++;
	e->building = true;
	analyse_function_special(p, fi, spec, &e->sum);
	e->building = false;
	p->special_depth--;
	if (p->stats)
		p->stats->specialised++;
	return &e->sum;
}

void special_free(struct program *p)
{
	if (p->specials)
		g_hash_table_destroy(p->specials);
	p->specials = NULL;
}
