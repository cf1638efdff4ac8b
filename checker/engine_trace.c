/* SPDX-License-Identifier: Apache-2.0 */
/* engine_trace.c - the trace store. Steps are nodes with a parent link,
 * appended and never changed, so a fact's trace is one number and two
 * facts share their common beginning. Joining a caller's trace with a
 * callee's (whose chain was built when the callee was analysed) is one
 * splice node; traces are expanded only for the findings reported. */
#include <limits.h>
#include <stdarg.h>
#include <string.h>

#include "engine_int.h"

static uint32_t length_of(const struct program *p, uint32_t t)
{
	return t ? trace_link_at(p, t)->length : 0;
}

static const struct tnode *step_at(const struct program *p, uint32_t i)
{
	return (const struct tnode *)p->tstep_blocks[i >> TNODE_BLOCK_BITS] + (i & (TNODE_BLOCK - 1));
}

/* A function re-analysed in a fixpoint makes the same steps again; the
 * table finds them, so the store grows with what is new only. Strings in
 * a node are interned, so nodes compare field by field. */
static guint tnode_hash(const struct tnode *n)
{
	return (n->parent * 2654435761u) ^ (n->sub * 40503u) ^ g_direct_hash(n->message) ^
	       (n->loc.line * 131u + n->loc.col) ^ g_direct_hash(n->loc.file) ^ g_direct_hash(n->control) ^ (guint)n->back;
}

static bool tnode_equal(const struct tnode *x, const struct tnode *y)
{
	return x->parent == y->parent && x->sub == y->sub && x->message == y->message &&
	       x->loc.file == y->loc.file && x->loc.line == y->loc.line && x->loc.col == y->loc.col &&
	       x->function == y->function && x->control == y->control && x->back == y->back;
}

static bool is_splice(const struct tnode *n)
{
	return !n->message && !n->loc.file && !n->loc.line && !n->loc.col && !n->function && !n->control && !n->back;
}

/* The node an id stands for, as it was made: a splice is rebuilt from its
 * links, into *tmp. */
static const struct tnode *node_of(const struct program *p, uint32_t t, struct tnode *tmp)
{
	const struct tlink *l = trace_link_at(p, t);
	if (l->step)
		return step_at(p, l->sub);
	*tmp = (struct tnode){ .parent = l->parent, .sub = l->sub, .length = l->length };
	return tmp;
}

/* A place for element i of an array of fixed blocks (TNODE_BLOCK
 * elements of size each), i being the next one. */
static void *block_append(void ***blocks, uint32_t i, size_t size)
{
	uint32_t b = i >> TNODE_BLOCK_BITS;
	if (!(i & (TNODE_BLOCK - 1))) {
		/* a power of two of blocks: grow the list of them */
		if (!(b & (b - 1)))
			*blocks = g_renew(void *, *blocks, b ? 2 * b : 1);
		(*blocks)[b] = g_malloc(TNODE_BLOCK * size);
	}
	return (char *)(*blocks)[b] + (size_t)(i & (TNODE_BLOCK - 1)) * size;
}

static void blocks_free(void **blocks, uint32_t n)
{
	for (uint32_t b = 0; n && b <= (n - 1) >> TNODE_BLOCK_BITS; b++)
		g_free(blocks[b]);
	g_free(blocks);
}

/* The message of the step that stands where the middle of a route too
 * long to keep was left out. */
#define LEFT_OUT "(steps of the route left out)"

void trace_init(struct program *p)
{
	p->left_out_text = prog_intern(p, LEFT_OUT);
	p->tlink_blocks = NULL;
	memset(block_append(&p->tlink_blocks, 0, sizeof(struct tlink)), 0, sizeof(struct tlink));
	p->ntnodes = 1;		/* trace 0 is "no step" */
	p->tstep_blocks = NULL;
	p->nsteps = 0;
	p->tnode_nslots = 1024;
	p->tnode_slots = g_new0(uint32_t, p->tnode_nslots);
	p->splices = g_new0(struct splice_memo, SPLICE_MEMO);
}

void trace_free(struct program *p)
{
	blocks_free(p->tlink_blocks, p->ntnodes);
	blocks_free(p->tstep_blocks, p->nsteps);
	g_free(p->tnode_slots);
	g_free(p->splices);
}

/* The table holds node ids (uint32), not copies of the nodes it finds:
 * those copies and GHashTable's own arrays took more than the nodes. At
 * most half its slots are full (linear probing). */
static void put_id(struct program *p, uint32_t id)
{
	struct tnode tmp;
	uint32_t mask = p->tnode_nslots - 1;
	uint32_t i = tnode_hash(node_of(p, id, &tmp)) & mask;
	while (p->tnode_slots[i])
		i = (i + 1) & mask;
	p->tnode_slots[i] = id;
}

