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
 * Curl_vsetopt). Only the first 32 parameters are looked at.
 *
 * A state machine may keep the state in a record and switch on that, and
 * move to the next state by assigning the parameter a constant and going
 * back: opensmtpd's `s->state = newstate; switch (s->state)`, with
 * `mta_enter_state(s, X)` inside the function a macro for `newstate = X;
 * goto again`. So a switch on a variable or field the same block has just
 * assigned the parameter to tests that parameter (the block's own later
 * statements not assigning it again, nor giving a callee the record or
 * the variable), and a parameter assigned only constants still qualifies: in a
 * context, the values it can hold are the caller's and those the cases
 * reachable with them assign (cases_context_values). */
#include "engine_state.h"

#include <string.h>

/* What the walk over one function's expressions learns. */
struct case_scan {
	const struct ir_func *fn;
	uint32_t assigned;	/* parameters written or whose address is taken */
	uint32_t assigned_constant;	/* parameters written constants only (so far) */
	GPtrArray *calls;	/* IR_E_CALL by name */
};

/* The parameter e names, among the first 32 (a bit of a mask), or -1. */
static int param_bit(const struct ir_func *fn, const struct ir_expr *e)
{
	int k = ir_param_of(fn, e);
	return k < 32 ? k : -1;
}

/* A constant assigned, `x = MTA_AUTH` (casts aside): its value. */
static bool assigned_constant(const struct ir_expr *e, long long *value)
{
	const struct ir_expr *r = e->kind == IR_E_ASSIGN && e->op == IR_OP_NONE && e->nkids == 2 ?
					  ir_strip_casts(e->kids[1]) : NULL;
	if (!r || r->kind != IR_E_NUMBER)
		return false;
	*value = r->value;
	return true;
}

static void scan_expr(struct case_scan *s, const struct ir_expr *e)
{
	if (!e)
		return;
	if ((e->kind == IR_E_ASSIGN || e->kind == IR_E_INCDEC || e->kind == IR_E_ADDR) && e->nkids) {
		int b = param_bit(s->fn, e->kids[0]);
		long long v;
		if (b >= 0 && assigned_constant(e, &v))
			s->assigned_constant |= 1u << b;
		else if (b >= 0)
			s->assigned |= 1u << b;
	}
	if (e->kind == IR_E_CALL && e->ident)
		g_ptr_array_add(s->calls, (gpointer)e);
	for (unsigned i = 0; i < e->nkids; i++)
		scan_expr(s, e->kids[i]);
}

/* Whether e holds a call given the record base (or its address) or
 * what stands for the switch's lvalue (or its address): a callee that
 * could change it. `memset(s->replybuf, ...)` is given another field. */
static bool call_given(const struct ir_expr *e, const struct ir_expr *cond, const struct ir_expr *base)
{
	if (!e)
		return false;
	if (e->kind == IR_E_CALL)
		for (unsigned i = 1; i < e->nkids; i++) {
			const struct ir_expr *a = ir_strip_casts(e->kids[i]);
			if (a && a->kind == IR_E_ADDR && a->nkids)
				a = ir_strip_casts(a->kids[0]);
			if (ir_same_lvalue(a, cond) || ir_same_lvalue(a, base))
				return true;
		}
	for (unsigned i = 0; i < e->nkids; i++)
		if (call_given(e->kids[i], cond, base))
			return true;
	return false;
}

/* The parameter a switch block tests: its condition, or the variable or
 * field its own statements last assigned a parameter to as it came
 * (`s->state = newstate; switch (s->state)`), no call after that being
 * given the record or the variable; -1 for none. */
static int switch_param(const struct ir_func *fn, const struct ir_block *bl)
{
	int k = param_bit(fn, bl->cond);
	const struct ir_expr *cond = ir_strip_casts(bl->cond);
	if (k >= 0 || !cond || (cond->kind != IR_E_FIELD && cond->kind != IR_E_VAR))
		return k;
	const struct ir_expr *base = cond;
	while (base && base->kind == IR_E_FIELD && base->nkids)
		base = ir_strip_casts(base->kids[0]);
	for (unsigned i = 0; i < bl->nstmts; i++) {
		const struct ir_expr *e = bl->stmts[i].e;
		if (e && (e->kind == IR_E_ASSIGN || e->kind == IR_E_INCDEC) && e->nkids &&
		    ir_same_lvalue(e->kids[0], cond))
			k = e->kind == IR_E_ASSIGN && e->op == IR_OP_NONE && e->nkids == 2 ? param_bit(fn, e->kids[1])
											      : -1;
		else if (k >= 0 && call_given(e, cond, base))
			k = -1;
	}
	return k;
}

/* The parameters fn's own switches test; case_param notes, for a block
 * that tests one through a variable or field, which (made on the first). */
static uint32_t own_switches(struct fn_info *fi)
{
	const struct ir_func *fn = fi->fn;
	uint32_t bits = 0;
	for (unsigned b = 0; b < fn->nblocks; b++) {
		const struct ir_block *bl = &fn->blocks[b];
		int k = bl->cases ? switch_param(fn, bl) : -1;
		if (k < 0)
			continue;
		bits |= 1u << k;
		if (param_bit(fn, bl->cond) == k)
			continue;
		if (!fi->case_param) {
			fi->case_param = g_new(signed char, fn->nblocks);
			memset(fi->case_param, -1, fn->nblocks);
		}
		fi->case_param[b] = (signed char)k;
	}
	return bits;
}

