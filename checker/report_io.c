/* SPDX-License-Identifier: Apache-2.0 */
/* report_io.c - the engine's results as bytes (report_io.h). */
#include <limits.h>
#include <string.h>

#include "report_io.h"
#include "wire.h"

static const char magic[14] = "PITRACE-REPORT";

static void put_loc(GByteArray *b, const struct report_loc *l)
{
	wire_put_string(b, l->file);
	wire_put_uint(b, l->line);
	wire_put_uint(b, l->col);
}

static void put_steps(GByteArray *b, const struct trace_step *s, unsigned n)
{
	wire_put_uint(b, n);
	for (unsigned i = 0; i < n; i++) {
		put_loc(b, &s[i].loc);
		wire_put_string(b, s[i].function);
		wire_put_string(b, s[i].message);
	}
}

void report_io_write(const struct report *rep, GByteArray *b)
{
	g_byte_array_append(b, (const guint8 *)magic, sizeof magic);
	wire_put_uint(b, REPORT_IO_VERSION);
	wire_put_uint(b, rep->findings->len);
	for (unsigned i = 0; i < rep->findings->len; i++) {
		const struct finding *f = rep->findings->pdata[i];
		wire_put_uint(b, f->rule);
		wire_put_uint(b, f->level);
		put_loc(b, &f->loc);
		wire_put_string(b, f->function);
		wire_put_string(b, f->callee);
		wire_put_string(b, f->message);
		wire_put_uint(b, f->categories);
		wire_put_int(b, f->sink);
		wire_put_string(b, f->sink_function);
		wire_put_string(b, f->source);
		wire_put_string(b, f->recipients);
		put_steps(b, f->steps, f->nsteps);
		wire_put_uint(b, f->nrelated);
		for (unsigned k = 0; k < f->nrelated; k++)
			put_loc(b, &f->related[k]);
		wire_put_string(b, f->fingerprint);
		wire_put_uint(b, f->suppression.suppressed);
		wire_put_string(b, f->suppression.reason);
		put_loc(b, &f->suppression.loc);
		wire_put_uint(b, f->baselined);
	}
	wire_put_uint(b, rep->protected_flows->len);
	for (unsigned i = 0; i < rep->protected_flows->len; i++) {
		const struct protected_flow *p = rep->protected_flows->pdata[i];
		put_loc(b, &p->loc);
		wire_put_string(b, p->function);
		wire_put_string(b, p->callee);
		wire_put_uint(b, p->categories);
		wire_put_int(b, p->sink);
		wire_put_uint(b, p->protections);
		wire_put_string(b, p->control);
		wire_put_uint(b, p->unverified);
		put_loc(b, &p->control_loc);
		wire_put_string(b, p->source);
		put_steps(b, p->steps, p->nsteps);
		wire_put_uint(b, p->nrelated);
		for (unsigned k = 0; k < p->nrelated; k++)
			put_loc(b, &p->related[k]);
	}
	wire_put_uint(b, rep->inventory->len);
	for (unsigned i = 0; i < rep->inventory->len; i++) {
		const struct inventory_item *it = rep->inventory->pdata[i];
		wire_put_uint(b, it->kind);
		wire_put_string(b, it->name);
		wire_put_string(b, it->scope);
		wire_put_uint(b, it->categories);
		put_loc(b, &it->loc);
		wire_put_uint(b, it->origin);
		wire_put_string(b, it->rule_id);
	}
	wire_put_uint(b, rep->problems->len);
	for (unsigned i = 0; i < rep->problems->len; i++) {
		const struct run_problem *pr = rep->problems->pdata[i];
		wire_put_uint(b, (unsigned)pr->fatal | (unsigned)pr->partial << 1);
		put_loc(b, &pr->loc);
		wire_put_string(b, pr->message);
	}
}

static unsigned get_unsigned(struct wire_reader *r)
{
	return (unsigned)wire_get_uint_max(r, UINT_MAX, "a number is out of range");
}

static void get_loc(struct wire_reader *r, struct report_loc *l)
{
	l->file = wire_get_string(r);
	l->line = get_unsigned(r);
	l->col = get_unsigned(r);
}

static struct trace_step *get_steps(struct wire_reader *r, unsigned *n)
{
	/* loc (3) + function (1) + message (1) */
	*n = wire_get_count(r, 5, "a trace's length is out of range");
	if (!*n)
		return NULL;
	struct trace_step *s = g_new0(struct trace_step, *n);
	for (unsigned i = 0; i < *n; i++) {
		get_loc(r, &s[i].loc);
		s[i].function = wire_get_string(r);
		s[i].message = wire_get_string(r);
	}
	return s;
}

static int get_sink(struct wire_reader *r)
{
	int64_t v = wire_get_int(r);
	if (v < -1 || v >= SINK_KIND_COUNT)
		wire_fail(r, "a sink kind is out of range");
	return (int)v;
}