static uint32_t add_node(struct program *p, const struct tnode *n)
{
	struct tnode tmp;
	uint32_t mask = p->tnode_nslots - 1;
	uint32_t i = tnode_hash(n) & mask;
	for (; p->tnode_slots[i]; i = (i + 1) & mask)
		if (tnode_equal(node_of(p, p->tnode_slots[i], &tmp), n))
			return p->tnode_slots[i];
	uint32_t id = p->ntnodes++;
	struct tlink *l = block_append(&p->tlink_blocks, id, sizeof *l);
	*l = (struct tlink){ .parent = n->parent, .sub = n->sub, .length = n->length };
	if (!is_splice(n)) {
		l->step = 1;
		l->sub = p->nsteps++;
		*(struct tnode *)block_append(&p->tstep_blocks, l->sub, sizeof *n) = *n;
	}
	if (2 * (p->ntnodes - 1) > p->tnode_nslots) {
		g_free(p->tnode_slots);
		p->tnode_nslots *= 2;
		p->tnode_slots = g_new0(uint32_t, p->tnode_nslots);
		for (uint32_t t = 1; t < p->ntnodes; t++)
			put_id(p, t);
	} else {
		p->tnode_slots[i] = id;
	}
	return id;
}

static const char *intern_vprintf(struct program *p, const char *fmt, va_list ap)
{
	char *msg = g_strdup_vprintf(fmt, ap);
	const char *r = prog_intern(p, msg);
	g_free(msg);
	return r;
}

const char *trace_msg(struct program *p, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	const char *r = intern_vprintf(p, fmt, ap);
	va_end(ap);
	return r;
}


/* The node on t's chain that ends the trace's first keep steps or fewer:
 * what stays of the beginning of a route too long to store whole. */
static uint32_t head_of(const struct program *p, uint32_t t, uint32_t keep)
{
	while (t && length_of(p, t) > keep)
		t = trace_link_at(p, t)->parent;
	return t;
}

/* The last step of t that reaches a library sink, or NULL: t walked
 * backwards, without allocating, up to the first such step. A chain
 * nested deeper than the stack is given up on (no step kept). */
static const struct tnode *last_sink_step(const struct program *p, uint32_t t)
{
	uint32_t stack[256];
	unsigned n = 0;
	stack[n++] = t;
	while (n) {
		uint32_t id = stack[--n];
		if (!id)
			continue;
		const struct tlink *l = trace_link_at(p, id);
		if (l->step) {
			const struct tnode *s = step_at(p, l->sub);
			if (g_str_has_prefix(s->message, "reaches "))
				return s;
			stack[n++] = l->parent;
			continue;
		}
		if (n + 2 > G_N_ELEMENTS(stack))
			return NULL;
		/* the splice's chain comes after its parent's steps */
		stack[n++] = l->parent;
		stack[n++] = l->sub;
	}
	return NULL;
}

/* t's first steps, a step saying that the rest was left out, and (when
 * keep_sink) the last step of t that reached a library sink: a route that outgrew the
 * store keeps where the PI came from and where it went, so that the step
 * made after this (the call that decides the stream's kind) still comes
 * after its sink. Dropping the new step instead (as the store once did
 * past 48 steps) lost the sink, and a trace must end at it. */
static uint32_t left_out(struct program *p, uint32_t t, struct ir_loc loc, const char *function, bool keep_sink)
{
	uint32_t head = head_of(p, t, TRACE_HEAD);
	const struct tnode *sink = keep_sink ? last_sink_step(p, t) : NULL;
	/* it stands for the steps it leaves out: a route's length stays its
	 * own, which decides which route of a leak is the shortest */
	struct tnode n = {
		.loc = sink ? sink->loc : loc,
		.function = sink ? sink->function : function,
		.message = p->left_out_text,
		.parent = head,
		.length = length_of(p, t) - (sink ? 1 : 0),
	};
	uint32_t mark = add_node(p, &n);
	if (!sink)
		return mark;
	struct tnode copy = *sink;
	copy.parent = mark;
	copy.sub = 0;
	copy.length = length_of(p, t);
	return add_node(p, &copy);
}

/* What a step does to a route that has reached MAX_TRACE steps. */
enum step_end {
	STEP_GROWS,		/* nothing: the route stops growing */
	STEP_ENDS,		/* it ends the route at its sink: made after the
				 * route's first steps and a left-out step */
	STEP_ENDS_AFTER_SINK,	/* the same, keeping the sink step before it */
};

/* A step with its marks: the control that protected it, whether a
 * callee wrote it back into its caller's argument. A trace stops growing
 * at MAX_TRACE steps, which bounds the store (a fixpoint extends routes
 * round its loops); a step that ends a route at its sink is still made,
 * after the route's first steps and a step saying that the rest was left
 * out: a trace must end at its sink. */
