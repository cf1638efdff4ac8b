/* SPDX-License-Identifier: Apache-2.0 */
/* engine_handles.c - what kind of descriptor or stream a record's field
 * holds, by the program's own assignments. A stream kept in a field is
 * decided where it was opened, and the engine follows that through
 * summaries when the object travels from the opener to the writer. It
 * often does not: opensmtpd's io layer connects a socket in io_connect
 * (`io->sock = sock`, sock from socket()), and the event loop hands the
 * io object to the writer through a `void *` callback argument, so the
 * write in iobuf_write has no caller that knows `io->sock`; gammu keeps the
 * serial line it configured with tcsetattr() in `d->hPhone`.
 *
 * Before the analysis, every assignment `x->f = E` (or `x.f = E`) is
 * read, where E is a call of a function a rule file says makes a handle
 * (socket, accept, open, fopen...), or a local variable that such a call
 * is assigned to in the same function; and so is a call that marks its
 * argument (tcsetattr(d->hPhone, ...) makes it a device). The kinds seen
 * for `record.field` are what the field holds. A sink whose stream the
 * analysis leaves undecided to the end, and that reads it from such a
 * field, takes those kinds instead of the default (storage): a socket
 * field is network, a field ever configured as a terminal is a device
 * and no sink at all. A field also assigned from a parameter (`io->sock =
 * fd` in io_set_fd) may hold a descriptor of unknown origin too, and so
 * stands for the sink's default as well (CONTRACT 3: where it may be
 * either, both rules apply); one assigned only from parameters (postfix's
 * VSTREAM.fd, set by vstream_fdopen(fd)) keeps the default alone. */
#include <string.h>

#include "engine_int.h"

static char *field_key(const char *record, const char *field)
{
	return g_strconcat(record, "\x1f", field, NULL);
}

static bool literal_ends(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && !strcmp(s + n - m, suffix);
}

unsigned handle_path_kinds(const char *path, unsigned kinds)
{
	if (literal_ends(path, ".log") || g_str_has_prefix(path, "/var/log/") || !strcmp(path, "/dev/stdout") ||
	    !strcmp(path, "/dev/stderr"))
		return 1u << SINK_LOG;
	if (g_str_has_prefix(path, "/dev/"))
		return HANDLE_DEVICE;	/* a terminal, a serial port, a modem */
	return kinds;
}

bool handle_cond_holds(const struct ir_expr *call, const struct rule_cond *cond)
{
	if (cond->arg < 0 || !cond->equals)
		return true;
	if ((unsigned)cond->arg + 1 >= call->nkids)
		return false;
	const struct ir_expr *a = ir_strip_casts(call->kids[cond->arg + 1]);
	if (a->kind != IR_E_NUMBER)
		return false;
	/* an enumerator by name; a macro's number (AF_BLUETOOTH is 31) by
	 * its value, as the rule spells it in decimal */
	char value[24];
	g_snprintf(value, sizeof value, "%lld", a->value);
	for (char **q = cond->equals; *q; q++)
		if ((a->name && !strcmp(*q, a->name)) || !strcmp(*q, value))
			return true;
	return false;
}

/* The kinds a handle rule gives at this call (as apply_handle does, from
 * what the IR says of its arguments). */
static unsigned handle_kinds(const struct ir_expr *call, const struct rule_handle *h)
{
	unsigned kinds = h->device ? HANDLE_DEVICE : 1u << h->kind;
	if (h->path_arg >= 0 && (unsigned)h->path_arg + 1 < call->nkids) {
		const struct ir_expr *a = ir_strip_casts(call->kids[h->path_arg + 1]);
		if (a->kind == IR_E_STRING && a->text)
			kinds = handle_path_kinds(a->text, kinds);
	}
	if (h->url_arg >= 0)
		kinds = (1u << SINK_NETWORK) | (1u << SINK_NETWORK_TLS);
	return kinds;
}

/* The kinds of handle a call returns, or gives its argument arg (-1 for
 * the return). */
static unsigned call_kinds(struct program *p, const struct ir_expr *call, int arg)
{
	if (!call || call->kind != IR_E_CALL || !call->name)
		return 0;
	const struct rule_function *rf = rules_function(p->rules, call->name);
	if (!rf || !rf->handles)
		return 0;
	/* a handle whose condition holds (socket(AF_BLUETOOTH, ...) is a
	 * device) stands instead of the unconditional ones, as at a call */
	bool specific = false;
	for (const struct rule_handle **h = rf->handles; *h; h++)
		specific = specific || ((*h)->cond.arg >= 0 && handle_cond_holds(call, &(*h)->cond));
	unsigned kinds = 0;
	for (const struct rule_handle **h = rf->handles; *h; h++) {
		bool here = arg < 0 ? (*h)->target.kind == TARGET_RETURN
				    : (*h)->target.kind != TARGET_RETURN && (*h)->target.arg == arg;
		if (here && handle_cond_holds(call, &(*h)->cond) && (!specific || (*h)->cond.arg >= 0))
			kinds |= handle_kinds(call, *h);
	}
	return kinds;
}

