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
 * and no sink at all. A field assigned from a parameter (`io->sock = fd`
 * in io_set_fd) holds what the function's callers pass it; where one of
 * them passes a descriptor of unknown origin (or the function is a
 * callback), it stands for the sink's default as well (CONTRACT 3: where
 * it may be either, both rules apply), and one that only such callers
 * give (postfix's VSTREAM.fd, set by vstream_fdopen(fd)) keeps the
 * default alone.
 *
 * One record type often serves several owners: opensmtpd's `struct io`
 * is the relay's socket in mta_session (io_connect), the MDA's pipe in
 * mda (io_set_fd with a descriptor received over imsg) and a filter's
 * socketpair in lka_filter, so `io.sock` stands for network and storage
 * at every write. What an owner's field gets is told apart too: a
 * *setter* is a function that stores into a field of what its parameter
 * points to (io_connect: `io->sock = sock`; io_set_fd: `io->sock = fd`,
 * from its other parameter), or passes that parameter to a setter; a
 * call of a setter on an owner's field (`io_connect(s->io, ...)`,
 * `io_set_fd(s->io, imsg->fd)`), or a store through one
 * (`s->io->sock = fd`), notes what `mta_session.io`'s `io.sock` holds: a
 * handle, or a descriptor of unknown origin (a parameter, a field, a
 * call no rule knows). A sink row whose stream is `*.sock` of an
 * argument that is such an owner's field then takes the owner's kinds
 * (engine_call.c). An owner no setter call names keeps the record's, and
 * so does one whose field is given an object made elsewhere. */
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
	/* a terminal, a serial port, a modem; and the kernel's own files
	 * (redis writes its OOM score to /proc/self/oom_score_adj), which
	 * store nothing and send nothing anywhere */
	if (g_str_has_prefix(path, "/dev/") || g_str_has_prefix(path, "/proc/") || g_str_has_prefix(path, "/sys/"))
		return HANDLE_DEVICE;
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
	GPtrArray *calls;	/* IR_E_CALL by name */
	GHashTable *named;	/* identities of functions used as values */
};

/* A setter's store: what its parameter param points to gets, at
 * record.field, kinds, or what its parameter from_param holds. */
struct field_set {
	int param;
	const char *record, *field;
	unsigned kinds;
	int from_param;		/* -1: kinds */
};

/* Per function of the program, in fn_list order. */
struct setter_scan {
	const struct fn_info *fi;
	GArray *sets;		/* struct field_set */
	GPtrArray *calls;	/* const struct ir_expr *: its calls by name */
	GPtrArray *field_stores;
	unsigned *var_kinds;
	unsigned *param_kinds;	/* what its callers pass each parameter */
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
	if (e->kind == IR_E_CALL && e->ident)
		g_ptr_array_add(s->calls, (gpointer)e);
	if (e->kind == IR_E_FUNC && e->ident)
		g_hash_table_add(s->named, (gpointer)e->ident);
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
	/* the callee of a direct call is not a function used as a value */
	unsigned first = e->kind == IR_E_CALL && e->nkids && e->kids[0]->kind == IR_E_FUNC ? 1 : 0;
	for (unsigned i = first; i < e->nkids; i++)
		scan_expr(s, e->kids[i]);
}

/* The kinds of a global a rule file says is a handle (stdout). */
static unsigned global_kinds(struct program *p, const struct ir_expr *e)
{
	const struct rule_handle *h = e->name ? rules_global_handle(p->rules, e->name) : NULL;
	return !h ? 0 : h->device ? HANDLE_DEVICE : 1u << h->kind;
}

/* -1, NULL, 0: no descriptor at all */
static bool constant(const struct ir_expr *e)
{
	switch (e->kind) {
	case IR_E_NUMBER:
	case IR_E_SIZEOF:
		return true;
	case IR_E_UNARY:
	case IR_E_BINARY:
	case IR_E_CAST:
		for (unsigned i = 0; i < e->nkids; i++)
			if (!constant(e->kids[i]))
				return false;
		return e->nkids > 0;
	default:
		return false;
	}
}

/* What a value stored as a descriptor or stream holds, for an owner's
 * field: a handle, nothing (a constant: -1 on close), or one of unknown
 * origin. */