static uint32_t make_node(struct program *p, uint32_t parent, struct ir_loc loc, const char *function,
			  const char *message, const char *control, bool back, enum step_end end)
{
	if (length_of(p, parent) >= MAX_TRACE) {
		if (end == STEP_GROWS)
			return parent;	/* long enough to show where it went */
		parent = left_out(p, parent, loc, function, end == STEP_ENDS_AFTER_SINK);
	}
	uint32_t length = length_of(p, parent);
	struct tnode n = {
		.loc = loc,
		.function = function,
		.message = message,
		.control = control ? prog_intern(p, control) : NULL,
		.back = back,
		.parent = parent,
		.length = length + 1,
	};
	return add_node(p, &n);
}

uint32_t trace_node_control(struct program *p, uint32_t parent, struct ir_loc loc, const char *function,
			    const char *message, const char *control)
{
	return make_node(p, parent, loc, function, message, control, false, STEP_GROWS);
}

uint32_t trace_node_back(struct program *p, uint32_t parent, struct ir_loc loc, const char *function,
			 const char *message)
{
	return make_node(p, parent, loc, function, message, NULL, true, STEP_GROWS);
}

uint32_t trace_node(struct program *p, uint32_t parent, struct ir_loc loc, const char *function,
		    const char *message)
{
	return trace_node_control(p, parent, loc, function, message, NULL);
}

uint32_t trace_step(struct program *p, uint32_t parent, struct ir_loc loc, const char *function,
		    const char *fmt, ...)
{
	if (length_of(p, parent) >= MAX_TRACE)
		return parent;
	va_list ap;
	va_start(ap, fmt);
	const char *m = intern_vprintf(p, fmt, ap);
	va_end(ap);
	return trace_node(p, parent, loc, function, m);
}

uint32_t trace_end_node(struct program *p, uint32_t parent, bool after_sink, struct ir_loc loc, const char *function,
			const char *message)
{
	return make_node(p, parent, loc, function, message, NULL, false, after_sink ? STEP_ENDS_AFTER_SINK : STEP_ENDS);
}

static uint32_t splice(struct program *p, uint32_t prefix, uint32_t chain)
{
	struct splice_memo *m = NULL;
	if (p->splices) {
		m = &p->splices[((prefix * 2654435761u) ^ (chain * 40503u)) & (SPLICE_MEMO - 1)];
		if (m->prefix == prefix && m->chain == chain)
			return m->node;
	}
	struct tnode n = {
		.parent = prefix,
		.sub = chain,
		.length = length_of(p, prefix) + length_of(p, chain),
	};
	uint32_t id = add_node(p, &n);
	if (m)
		*m = (struct splice_memo){ prefix, chain, id };
	return id;
}

uint32_t trace_append(struct program *p, uint32_t prefix, uint32_t chain)
{
	if (!chain)
		return prefix;
	if (!prefix)
		return chain;
	if (length_of(p, prefix) >= MAX_TRACE)
		return prefix;
	return splice(p, prefix, chain);
}

uint32_t trace_append_end(struct program *p, uint32_t prefix, uint32_t chain)
{
	if (!chain)
		return prefix;
	if (!prefix)
		return chain;
	if (length_of(p, prefix) >= MAX_TRACE) {
		const struct tnode *first = trace_first(p, chain);
		if (first)
			prefix = left_out(p, prefix, first->loc, first->function, false);
	}
	return splice(p, prefix, chain);
}

/* Expands a trace into steps, source first, with a stack of its own
 * rather than recursion: a route through a chain of function pointers
 * nests splices deeper than a depth limit (32 dropped curl's sinks) and
 * than the C stack should. An entry is a node id, doubled, plus one when
 * it is a step to emit rather than a node to expand. */
static void expand(const struct program *p, uint32_t t, GArray *out)
{
	GArray *stack = g_array_new(FALSE, FALSE, sizeof(uint64_t));
	uint64_t top = (uint64_t)t << 1;
	g_array_append_val(stack, top);
	while (stack->len) {
		uint64_t e = g_array_index(stack, uint64_t, stack->len - 1);
		g_array_set_size(stack, stack->len - 1);
		uint32_t id = (uint32_t)(e >> 1);
		if (!id)
			continue;
		const struct tlink *l = trace_link_at(p, id);
		if (e & 1) {
			const struct tnode *n = step_at(p, l->sub);
			g_array_append_val(out, n);
			continue;
		}
		/* what comes after the parent's steps goes on the stack first */
		uint64_t own = l->step ? ((uint64_t)id << 1 | 1) : (uint64_t)l->sub << 1;
		uint64_t parent = (uint64_t)l->parent << 1;
		g_array_append_val(stack, own);
		g_array_append_val(stack, parent);
	}
	g_array_free(stack, TRUE);
}