bool report_io_read(struct report *rep, const void *data, size_t len, char **error)
{
	struct wire_reader r;
	wire_reader_init(&r, data, len);
	if (wire_expect(&r, magic, sizeof magic, "not a pitrace result (bad magic)") &&
	    wire_get_uint(&r) != REPORT_IO_VERSION)
		wire_fail(&r, "another encoding version");
	unsigned n = wire_get_count(&r, 20, "the finding count is out of range");
	for (unsigned i = 0; i < n && !wire_failed(&r); i++) {
		struct finding *f = report_add_finding(rep);
		f->rule = (enum rule_id)wire_get_uint_max(&r, RULE_COUNT - 1, "a rule is out of range");
		f->level = (enum level)wire_get_uint_max(&r, LEVEL_ERROR, "a level is out of range");
		get_loc(&r, &f->loc);
		f->function = wire_get_string(&r);
		f->callee = wire_get_string(&r);
		f->message = wire_get_string(&r);
		f->categories = get_unsigned(&r);
		f->sink = get_sink(&r);
		f->sink_function = wire_get_string(&r);
		f->source = wire_get_string(&r);
		f->recipients = wire_get_string(&r);
		f->steps = get_steps(&r, &f->nsteps);
		f->nrelated = wire_get_count(&r, 3, "a finding's route count is out of range");
		if (f->nrelated)
			f->related = g_new0(struct report_loc, f->nrelated);
		for (unsigned k = 0; k < f->nrelated && !wire_failed(&r); k++)
			get_loc(&r, &f->related[k]);
		f->fingerprint = wire_get_string(&r);
		f->suppression.suppressed = wire_get_uint_max(&r, 1, "a flag is out of range");
		f->suppression.reason = wire_get_string(&r);
		get_loc(&r, &f->suppression.loc);
		f->baselined = wire_get_uint_max(&r, 1, "a flag is out of range");
		if (!f->message)
			wire_fail(&r, "a finding has no message");
	}
	n = wire_get_count(&r, 14, "the protected flow count is out of range");
	for (unsigned i = 0; i < n && !wire_failed(&r); i++) {
		struct protected_flow *p = report_add_protected(rep);
		get_loc(&r, &p->loc);
		p->function = wire_get_string(&r);
		p->callee = wire_get_string(&r);
		p->categories = get_unsigned(&r);
		p->sink = get_sink(&r);
		if (p->sink < 0)
			wire_fail(&r, "a protected flow has no sink");
		p->protections = get_unsigned(&r);
		p->control = wire_get_string(&r);
		p->unverified = wire_get_uint_max(&r, 1, "a protected flow's verified mark is out of range");
		get_loc(&r, &p->control_loc);
		p->source = wire_get_string(&r);
		p->steps = get_steps(&r, &p->nsteps);
		p->nrelated = wire_get_count(&r, 3, "a protected flow's route count is out of range");
		if (p->nrelated)
			p->related = g_new0(struct report_loc, p->nrelated);
		for (unsigned k = 0; k < p->nrelated && !wire_failed(&r); k++)
			get_loc(&r, &p->related[k]);
	}
	n = wire_get_count(&r, 9, "the inventory count is out of range");
	for (unsigned i = 0; i < n && !wire_failed(&r); i++) {
		struct inventory_item *it = report_add_inventory(rep);
		it->kind = (enum inventory_kind)wire_get_uint_max(&r, INV_FUNCTION,
								  "an inventory kind is out of range");
		it->name = wire_get_string(&r);
		it->scope = wire_get_string(&r);
		it->categories = get_unsigned(&r);
		get_loc(&r, &it->loc);
		it->origin = (enum tag_origin)wire_get_uint_max(&r, TAG_HEURISTIC,
								"a tag origin is out of range");
		it->rule_id = wire_get_string(&r);
		if (!it->name)
			wire_fail(&r, "an inventory item has no name");
	}
	n = wire_get_count(&r, 5, "the problem count is out of range");
	for (unsigned i = 0; i < n && !wire_failed(&r); i++) {
		unsigned flags = (unsigned)wire_get_uint_max(&r, 3, "a flag is out of range");
		bool fatal = flags & 1;
		struct report_loc loc;
		get_loc(&r, &loc);
		char *msg = wire_get_string(&r);
		if (!wire_failed(&r) && msg) {
			report_add_problem(rep, fatal, loc.file, loc.line, "%s", msg);
			struct run_problem *pr = rep->problems->pdata[rep->problems->len - 1];
			pr->loc.col = loc.col;
			pr->partial = (flags & 2) != 0;
		} else {
			wire_fail(&r, "a problem has no message");
		}
		g_free(loc.file);
		g_free(msg);
	}
	if (!wire_failed(&r) && !wire_at_end(&r))
		wire_fail(&r, "bytes left over");
	if (wire_failed(&r)) {
		*error = g_strdup_printf("result: %s (at byte %zu of %zu)", r.error, wire_offset(&r, data), len);
		return false;
	}
	return true;
}
