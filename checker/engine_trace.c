/* SPDX-License-Identifier: Apache-2.0 */
/* engine_trace.c - the trace store. Steps are nodes with a parent link,
 * appended and never changed, so a fact's trace is one number and two
 * facts share their common beginning. Joining a caller's trace with a
 * callee's (whose chain was built when the callee was analysed) is one
 * splice node; traces are expanded only for the findings reported. */
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

void trace_init(struct program *p)
{
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

/* A step with its marks: the control that protected it, whether a
 * callee wrote it back into its caller's argument. */
static uint32_t make_node(struct program *p, uint32_t parent, struct ir_loc loc, const char *function,
			  const char *message, const char *control, bool back)
{
	uint32_t length = length_of(p, parent);
	if (length >= MAX_TRACE)
		return parent;	/* long enough to show where it went */
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
	return make_node(p, parent, loc, function, message, control, false);
}

uint32_t trace_node_back(struct program *p, uint32_t parent, struct ir_loc loc, const char *function,
			 const char *message)
{
	return make_node(p, parent, loc, function, message, NULL, true);
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

uint32_t trace_append(struct program *p, uint32_t prefix, uint32_t chain)
{
	if (!chain)
		return prefix;
	if (!prefix)
		return chain;
	if (length_of(p, prefix) >= MAX_TRACE)
		return prefix;
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

/* Expands a trace into steps, source first; at most MAX_TRACE steps, the
 * first ones kept (they say where the PI came from). */
static void expand(const struct program *p, uint32_t t, GArray *out, int depth)
{
	/* parent chains are walked iteratively, splices recursively */
	GArray *stack = g_array_new(FALSE, FALSE, sizeof(uint32_t));
	for (; t; t = trace_link_at(p, t)->parent)
		g_array_append_val(stack, t);
	for (unsigned i = stack->len; i-- > 0 && out->len < MAX_TRACE;) {
		struct tnode tmp;	/* a splice's; only steps are kept */
		const struct tnode *n = node_of(p, g_array_index(stack, uint32_t, i), &tmp);
		if (n->message)
			g_array_append_val(out, n);
		else if (depth < 32)
			expand(p, n->sub, out, depth + 1);
	}
	g_array_free(stack, TRUE);
}

/* The first step expand() would give, without expanding the rest. */
static const struct tnode *first_of(const struct program *p, uint32_t t, int depth)
{
	GArray *stack = g_array_new(FALSE, FALSE, sizeof(uint32_t));
	for (; t; t = trace_link_at(p, t)->parent)
		g_array_append_val(stack, t);
	const struct tnode *found = NULL;
	for (unsigned i = stack->len; i-- > 0 && !found;) {
		struct tnode tmp;	/* a splice's; only steps are kept */
		const struct tnode *n = node_of(p, g_array_index(stack, uint32_t, i), &tmp);
		if (n->message)
			found = n;
		else if (depth < 32)
			found = first_of(p, n->sub, depth + 1);
	}
	g_array_free(stack, TRUE);
	return found;
}

const struct tnode *trace_first(const struct program *p, uint32_t tail)
{
	return first_of(p, tail, 0);
}

void trace_to_report(const struct program *p, uint32_t tail, struct trace_step **steps, unsigned *n)
{
	GArray *nodes = g_array_new(FALSE, FALSE, sizeof(const struct tnode *));
	expand(p, tail, nodes, 0);
	*n = nodes->len;
	*steps = g_new0(struct trace_step, nodes->len ? nodes->len : 1);
	for (unsigned i = 0; i < nodes->len; i++) {
		const struct tnode *node = g_array_index(nodes, const struct tnode *, i);
		struct trace_step *s = &(*steps)[i];
		s->loc.file = g_strdup(node->loc.file);
		s->loc.line = node->loc.line;
		s->loc.col = node->loc.col;
		s->function = g_strdup(node->function);
		s->message = g_strdup(node->message);
	}
	g_array_free(nodes, TRUE);
}

const struct tnode *trace_find_control(const struct program *p, uint32_t tail)
{
	GArray *nodes = g_array_new(FALSE, FALSE, sizeof(const struct tnode *));
	expand(p, tail, nodes, 0);
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
	expand(p, tail, nodes, 0);
	for (unsigned i = 0; i < nodes->len; i++) {
		const struct tnode *node = g_array_index(nodes, const struct tnode *, i);
		if (node->back && node->function && function && !strcmp(node->function, function))
			g_array_append_val(locs, node->loc);
	}
	g_array_free(nodes, TRUE);
}