/* The parameter block b of fi tests, or -1. */
static int block_switch_param(const struct fn_info *fi, unsigned b)
{
	const struct ir_block *bl = &fi->fn->blocks[b];
	if (!bl->cases)
		return -1;
	if (fi->case_param && fi->case_param[b] >= 0)
		return fi->case_param[b];
	return param_bit(fi->fn, bl->cond);
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
		fi->switch_params = own_switches(fi) & ~s->assigned;
		fi->switch_assigned = fi->switch_params & s->assigned_constant;
		s->assigned |= s->assigned_constant;
		if (g_getenv("PITRACE_DUMP_CASES") && (fi->switch_assigned || fi->case_param))
			fprintf(stderr, "cases %s: params %#x assigned %#x alias %d\n", fi->fn->name,
				fi->switch_params, fi->switch_assigned, fi->case_param != NULL);
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

/* Whether edge s of switch block bl can be taken when the value it tests
 * is one of values[0..n). */
static bool edge_takes(const struct ir_block *bl, unsigned s, const long long *values, unsigned n)
{
	switch (bl->cases[s].kind) {
	case IR_CASE_VALUE:
		for (unsigned j = 0; j < n; j++)
			if (bl->cases[s].value == values[j])
				return true;
		return false;
	case IR_CASE_DEFAULT:
		for (unsigned j = 0; j < n; j++) {
			bool matched = false;
			for (unsigned i = 0; i < bl->nsucc && !matched; i++)
				matched = bl->cases[i].kind == IR_CASE_VALUE && bl->cases[i].value == values[j];
			if (!matched)
				return true;
		}
		return false;
	default:
		return true;
	}
}

bool case_feasible(const struct ctx *c, const struct ir_block *bl, unsigned s)
{
	long long v;
	int k = bl->cases && c->special ? block_switch_param(c->fi, (unsigned)(bl - c->fn->blocks)) : -1;
	if (k < 0 || !special_constant(c, k, &v))
		return true;
	if (!(c->fi->switch_assigned & (1u << k)))
		return edge_takes(bl, s, &v, 1);
	if (c->case_values_param != k)
		return true;
	return edge_takes(bl, s, c->case_values, c->ncase_values);
}

/* Adds to values[0..*n) the constants e, or an expression within it,
 * assigns parameter k. True when one is new. */
static bool note_values(const struct ir_func *fn, int k, const struct ir_expr *e, long long *values, unsigned *n)
{
	if (!e)
		return false;
	bool grew = false;
	long long v;
	if (e->nkids && param_bit(fn, e->kids[0]) == k && assigned_constant(e, &v)) {
		bool known = false;
		for (unsigned j = 0; j < *n && !known; j++)
			known = values[j] == v;
		if (!known && *n < CASE_VALUES_MAX) {
			values[(*n)++] = v;
			grew = true;
		}
	}
	for (unsigned i = 0; i < e->nkids; i++)
		grew |= note_values(fn, k, e->kids[i], values, n);
	return grew;
}

void cases_context_values(struct ctx *c)
{
	c->case_values_param = -1;
	const struct fn_info *fi = c->fi;
	const struct ir_func *fn = fi->fn;
	long long first;
	int k = -1;
	for (int j = 0; j < 32 && k < 0; j++)
		if ((fi->switch_assigned & (1u << j)) && special_constant(c, j, &first))
			k = j;
	if (k < 0 || !fn->nblocks)
		return;
	/* The blocks reachable from the entry, following only the edges the
	 * values known so far take at a switch on k; what those blocks
	 * assign k joins the values, until none is new. Past the bound every
	 * edge is taken, as when nothing is known. */
	long long *values = c->case_values;
	unsigned n = 0;
	values[n++] = first;
	bool *seen = g_new(bool, fn->nblocks);
	unsigned *stack = g_new(unsigned, fn->nblocks);
	for (bool grew = true; grew;) {
		grew = false;
		memset(seen, 0, fn->nblocks * sizeof *seen);
		unsigned top = 0;
		stack[top++] = 0;
		seen[0] = true;
		while (top && n < CASE_VALUES_MAX) {
			unsigned b = stack[--top];
			const struct ir_block *bl = &fn->blocks[b];
			for (unsigned i = 0; i < bl->nstmts; i++)
				grew |= note_values(fn, k, bl->stmts[i].e, values, &n);
			grew |= note_values(fn, k, bl->cond, values, &n);
			bool tests_k = block_switch_param(fi, b) == k;
			for (unsigned s = 0; s < bl->nsucc; s++) {
				unsigned to = bl->succ[s];
				if (to >= fn->nblocks || seen[to] || (tests_k && !edge_takes(bl, s, values, n)))
					continue;
				seen[to] = true;
				stack[top++] = to;
			}
		}
		if (n >= CASE_VALUES_MAX)
			break;
	}
	g_free(seen);
	g_free(stack);
	if (n < CASE_VALUES_MAX) {
		c->case_values_param = k;
		c->ncase_values = n;
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