static unsigned value_kinds(struct program *p, const struct setter_scan *ss, const struct ir_func *fn,
			    const struct ir_expr *e)
{
	e = ir_strip_casts(e);
	if (constant(e))
		return 0;
	int param = ir_param_of(fn, e);
	if (param >= 0)
		return ss->param_kinds && (unsigned)param < fn->nparams && ss->param_kinds[param]
			       ? ss->param_kinds[param]
			       : HANDLE_OUTSIDE;
	unsigned kinds = e->kind == IR_E_VAR && e->var >= 0 ? ss->var_kinds[e->var] : call_kinds(p, e, -1);
	if (!kinds && e->kind == IR_E_FIELD)
		kinds = handles_of_field(p, e->field_record, e->name);
	if (!kinds && e->kind == IR_E_GLOBAL)
		kinds = global_kinds(p, e);
	return kinds ? kinds : HANDLE_OUTSIDE;
}

static bool add_set(GArray *sets, const struct field_set *n)
{
	for (unsigned i = 0; i < sets->len; i++) {
		struct field_set *o = &g_array_index(sets, struct field_set, i);
		if (o->param == n->param && o->from_param == n->from_param && !g_strcmp0(o->record, n->record) &&
		    !g_strcmp0(o->field, n->field)) {
			unsigned k = o->kinds | n->kinds;
			bool grew = k != o->kinds;
			o->kinds = k;
			return grew;
		}
	}
	g_array_append_val(sets, *n);
	return true;
}

static void note_owned(struct program *p, const struct ir_expr *owner, const char *record, const char *field,
		       unsigned kinds)
{
	if (!kinds || !owner->field_record || !owner->name || !record || !field)
		return;
	char *key = g_strjoin("\x1f", owner->field_record, owner->name, record, field, NULL);
	unsigned old = GPOINTER_TO_UINT(g_hash_table_lookup(p->owned_handles, key));
	g_hash_table_replace(p->owned_handles, key, GUINT_TO_POINTER(old | kinds));
}

static struct setter_scan *setter_of(struct program *p, GHashTable *by_fn, const struct ir_expr *call)
{
	const struct fn_info *fi = call->ident ? g_hash_table_lookup(p->fns, call->ident) : NULL;
	return fi ? g_hash_table_lookup(by_fn, fi) : NULL;
}

/* Argument i of a call, or NULL past its last. */
static const struct ir_expr *call_arg(const struct ir_expr *call, int i)
{
	return i >= 0 && (unsigned)i + 1 < call->nkids ? call->kids[i + 1] : NULL;
}

/* The setters (see the top), to a fixed point: io_reset(io) calling
 * io_set_fd(io, fd) is one too. */
static void find_setters(struct program *p, struct setter_scan *scans, GHashTable *by_fn)
{
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		const struct ir_func *fn = ((const struct fn_info *)p->fn_list->pdata[i])->fn;
		struct setter_scan *ss = &scans[i];
		for (unsigned k = 0; k < ss->field_stores->len; k++) {
			const struct ir_expr *e = ss->field_stores->pdata[k];
			const struct ir_expr *lhs = ir_strip_casts(e->kids[0]);
			int param = lhs->arrow && lhs->nkids ? ir_param_of(fn, lhs->kids[0]) : -1;
			if (param < 0 || !lhs->field_record)
				continue;
			int from = ir_param_of(fn, e->kids[1]);
			struct field_set n = {
				.param = param,
				.record = lhs->field_record,
				.field = lhs->name,
				.kinds = from >= 0 ? 0 : value_kinds(p, ss, fn, e->kids[1]),
				.from_param = from,
			};
			if (n.kinds || n.from_param >= 0)
				add_set(ss->sets, &n);
		}
	}
	bool changed = true;
	for (unsigned round = 0; changed && round < 8; round++) {
		changed = false;
		for (unsigned i = 0; i < p->fn_list->len; i++) {
			const struct ir_func *fn = ((const struct fn_info *)p->fn_list->pdata[i])->fn;
			struct setter_scan *ss = &scans[i];
			for (unsigned k = 0; k < ss->calls->len; k++) {
				const struct ir_expr *call = ss->calls->pdata[k];
				const struct setter_scan *callee = setter_of(p, by_fn, call);
				if (!callee || callee == ss)
					continue;
				for (unsigned j = 0; j < callee->sets->len; j++) {
					struct field_set c = g_array_index(callee->sets, struct field_set, j);
					const struct ir_expr *target = call_arg(call, c.param);
					int param = target ? ir_param_of(fn, target) : -1;
					if (param < 0)
						continue;
					struct field_set n = { .param = param, .record = c.record, .field = c.field,
							       .kinds = c.kinds, .from_param = -1 };
					if (c.from_param >= 0) {
						const struct ir_expr *a = call_arg(call, c.from_param);
						if (!a)
							continue;
						n.from_param = ir_param_of(fn, a);
						n.kinds = n.from_param >= 0 ? 0 : value_kinds(p, ss, fn, a);
					}
					if ((n.kinds || n.from_param >= 0) && add_set(ss->sets, &n))
						changed = true;
				}
			}
		}
	}
}

