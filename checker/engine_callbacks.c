/* SPDX-License-Identifier: Apache-2.0 */
/* engine_callbacks.c - a library function that keeps a program function
 * and calls it back later: libevent's event_set(&ev, fd, events, handler,
 * arg) makes the event loop call handler(fd, events, arg) when the socket
 * is ready; pthread_create runs its start routine. The program has no call
 * of the handler, so without a model its sinks are reached from nowhere:
 * opensmtpd queues a reply in an io buffer, and only the handler that
 * event_set registered writes that buffer to the socket.
 *
 * A rule file's "callbacks" entry says which argument is the handler and
 * which arguments it is called with. Before the call graph is built, each
 * such registration in the IR becomes "call the handler, then register":
 * `(handler(fd, events, arg), event_set(&ev, fd, events, handler, arg))`.
 * Everything else follows from the one call interpreter: the call graph
 * has the edge, summaries carry the handler's sinks to whoever filled the
 * buffer, and a handler passed in by a caller (opensmtpd's io_reset takes
 * it as a parameter) is resolved for that caller like any call through a
 * parameter. What the handler sees is the state at registration, as if
 * the event fired at once: flow-insensitive in time, like the global
 * store. The call contributes only the handler's sinks: what the handler
 * writes into memory or returns happens later, when the event comes, and
 * a handler that reads input (opensmtpd's io_dispatch serves both
 * directions) would otherwise copy what is queued for output into every
 * session object its callbacks touch. The registration keeps its own
 * meaning (it is still modelled by whatever else the rule files say of
 * it). */
#include <string.h>

#include "engine_int.h"

/* "void (*)(int, short, void *)" -> "void (int, short, void *)": the
 * function type an indirect call names (frontend_expr.c, call()). */
static const char *pointee_fn_type(struct ir_tu *tu, const char *type)
{
	const char *star = type ? strstr(type, "(*)") : NULL;
	if (!star)
		return type;
	GString *s = g_string_new_len(type, star - type);
	const char *rest = star + 3;
	if (s->len && s->str[s->len - 1] == ' ' && *rest == '(')
		g_string_truncate(s, s->len - 1);
	g_string_append_c(s, ' ');
	g_string_append(s, rest);
	const char *out = ir_intern(tu, s->str);
	g_string_free(s, TRUE);
	return out;
}

/* The call a registration will make, or NULL when its handler is not a
 * function (a null pointer, a number) or an argument is missing. */
static struct ir_expr *handler_call(struct ir_tu *tu, const struct ir_expr *reg, const struct rule_callback *cb)
{
	unsigned nargs = reg->nkids ? reg->nkids - 1 : 0;
	if ((unsigned)cb->handler >= nargs)
		return NULL;
	for (unsigned i = 0; i < cb->nargs; i++)
		if ((unsigned)cb->args[i] >= nargs)
			return NULL;
	struct ir_expr *h = reg->kids[cb->handler + 1];
	/* the engine's own TU: its nodes may be shared by the new call */
	struct ir_expr *target = (struct ir_expr *)ir_strip_casts(h);
	if (target->kind == IR_E_NUMBER || target->kind == IR_E_STRING)
		return NULL;
	struct ir_expr *call = ir_expr_new(tu, IR_E_CALL, reg->loc);
	call->type = ir_intern(tu, "void");
	call->type_flags = IR_TF_KNOWN | IR_TF_VOID;
	call->callback = true;
	if (target->kind == IR_E_FUNC) {
		call->name = target->name;
		call->ident = target->ident;
		call->text = target->type;
		ir_expr_add_kid(tu, call, target);
	} else {
		call->text = pointee_fn_type(tu, h->type);
		ir_expr_add_kid(tu, call, h);
	}
	for (unsigned i = 0; i < cb->nargs; i++)
		ir_expr_add_kid(tu, call, reg->kids[cb->args[i] + 1]);
	return call;
}

static struct ir_expr *expand(struct ir_tu *tu, const struct rules *rules, struct ir_expr *e, unsigned *made)
{
	if (!e)
		return NULL;
	for (unsigned i = 0; i < e->nkids; i++)
		e->kids[i] = expand(tu, rules, e->kids[i], made);
	if (e->kind != IR_E_CALL || !e->name)
		return e;
	const struct rule_function *rf = rules_function(rules, e->name);
	if (!rf || !rf->callbacks || !*rf->callbacks)
		return e;
	struct ir_expr *out = e;
	for (const struct rule_callback **cb = rf->callbacks; *cb; cb++) {
		struct ir_expr *call = handler_call(tu, e, *cb);
		if (!call)
			continue;
		/* the comma's value is the registration's */
		struct ir_expr *comma = ir_expr_new(tu, IR_E_COMMA, e->loc);
		comma->type = e->type;
		comma->type_flags = e->type_flags;
		comma->record = e->record;
		ir_expr_add_kid(tu, comma, call);
		ir_expr_add_kid(tu, comma, out);
		out = comma;
		(*made)++;
	}
	return out;
}

unsigned callbacks_expand(struct program *p)
{
	unsigned made = 0;
	for (unsigned t = 0; t < p->tus->len; t++) {
		/* the engine's TUs are its own from here on; the IR was written
		 * to the cache before, so the expansion is never stored */
		struct ir_tu *tu = p->tus->pdata[t];
		if (tu->callbacks_expanded)
			continue;
		tu->callbacks_expanded = true;
		for (unsigned f = 0; f < tu->funcs->len; f++) {
			struct ir_func *fn = tu->funcs->pdata[f];
			for (unsigned b = 0; b < fn->nblocks; b++) {
				struct ir_block *bl = &fn->blocks[b];
				for (unsigned s = 0; s < bl->nstmts; s++)
					bl->stmts[s].e = expand(tu, p->rules, bl->stmts[s].e, &made);
				bl->cond = expand(tu, p->rules, bl->cond, &made);
			}
		}
	}
	return made;
}
