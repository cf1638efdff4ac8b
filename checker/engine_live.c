/* SPDX-License-Identifier: Apache-2.0 */
/* engine_live.c - what a state can leave behind when it flows into a
 * block: the entries of locals that block can no longer read, and of
 * objects calls returned that nothing kept points to.
 *
 * A bison parser's actions each declare locals of their own (`SelectStmt
 * *n = makeNode(SelectStmt)`), and every action returns to the parser's
 * loop. Kept to the end of the function, the entries of all of them, and
 * of every node the actions made, met at the loop's head: PostgreSQL's
 * base_yyparse carried 6,100 entries in each of its 2,972 blocks' states,
 * copied and joined at every visit, and its ten analyses were half of the
 * whole program's analysis time. An entry of a local that no path from a
 * block reads before writing it whole, or of a call's object that no
 * kept entry points into (the call's next evaluation makes it anew), is
 * dropped when the state flows into that block (analyse, engine_func.c).
 * Nothing could read it there.
 *
 * Only locals are dropped whose storage nothing else can reach: not
 * parameters (their objects make the summary), not statics, not arrays,
 * not a local whose address is taken. A pointer still held elsewhere into
 * what a dead local points to (`q = p`: q points to p's `*`) keeps that
 * local's entries (live_filter). */
#include "engine_state.h"

#include <string.h>

struct live {
	unsigned words;		/* per block's set */
	int *slot;		/* var -> bit, or -1 when never dropped */
	uint64_t *in;		/* nblocks sets: live on entry to the block */
};

static bool bit_get(const uint64_t *set, int i)
{
	return set[i / 64] >> (i % 64) & 1;
}

static void bit_set(uint64_t *set, int i)
{
	set[i / 64] |= (uint64_t)1 << (i % 64);
}

/* Every var mentioned under an `&`: its storage may be reached by a
 * pointer (`&p->f` marks p as well, which only keeps p longer). */
static void mark_addressed(const struct ir_expr *e, bool under_addr, bool *addressed)
{
	if (!e)
		return;
	under_addr = under_addr || e->kind == IR_E_ADDR;
	if (e->kind == IR_E_VAR && under_addr && e->var >= 0)
		addressed[e->var] = true;
	for (unsigned i = 0; i < e->nkids; i++)
		mark_addressed(e->kids[i], under_addr, addressed);
}

/* Mentions in e of vars not yet written whole in the block are reads. */
static void note_uses(const struct live *l, const struct ir_expr *e, uint64_t *use, const uint64_t *def)
{
	if (!e)
		return;
	if (e->kind == IR_E_VAR && e->var >= 0 && l->slot[e->var] >= 0 && !bit_get(def, l->slot[e->var]))
		bit_set(use, l->slot[e->var]);
	for (unsigned i = 0; i < e->nkids; i++)
		note_uses(l, e->kids[i], use, def);
}

/* `x = e` writes x whole (after reading e): x's earlier value is gone.
 * Not `x op= e` (reads x), nor `x = { ... }` (an initializer list is
 * written field by field). */
static int whole_write(const struct live *l, const struct ir_expr *e)
{
	if (!e || e->kind != IR_E_ASSIGN || e->op != IR_OP_NONE || e->nkids != 2)
		return -1;
	const struct ir_expr *lhs = e->kids[0];
	if (lhs->kind != IR_E_VAR || lhs->var < 0 || e->kids[1]->kind == IR_E_INITLIST)
		return -1;
	return l->slot[lhs->var];
}