/* What the callers pass each parameter, to a fixed point through the
 * callers' own parameters (smtp_session(l, sock) gets accept()'s socket
 * from smtp_accept through smtp_accepted). A function named as a value
 * (a callback) or called by nobody gets descriptors of unknown origin. */
static void find_param_kinds(struct program *p, struct setter_scan *scans, GHashTable *by_fn, GHashTable *named)
{
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		const struct fn_info *fi = p->fn_list->pdata[i];
		g_free(scans[i].param_kinds);
		scans[i].param_kinds = g_new0(unsigned, fi->fn->nparams ? fi->fn->nparams : 1);
		if (!fi->has_callers || g_hash_table_contains(named, fi->fn->ident))
			for (unsigned j = 0; j < fi->fn->nparams; j++)
				scans[i].param_kinds[j] = HANDLE_OUTSIDE;
	}
	bool changed = true;
	for (unsigned round = 0; changed && round < 8; round++) {
		changed = false;
		for (unsigned i = 0; i < p->fn_list->len; i++) {
			const struct ir_func *fn = ((const struct fn_info *)p->fn_list->pdata[i])->fn;
			struct setter_scan *ss = &scans[i];
			for (unsigned k = 0; k < ss->calls->len; k++) {
				const struct ir_expr *call = ss->calls->pdata[k];
				struct setter_scan *callee = setter_of(p, by_fn, call);
				if (!callee)
					continue;
				for (unsigned j = 0; j < callee->fi->fn->nparams && j + 1 < call->nkids; j++) {
					const struct ir_expr *a = ir_strip_casts(call->kids[j + 1]);
					int from = ir_param_of(fn, a);
					unsigned kinds = from >= 0 ? ss->param_kinds[from] : value_kinds(p, ss, fn, a);
					if ((callee->param_kinds[j] | kinds) != callee->param_kinds[j]) {
						callee->param_kinds[j] |= kinds;
						changed = true;
					}
				}
			}
		}
	}
	/* a parameter nothing was learned of is of unknown origin */
	for (unsigned i = 0; i < p->fn_list->len; i++)
		for (unsigned j = 0; j < ((const struct fn_info *)p->fn_list->pdata[i])->fn->nparams; j++)
			if (!scans[i].param_kinds[j])
				scans[i].param_kinds[j] = HANDLE_OUTSIDE;
}

/* A field given a parameter (`session->monitor_cb_arg = arg` in
 * libesmtp's smtp_set_monitorcb, `io->sock = fd` in io_set_fd) holds what
 * the function's callers pass it: `stdout` where every caller passes
 * that, of unknown origin where one passes what nothing here knows, or
 * where the function is a callback or called by nobody. Before, such a
 * field was always of unknown origin, and a monitor callback registered
 * with stdout was storage. Made afresh each round (a field read as an
 * argument is known better in the next one). */
static GHashTable *param_store_kinds(const struct program *p, const struct setter_scan *scans)
{
	GHashTable *t = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		const struct ir_func *fn = ((const struct fn_info *)p->fn_list->pdata[i])->fn;
		const struct setter_scan *ss = &scans[i];
		for (unsigned k = 0; k < ss->field_stores->len; k++) {
			const struct ir_expr *e = ss->field_stores->pdata[k];
			const struct ir_expr *lhs = ir_strip_casts(e->kids[0]), *rhs = ir_strip_casts(e->kids[1]);
			int param = ir_param_of(fn, rhs);
			if (param < 0 || ss->var_kinds[rhs->var] || !lhs->field_record || !lhs->name)
				continue;
			unsigned kinds = (unsigned)param < fn->nparams ? ss->param_kinds[param] : 0;
			char *key = field_key(lhs->field_record, lhs->name);
			unsigned old = GPOINTER_TO_UINT(g_hash_table_lookup(t, key));
			g_hash_table_replace(t, key, GUINT_TO_POINTER(old | (kinds ? kinds : HANDLE_OUTSIDE)));
		}
	}
	return t;
}