struct scan {
	struct program *p;
	unsigned *var_kinds;	/* per local: handles assigned to it */
	GPtrArray *field_stores;	/* IR_E_ASSIGN with a field on the left */
};

static void note(struct program *p, const char *record, const char *field, unsigned kinds)
{
	if (!kinds || !record || !field)
		return;
	char *key = field_key(record, field);
	unsigned old = GPOINTER_TO_UINT(g_hash_table_lookup(p->field_handles, key));
	g_hash_table_replace(p->field_handles, key, GUINT_TO_POINTER(old | kinds));
}

static void scan_expr(struct scan *s, const struct ir_expr *e)
{
	if (!e)
		return;
	if (e->kind == IR_E_ASSIGN && e->op == IR_OP_NONE && e->nkids == 2) {
		const struct ir_expr *lhs = ir_strip_casts(e->kids[0]), *rhs = ir_strip_casts(e->kids[1]);
		if (lhs->kind == IR_E_VAR && lhs->var >= 0)
			s->var_kinds[lhs->var] |= call_kinds(s->p, rhs, -1);
		else if (lhs->kind == IR_E_FIELD)
			g_ptr_array_add(s->field_stores, (gpointer)e);
	}
	/* tcsetattr(d->hPhone, ...): a call that marks its argument */
	if (e->kind == IR_E_CALL && e->name)
		for (unsigned i = 1; i < e->nkids; i++) {
			const struct ir_expr *a = ir_strip_casts(e->kids[i]);
			if (a->kind == IR_E_ADDR && a->nkids)	/* ldap_initialize(&d->ld, uri): the field */
				a = ir_strip_casts(a->kids[0]);
			if (a->kind == IR_E_FIELD)
				note(s->p, a->field_record, a->name, call_kinds(s->p, e, (int)i - 1));
			else if (a->kind == IR_E_VAR && a->var >= 0)
				s->var_kinds[a->var] |= call_kinds(s->p, e, (int)i - 1);
		}
	for (unsigned i = 0; i < e->nkids; i++)
		scan_expr(s, e->kids[i]);
}

void handles_collect(struct program *p)
{
	p->field_handles = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		const struct ir_func *fn = ((const struct fn_info *)p->fn_list->pdata[i])->fn;
		struct scan s = {
			.p = p,
			.var_kinds = g_new0(unsigned, fn->nvars ? fn->nvars : 1),
			.field_stores = g_ptr_array_new(),
		};
		for (unsigned b = 0; b < fn->nblocks; b++) {
			const struct ir_block *bl = &fn->blocks[b];
			for (unsigned k = 0; k < bl->nstmts; k++)
				scan_expr(&s, bl->stmts[k].e);
			scan_expr(&s, bl->cond);
		}
		/* the locals' kinds are known for the whole function now:
		 * `sock = socket(...); ...; io->sock = sock` */
		for (unsigned k = 0; k < s.field_stores->len; k++) {
			const struct ir_expr *e = s.field_stores->pdata[k];
			const struct ir_expr *lhs = ir_strip_casts(e->kids[0]), *rhs = ir_strip_casts(e->kids[1]);
			unsigned kinds = rhs->kind == IR_E_VAR && rhs->var >= 0 ? s.var_kinds[rhs->var]
										: call_kinds(p, rhs, -1);
			/* `io->sock = fd` in io_set_fd(io, fd): whatever callers
			 * pass, of unknown origin */
			if (!kinds && rhs->kind == IR_E_VAR && rhs->var >= 0 && fn->vars[rhs->var].kind == IR_VAR_PARAM)
				kinds = HANDLE_OUTSIDE;
			note(p, lhs->field_record, lhs->name, kinds);
		}
		g_ptr_array_free(s.field_stores, TRUE);
		g_free(s.var_kinds);
	}
}

unsigned handles_of_field(const struct program *p, const char *record, const char *field)
{
	if (!p->field_handles || !record || !field)
		return 0;
	char *key = field_key(record, field);
	unsigned kinds = GPOINTER_TO_UINT(g_hash_table_lookup(p->field_handles, key));
	g_free(key);
	/* a field ever configured as a terminal is a serial line or a
	 * modem, whatever open() said of the path (CONTRACT 3: devices are
	 * not sinks) */
	if (kinds & HANDLE_DEVICE)
		kinds &= ~(1u << SINK_STORAGE);
	/* only from outside: nothing the default does not say */
	if (kinds == HANDLE_OUTSIDE)
		kinds = 0;
	return kinds;
}

void handles_free(struct program *p)
{
	if (p->field_handles)
		g_hash_table_destroy(p->field_handles);
	p->field_handles = NULL;
}