/* The first step expand() would give, without expanding the rest or
 * allocating (it is asked at every call that decides a stream): the root
 * of the chain, or of the chain a splice there joins. */
const struct tnode *trace_first(const struct program *p, uint32_t t)
{
	while (t) {
		const struct tlink *l = trace_link_at(p, t);
		if (l->parent) {
			t = l->parent;
			continue;
		}
		if (l->step)
			return step_at(p, l->sub);
		t = l->sub;
	}
	return NULL;
}

static bool same_step(const struct tnode *x, const struct tnode *y)
{
	return x->message == y->message && x->function == y->function && x->loc.file == y->loc.file &&
	       x->loc.line == y->loc.line && x->loc.col == y->loc.col;
}

/* The route without its loops: a step met again (a function pointer's
 * targets calling back into the chain that reached them, a fixpoint's
 * second lap) continues from where it was first met, which is a route
 * too, and the shortest one that trace knows. A left-out mark next to
 * another says nothing more. */
static void drop_loops(GArray *nodes)
{
	unsigned out = 0;
	for (unsigned i = 0; i < nodes->len; i++) {
		const struct tnode *n = g_array_index(nodes, const struct tnode *, i);
		unsigned k = out;
		while (k-- > 0)
			if (same_step(g_array_index(nodes, const struct tnode *, k), n))
				break;
		if (k != UINT_MAX) {
			out = k + 1;
			continue;
		}
		if (out && !strcmp(n->message, LEFT_OUT) &&
		    !strcmp(g_array_index(nodes, const struct tnode *, out - 1)->message, LEFT_OUT))
			continue;
		g_array_index(nodes, const struct tnode *, out++) = n;
	}
	g_array_set_size(nodes, out);
}

static void report_step(struct trace_step *s, const struct tnode *node, char *message)
{
	s->loc.file = g_strdup(node->loc.file);
	s->loc.line = node->loc.line;
	s->loc.col = node->loc.col;
	s->function = g_strdup(node->function);
	s->message = message ? message : g_strdup(node->message);
}

/* At most MAX_TRACE steps: the first ones (where the PI came from), a
 * step saying how many were left out, and the last ones (where it went,
 * ending at the sink), then end's (where the stream comes from). */
void trace_to_report(const struct program *p, uint32_t tail, uint32_t end, struct trace_step **steps, unsigned *n)
{
	GArray *nodes = g_array_new(FALSE, FALSE, sizeof(const struct tnode *));
	expand(p, tail, nodes);
	drop_loops(nodes);
	expand(p, end, nodes);
	unsigned len = nodes->len, head = len, gap = 0;
	if (len > MAX_TRACE) {
		head = MAX_TRACE / 2 - 1;
		gap = len - (MAX_TRACE - 1);
	}
	*n = len - gap + (gap ? 1 : 0);
	*steps = g_new0(struct trace_step, *n ? *n : 1);
	unsigned o = 0;
	for (unsigned i = 0; i < len; i++) {
		const struct tnode *node = g_array_index(nodes, const struct tnode *, i);
		if (i == head && gap) {
			const struct tnode *next = g_array_index(nodes, const struct tnode *, head + gap);
			report_step(&(*steps)[o++], next,
				    g_strdup_printf("(%u steps of the route left out)", gap));
			i += gap - 1;
			continue;
		}
		report_step(&(*steps)[o++], node, NULL);
	}
	ALWAYS(o == *n);
	g_array_free(nodes, TRUE);
}

const struct tnode *trace_find_control(const struct program *p, uint32_t tail)
{
	GArray *nodes = g_array_new(FALSE, FALSE, sizeof(const struct tnode *));
	expand(p, tail, nodes);
	const struct tnode *found = NULL;
	for (unsigned i = nodes->len; i-- > 0 && !found;) {
		const struct tnode *node = g_array_index(nodes, const struct tnode *, i);
		if (node->control)
			found = node;
	}
	g_array_free(nodes, TRUE);
	return found;
}

void trace_back_steps(const struct program *p, uint32_t tail, const char *function, GArray *locs)
{
	GArray *nodes = g_array_new(FALSE, FALSE, sizeof(const struct tnode *));
	expand(p, tail, nodes);
	for (unsigned i = 0; i < nodes->len; i++) {
		const struct tnode *node = g_array_index(nodes, const struct tnode *, i);
		if (node->back && node->function && function && !strcmp(node->function, function))
			g_array_append_val(locs, node->loc);
	}
	g_array_free(nodes, TRUE);
}