/* Adds each field's kinds in from to to's. */
static void kinds_add(GHashTable *to, GHashTable *from)
{
	GHashTableIter it;
	gpointer k, v;
	g_hash_table_iter_init(&it, from);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		unsigned old = GPOINTER_TO_UINT(g_hash_table_lookup(to, k));
		g_hash_table_replace(to, g_strdup(k), GUINT_TO_POINTER(old | GPOINTER_TO_UINT(v)));
	}
}

static GHashTable *kinds_copy(GHashTable *from)
{
	GHashTable *t = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	kinds_add(t, from);
	return t;
}

static bool kinds_equal(GHashTable *a, GHashTable *b)
{
	if (g_hash_table_size(a) != g_hash_table_size(b))
		return false;
	GHashTableIter it;
	gpointer k, v;
	g_hash_table_iter_init(&it, a);
	while (g_hash_table_iter_next(&it, &k, &v))
		if (g_hash_table_lookup(b, k) != v)
			return false;
	return true;
}

/* What the callers pass, and the fields parameters are stored in, to a
 * fixed point (libesmtp's sio_set_monitorcb(conn, cb,
 * session->monitor_cb_arg) passes on a field another setter filled):
 * each round starts from the fields' own kinds. */
static void find_param_fields(struct program *p, struct setter_scan *scans, GHashTable *by_fn, GHashTable *named)
{
	GHashTable *own = kinds_copy(p->field_handles), *prev = NULL;
	for (unsigned round = 0; round < 4; round++) {
		find_param_kinds(p, scans, by_fn, named);
		GHashTable *stores = param_store_kinds(p, scans);
		bool settled = prev && kinds_equal(prev, stores);
		g_hash_table_destroy(p->field_handles);
		p->field_handles = kinds_copy(own);
		kinds_add(p->field_handles, stores);
		if (prev)
			g_hash_table_destroy(prev);
		prev = stores;
		if (settled)
			break;
	}
	if (prev)
		g_hash_table_destroy(prev);
	g_hash_table_destroy(own);
}

static char *owner_key(const struct ir_expr *owner)
{
	return g_strconcat(owner->field_record, "\x1f", owner->name, "\x1f", NULL);
}

/* An owner's field given an object it did not make (`s->io = io` from a
 * parameter, `&s->io` handed out) may point to another owner's object,
 * whose setters were called elsewhere: such an owner keeps the record's
 * kinds. A fresh object from a call (`s->io = io_new()`) or a constant
 * leaves it closed. */
static void note_open_owner(GHashTable *open, const struct ir_expr *owner)
{
	if (owner->kind == IR_E_FIELD && owner->field_record && owner->name)
		g_hash_table_add(open, owner_key(owner));
}

/* An owned entry whose owner (its key up to the second separator) is open. */
static gboolean owner_is_open(gpointer key, gpointer value, gpointer open)
{
	(void)value;
	const char *second = strchr(strchr(key, '\x1f') + 1, '\x1f');
	char *owner = g_strndup(key, (gsize)(second - (const char *)key) + 1);
	gboolean found = g_hash_table_contains(open, owner);
	g_free(owner);
	return found;
}

/* The owners' fields (see the top): setter calls on them, and stores
 * through them; then the open owners are left out. */
