/* engine_trace.c - the trace store. Steps are nodes with a parent link,
 * appended and never changed, so a fact's trace is one number and two
 * facts share their common beginning. Joining a caller's trace with a
 * callee's (whose chain was built when the callee was analysed) copies the
 * callee's steps under the caller's. */
#include <stdarg.h>

#include "engine_int.h"

uint32_t trace_step(struct program *p, uint32_t parent, struct ir_loc loc, const char *function,
		    const char *fmt, ...)
{
	uint16_t length = parent ? g_array_index(p->tnodes, struct tnode, parent).length : 0;
	if (length >= MAX_TRACE)
		return parent;	/* long enough to show where it went */
	va_list ap;
	va_start(ap, fmt);
	char *msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	struct tnode n = {
		.loc = loc,
		.function = function,
		.message = prog_intern(p, msg),
		.parent = parent,
		.length = (uint16_t)(length + 1),
	};
	g_free(msg);
	g_array_append_val(p->tnodes, n);
	return p->tnodes->len - 1;
}

uint32_t trace_append(struct program *p, uint32_t prefix, uint32_t chain)
{
	if (!chain)
		return prefix;
	uint32_t ids[MAX_TRACE];
	unsigned n = 0;
	for (uint32_t t = chain; t && n < MAX_TRACE; t = g_array_index(p->tnodes, struct tnode, t).parent)
		ids[n++] = t;
	uint32_t tail = prefix;
	while (n--) {
		struct tnode c = g_array_index(p->tnodes, struct tnode, ids[n]);
		uint16_t length = tail ? g_array_index(p->tnodes, struct tnode, tail).length : 0;
		if (length >= MAX_TRACE)
			break;
		c.parent = tail;
		c.length = (uint16_t)(length + 1);
		g_array_append_val(p->tnodes, c);
		tail = p->tnodes->len - 1;
	}
	return tail;
}

void trace_to_report(const struct program *p, uint32_t tail, struct trace_step **steps, unsigned *n)
{
	unsigned count = 0;
	for (uint32_t t = tail; t; t = g_array_index(p->tnodes, struct tnode, t).parent)
		count++;
	*steps = g_new0(struct trace_step, count ? count : 1);
	*n = count;
	unsigned i = count;
	for (uint32_t t = tail; t; t = g_array_index(p->tnodes, struct tnode, t).parent) {
		const struct tnode *node = &g_array_index(p->tnodes, struct tnode, t);
		struct trace_step *s = &(*steps)[--i];
		s->loc.file = g_strdup(node->loc.file);
		s->loc.line = node->loc.line;
		s->loc.col = node->loc.col;
		s->function = g_strdup(node->function);
		s->message = g_strdup(node->message);
	}
}