static struct live *live_compute(const struct ir_func *fn)
{
	bool *addressed = g_new0(bool, fn->nvars ? fn->nvars : 1);
	for (unsigned b = 0; b < fn->nblocks; b++) {
		const struct ir_block *blk = &fn->blocks[b];
		for (unsigned i = 0; i < blk->nstmts; i++)
			mark_addressed(blk->stmts[i].e, false, addressed);
		mark_addressed(blk->cond, false, addressed);
	}
	struct live *l = g_new0(struct live, 1);
	l->slot = g_new(int, fn->nvars ? fn->nvars : 1);
	int n = 0;
	for (unsigned v = 0; v < fn->nvars; v++) {
		const struct ir_var *var = &fn->vars[v];
		bool droppable = var->kind == IR_VAR_LOCAL && !var->is_static && !addressed[v] &&
				 !(var->type_flags & IR_TF_ARRAY);
		l->slot[v] = droppable ? n++ : -1;
	}
	g_free(addressed);
	if (!n) {
		g_free(l->slot);
		g_free(l);
		return NULL;
	}
	unsigned w = l->words = (unsigned)(n + 63) / 64, nb = fn->nblocks;
	uint64_t *use = g_new0(uint64_t, (size_t)nb * w), *def = g_new0(uint64_t, (size_t)nb * w);
	for (unsigned b = 0; b < nb; b++) {
		const struct ir_block *blk = &fn->blocks[b];
		uint64_t *u = use + (size_t)b * w, *d = def + (size_t)b * w;
		for (unsigned i = 0; i < blk->nstmts; i++) {
			const struct ir_expr *e = blk->stmts[i].e;
			int x = blk->stmts[i].kind == IR_S_EXPR ? whole_write(l, e) : -1;
			note_uses(l, x >= 0 ? e->kids[1] : e, u, d);
			if (x >= 0)
				bit_set(d, x);
		}
		note_uses(l, blk->cond, u, d);
	}
	/* live in = use + (live out - def), backwards to a fixpoint */
	l->in = g_new0(uint64_t, (size_t)nb * w);
	uint64_t *out = g_new(uint64_t, w);
	for (bool changed = true; changed;) {
		changed = false;
		for (unsigned b = nb; b-- > 0;) {
			const struct ir_block *blk = &fn->blocks[b];
			memset(out, 0, w * sizeof *out);
			for (unsigned s = 0; s < blk->nsucc; s++)
				if (blk->succ[s] < nb)
					for (unsigned k = 0; k < w; k++)
						out[k] |= l->in[(size_t)blk->succ[s] * w + k];
			uint64_t *in = l->in + (size_t)b * w;
			for (unsigned k = 0; k < w; k++) {
				uint64_t v = use[(size_t)b * w + k] | (out[k] & ~def[(size_t)b * w + k]);
				if (v != in[k]) {
					in[k] = v;
					changed = true;
				}
			}
		}
	}
	g_free(out);
	g_free(use);
	g_free(def);
	return l;
}

const struct live *live_get(struct fn_info *fi)
{
	if (!fi->live_known) {
		fi->live = live_compute(fi->fn);
		fi->live_known = true;
	}
	return fi->live;
}

void live_free(struct live *l)
{
	if (!l)
		return;
	g_free(l->slot);
	g_free(l->in);
	g_free(l);
}

/* Whether the entries of root may be left behind when nothing kept
 * points there: what a call returned (its place is keyed by the call,
 * and a later evaluation makes it anew), or a local block cannot read. */
static bool droppable_root(const struct ctx *c, const struct live *l, unsigned block, uint32_t root)
{
	const struct place *r = place_get(c, root);
	if (r->site)
		return true;
	if (!l || r->var < 0 || l->slot[r->var] < 0)
		return false;
	return !bit_get(l->in + (size_t)block * l->words, l->slot[r->var]);
}

bool live_filter(const struct ctx *c, const struct live *l, unsigned block, const struct state *src,
		 struct state *dst)
{
	if (!src->live)
		return false;
	GArray *es = src->entries;
	uint32_t *roots = g_new(uint32_t, es->len + 1);
	uint64_t *kept = g_new0(uint64_t, c->places->len / 64 + 1);
	bool any = false;
	for (unsigned i = 0; i < es->len; i++) {
		roots[i] = place_root(c, g_array_index(es, struct entry, i).place);
		if (droppable_root(c, l, block, roots[i]))
			any = true;
		else
			bit_set(kept, (int)roots[i]);
	}
	/* what a kept pointer points to is kept, and so on */
	for (bool grew = any; grew;) {
		grew = false;
		for (unsigned i = 0; i < es->len; i++) {
			const struct entry *e = &g_array_index(es, struct entry, i);
			if (e->pt == NO_PLACE || NEVER(e->pt >= c->places->len) || !bit_get(kept, (int)roots[i]))
				continue;
			uint32_t to = place_root(c, e->pt);
			if (!bit_get(kept, (int)to)) {
				bit_set(kept, (int)to);
				grew = true;
			}
		}
	}
	bool left = false;
	for (unsigned i = 0; any && i < es->len && !left; i++)
		left = !bit_get(kept, (int)roots[i]);
	if (left) {
		bool *keep = g_new(bool, es->len);
		for (unsigned i = 0; i < es->len; i++)
			keep[i] = bit_get(kept, (int)roots[i]);
		state_copy_where(dst, src, keep);
		g_free(keep);
	}
	g_free(kept);
	g_free(roots);
	return left;
}