static void find_owners(struct program *p, struct setter_scan *scans, GHashTable *by_fn)
{
	GHashTable *open = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		const struct ir_func *fn = ((const struct fn_info *)p->fn_list->pdata[i])->fn;
		struct setter_scan *ss = &scans[i];
		for (unsigned k = 0; k < ss->field_stores->len; k++) {
			const struct ir_expr *e = ss->field_stores->pdata[k];
			const struct ir_expr *lhs = ir_strip_casts(e->kids[0]), *rhs = ir_strip_casts(e->kids[1]);
			if (rhs->kind != IR_E_CALL && !constant(rhs))
				note_open_owner(open, lhs);
			const struct ir_expr *owner = lhs->arrow && lhs->nkids ? ir_strip_casts(lhs->kids[0]) : NULL;
			if (owner && owner->kind == IR_E_FIELD)
				note_owned(p, owner, lhs->field_record, lhs->name, value_kinds(p, ss, fn, e->kids[1]));
		}
		for (unsigned k = 0; k < ss->calls->len; k++) {
			const struct ir_expr *call = ss->calls->pdata[k];
			for (unsigned j = 1; j < call->nkids; j++) {
				const struct ir_expr *a = ir_strip_casts(call->kids[j]);
				if (a->kind == IR_E_ADDR && a->nkids)
					note_open_owner(open, ir_strip_casts(a->kids[0]));
			}
			const struct setter_scan *callee = setter_of(p, by_fn, call);
			for (unsigned j = 0; callee && j < callee->sets->len; j++) {
				const struct field_set *c = &g_array_index(callee->sets, struct field_set, j);
				const struct ir_expr *owner = call_arg(call, c->param);
				owner = owner ? ir_strip_casts(owner) : NULL;
				if (!owner || owner->kind != IR_E_FIELD)
					continue;
				unsigned kinds = c->kinds;
				if (c->from_param >= 0) {
					const struct ir_expr *a = call_arg(call, c->from_param);
					kinds = a ? value_kinds(p, ss, fn, a) : HANDLE_OUTSIDE;
				}
				note_owned(p, owner, c->record, c->field, kinds);
			}
		}
	}
	g_hash_table_foreach_remove(p->owned_handles, owner_is_open, open);
	g_hash_table_destroy(open);
}

void handles_collect(struct program *p)
{
	p->field_handles = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	p->owned_handles = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	struct setter_scan *scans = g_new0(struct setter_scan, p->fn_list->len ? p->fn_list->len : 1);
	GHashTable *named = g_hash_table_new(g_str_hash, g_str_equal);
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		const struct ir_func *fn = ((const struct fn_info *)p->fn_list->pdata[i])->fn;
		struct scan s = {
			.p = p,
			.var_kinds = g_new0(unsigned, fn->nvars ? fn->nvars : 1),
			.field_stores = g_ptr_array_new(),
			.calls = g_ptr_array_new(),
			.named = named,
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
										: rhs->kind == IR_E_GLOBAL ? global_kinds(p, rhs)
										: call_kinds(p, rhs, -1);
			/* `io->sock = fd` in io_set_fd(io, fd): what its callers
			 * pass, once that is known (find_param_kinds) */
			if (!kinds && rhs->kind == IR_E_VAR && rhs->var >= 0 && fn->vars[rhs->var].kind == IR_VAR_PARAM)
				continue;
			note(p, lhs->field_record, lhs->name, kinds);
		}
		scans[i] = (struct setter_scan){
			.fi = p->fn_list->pdata[i],
			.sets = g_array_new(FALSE, FALSE, sizeof(struct field_set)),
			.calls = s.calls,
			.field_stores = s.field_stores,
			.var_kinds = s.var_kinds,
		};
	}
	/* after every record field's own kinds are known: an owner's
	 * store of another field's value takes that field's */
	GHashTable *by_fn = g_hash_table_new(g_direct_hash, g_direct_equal);
	for (unsigned i = 0; i < p->fn_list->len; i++)
		g_hash_table_insert(by_fn, p->fn_list->pdata[i], &scans[i]);
	find_setters(p, scans, by_fn);
	find_param_fields(p, scans, by_fn, named);
	find_owners(p, scans, by_fn);
	g_hash_table_destroy(by_fn);
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		g_array_free(scans[i].sets, TRUE);
		g_ptr_array_free(scans[i].calls, TRUE);
		g_ptr_array_free(scans[i].field_stores, TRUE);
		g_free(scans[i].var_kinds);
		g_free(scans[i].param_kinds);
	}
	g_free(scans);
	g_hash_table_destroy(named);
}

unsigned handles_of_owned_field(const struct program *p, const struct ir_expr *owner, const char *record,
				const char *field)
{
	if (!p->owned_handles || !owner || owner->kind != IR_E_FIELD || !owner->field_record || !owner->name ||
	    !record || !field)
		return 0;
	char *key = g_strjoin("\x1f", owner->field_record, owner->name, record, field, NULL);
	unsigned kinds = GPOINTER_TO_UINT(g_hash_table_lookup(p->owned_handles, key));
	g_free(key);
	if (kinds & HANDLE_DEVICE)
		kinds &= ~(1u << SINK_STORAGE);
	return kinds;
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
	if (p->owned_handles)
		g_hash_table_destroy(p->owned_handles);
	p->field_handles = NULL;
	p->owned_handles = NULL;
}
