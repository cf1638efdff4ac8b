/* SPDX-License-Identifier: Apache-2.0 */
/* engine_cases.c - a function that switches on a parameter, analysed for
 * a caller that passes a constant there. State machines are written so:
 * opensmtpd's mta_enter_state(s, MTA_BANNER) runs one case of a switch
 * over every state, and curl_url_get(u, CURLUPART_SCHEME, &out, 0) one
 * case of a switch over every part of a URL. The function's own summary
 * joins all the cases: the RCPT TO command the relay session queues in
 * one state was, for every caller, queued by every state change (entering
 * the banner state "sent" the recipient), and asking for a URL's scheme
 * returned its password. A caller that passes a constant gets the
 * summary of the function analysed again with that value known
 * (engine_special.c), in which only the edges of the switch that the
 * value can take are followed.
 *
 * A *switch parameter* is one a switch tests as it is (casts aside) and
 * that the function never assigns nor takes the address of, or one it
 * passes, so, as a switch parameter of a function it calls by name (the
 * wrappers: curl_easy_setopt(data, tag, ...) passing tag to
 * Curl_vsetopt). Only the first 32 parameters are looked at. */
#include "engine_state.h"

/* What the walk over one function's expressions learns. */
struct case_scan {
	const struct ir_func *fn;
	uint32_t assigned;	/* parameters written or whose address is taken */
	GPtrArray *calls;	/* IR_E_CALL by name */
};

/* The parameter e names, among the first 32 (a bit of a mask), or -1. */
static int param_bit(const struct ir_func *fn, const struct ir_expr *e)
{
	int k = ir_param_of(fn, e);
	return k < 32 ? k : -1;
}

static void scan_expr(struct case_scan *s, const struct ir_expr *e)
{
	if (!e)
		return;
	if ((e->kind == IR_E_ASSIGN || e->kind == IR_E_INCDEC || e->kind == IR_E_ADDR) && e->nkids) {
		int b = param_bit(s->fn, e->kids[0]);
		if (b >= 0)
			s->assigned |= 1u << b;
	}
	if (e->kind == IR_E_CALL && e->ident)
		g_ptr_array_add(s->calls, (gpointer)e);
	for (unsigned i = 0; i < e->nkids; i++)
		scan_expr(s, e->kids[i]);
}

/* The parameters fn's own switches test. */
static uint32_t own_switches(const struct ir_func *fn)
{
	uint32_t bits = 0;
	for (unsigned b = 0; b < fn->nblocks; b++) {
		const struct ir_block *bl = &fn->blocks[b];
		int k = bl->cases ? param_bit(fn, bl->cond) : -1;
		if (k >= 0)
			bits |= 1u << k;
	}
	return bits;
}

void cases_collect(struct program *p)
{
	unsigned n = p->fn_list->len;
	struct case_scan *scans = g_new0(struct case_scan, n ? n : 1);
	for (unsigned i = 0; i < n; i++) {
		struct fn_info *fi = p->fn_list->pdata[i];
		struct case_scan *s = &scans[i];
		*s = (struct case_scan){ .fn = fi->fn, .calls = g_ptr_array_new() };
		for (unsigned b = 0; b < fi->fn->nblocks; b++) {
			const struct ir_block *bl = &fi->fn->blocks[b];
			for (unsigned k = 0; k < bl->nstmts; k++)
				scan_expr(s, bl->stmts[k].e);
			scan_expr(s, bl->cond);
		}
		fi->switch_params = own_switches(fi->fn) & ~s->assigned;
	}
	/* the wrappers, to a fixed point (a wrapper of a wrapper) */
	bool changed = true;
	for (unsigned round = 0; changed && round < 8; round++) {
		changed = false;
		for (unsigned i = 0; i < n; i++) {
			struct fn_info *fi = p->fn_list->pdata[i];
			const struct case_scan *s = &scans[i];
			for (unsigned k = 0; k < s->calls->len; k++) {
				const struct ir_expr *call = s->calls->pdata[k];
				const struct fn_info *callee = g_hash_table_lookup(p->fns, call->ident);
				if (!callee || !callee->switch_params)
					continue;
				for (unsigned j = 0; j + 1 < call->nkids && j < 32; j++) {
					int b = param_bit(fi->fn, call->kids[j + 1]);
					if (b < 0 || !(callee->switch_params & (1u << j)) || (s->assigned & (1u << b)) ||
					    (fi->switch_params & (1u << b)))
						continue;
					fi->switch_params |= 1u << b;
					changed = true;
				}
			}
		}
	}
	for (unsigned i = 0; i < n; i++)
		g_ptr_array_free(scans[i].calls, TRUE);
	g_free(scans);
}

bool special_constant(const struct ctx *c, int param, long long *value)
{
	for (unsigned k = 0; c->special && k < c->special->n; k++)
		if (c->special->v[k].constant && c->special->v[k].in.param == param) {
			*value = c->special->v[k].value;
			return true;
		}
	return false;
}

bool case_feasible(const struct ctx *c, const struct ir_block *bl, unsigned s)
{
	long long v;
	int k = bl->cases && c->special ? param_bit(c->fn, bl->cond) : -1;
	if (k < 0 || !special_constant(c, k, &v))
		return true;
	switch (bl->cases[s].kind) {
	case IR_CASE_VALUE:
		return bl->cases[s].value == v;
	case IR_CASE_DEFAULT:
		for (unsigned i = 0; i < bl->nsucc; i++)
			if (bl->cases[i].kind == IR_CASE_VALUE && bl->cases[i].value == v)
				return false;
		return true;
	default:
		return true;
	}
}

void cases_special(const struct fn_info *callee, const struct value *args, unsigned nargs, struct special *spec)
{
	for (unsigned j = 0; j < nargs && j < 32 && spec->n < SPECIAL_MAX; j++) {
		if (!(callee->switch_params & (1u << j)) || !args[j].is_number)
			continue;
		spec->v[spec->n] = (struct special_input){
			.in = { .param = (int)j },
			.constant = true,
			.value = args[j].number,
		};
		spec->n++;
		spec->by_constant = true;
	}
}
