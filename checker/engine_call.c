/* SPDX-License-Identifier: Apache-2.0 */
/* engine_call.c - calls: one interpreter, apply_summary, for the rows of
 * the callee's model (its annotations and rule models, engine_model.c)
 * and of its summary when it has a body, each kind of row applied by its
 * own function (apply_row); and compiler builtins. This is also where
 * findings are made: a fact whose origin is a source in this function
 * reaching a sink at this call (CONTRACT section 3). */
#include <stdarg.h>
#include <string.h>

#include "engine_state.h"

/* A function with no body and no model handed PI, for the report's
 * problems (report_blind_calls). */
struct blind_call {
	GHashTable *calls;	/* the call expressions: each counts once, however
				 * often its function is analysed */
	struct ir_loc first;	/* the first call analysed */
};

struct call {
	struct ctx *c;
	const struct ir_expr *e;
	unsigned nargs;
	struct value *args;
	/* the root standing for the result and the object it points to,
	 * once a summary row wrote into that object (else NO_PLACE) */
	uint32_t ret_site, ret_object;
	/* through a function pointer that may reach several functions: the
	 * writes of each, applied once all have read, and the summary each
	 * was applied with (NULL for none) */
	GArray *deferred;	/* struct out_write */
	GPtrArray *applied;	/* const struct summary * */
	unsigned kept_out;	/* bit N: some candidate's sanitizer wrote *N
				 * (call_model.skip_out), which no clear wipes */
	/* holds_parked(): the rows read the state as it was before the
	 * call, so it is looked at once; -1 until then */
	int8_t parked;
};

static const struct ir_expr *arg_expr(const struct call *k, unsigned i)
{
	return k->e->kids[i + 1];
}

/* The shape of handle a value of this type can be: a descriptor or a
 * stream (HANDLE_NUMBER, HANDLE_STREAM), else 0. */
static unsigned handle_shape(unsigned tf)
{
	if (tf & IR_TF_INT)
		return HANDLE_NUMBER;
	/* a pointer to a record (FILE *, MYSQL *); a void * or a char *
	 * may be anything (what memcpy returns) */
	if ((tf & IR_TF_POINTER) && (tf & IR_TF_RECORD))
		return HANDLE_STREAM;
	return 0;
}

/* The shape of handle an input of function fn can be, from its type:
 * the parameter's, or the field's its path ends at (`$0.*.set.err`, a
 * FILE *); 0 where a step is not a known field. */
static unsigned input_shape(struct program *p, const struct ir_func *fn, const struct input *in)
{
	if (in->param < 0 || (unsigned)in->param >= fn->nparams || in->deep)
		return 0;
	const struct ir_var *v = &fn->vars[in->param];
	const char *record = v->record;
	unsigned tf = v->type_flags;
	for (const char *const *step = path_steps(p, in->path); *step; step++) {
		if (*step == STEP_DEREF) {
			tf = 0;
			continue;
		}
		const struct field_info *fi = record ? tags_field(p, record, *step) : NULL;
		if (!fi)
			return 0;
		record = fi->field_record;
		tf = fi->type_flags;
	}
	return handle_shape(tf);
}

/* Whether handle fact bits h can be what a sink's stream of shape
 * `shape` holds: a fact of the other shape cannot. */
static bool handle_fits(unsigned h, unsigned shape)
{
	unsigned made = h & HANDLE_SHAPES;
	return !shape || !made || made == shape;
}

/* The stream is the callers' to choose: nothing at this call decides it. */
static bool site_undecided(const struct sink_site *site)
{
	return site->has_dest && !site->kinds;
}

/* The text of the step a fact gets where it reaches a sink at this call,
 * the same for every fact there: made once for a site (struct
 * sink_text), for the first fact that needs it. Where the stream is still
 * the callers' to choose, the step does not name a kind. */
struct sink_text {
	const char *msg;	/* NULL until made */
	bool after_sink;
};

static struct sink_text sink_step_text(struct ctx *c, const struct sink_site *site, unsigned eff)
{
	bool undecided = site_undecided(site);
	struct program *p = c->p;
	struct sink_text t = { .after_sink = site->how == SITE_STREAM_CHOSEN };
	if (site->how == SITE_WRAPPER)
		t.msg = trace_msg(p, "passed to `%s`", site->callee);
	else if (undecided && site->how == SITE_LIBRARY)
		t.msg = trace_msg(p, "reaches `%s`, writing to the stream its caller passes", site->sink_function);
	else if (undecided)
		/* the callee's steps came with the fact; a caller decides */
		t.msg = trace_msg(p, "passed to `%s` with the stream its own caller passes", site->callee);
	if (t.msg)
		return t;
	/* the kinds are named only here: made for the site's first step */
	char *kinds = sink_kinds_text(eff);
	if (site->how == SITE_STREAM_CHOSEN)
		t.msg = trace_msg(p, "`%s` writes it to the stream passed here (%s)", site->callee, kinds);
	else if (site->heuristic)
		t.msg = trace_msg(p, "reaches `%s` (%s: its name and format parameter say so, heuristic %s)",
				  site->sink_function, kinds, site->heuristic);
	else
		t.msg = trace_msg(p, "reaches `%s` (%s)", site->sink_function, kinds);
	g_free(kinds);
	return t;
}

/* The steps a fact gets where it reaches a sink at this call; eff, the
 * kinds it stands for. */
static uint32_t sink_trace(struct ctx *c, const struct sink_site *site, uint32_t from, unsigned eff,
			   struct sink_text *text)
{
	if (!text->msg)
		*text = sink_step_text(c, site, eff);
	uint32_t node = trace_end_node(c->p, from, text->after_sink, site->call->loc, c->fn->name, text->msg);
	return site->how == SITE_WRAPPER ? trace_append_end(c->p, node, site->extra_trace) : node;
}

/* How a source's PI, on its way to a stream its callers choose, leaves
 * the function that read it, once it has: up through this call, when
 * this function passes on, again, a stream it was given. The callers that
 * then choose are many (curl's SOCKS password reaches one `send`, whose
 * socket every connection filter and state machine above passes on) and
 * each would make a finding of its own; with one exit, report time folds
 * those routes into one leak (CONTRACT 3). The direct callers of the
 * function that read it keep a finding each (an exporter called with
 * `stderr` twice in one function), as the labels have it: the exit is
 * set only above them. */
static uint32_t passed_on_exit(struct ctx *c, const struct sink_site *site, const struct fact *f, uint32_t *made)
{
	if (site->how != SITE_STREAM_CHOSEN || f->exit || f->input || !f->cats)
		return f->exit;
	/* the same for every fact at this site: made once */
	if (*made)
		return *made;
	struct ir_loc at = site->call->loc;
	char *how = g_strdup_printf("stream %s:%u:%u", at.file ? at.file : "", at.line, at.col);
	uint32_t e = fact_exit(c->p, c->fn->ident, f, how, -1);
	g_free(how);
	*made = e;
	return e;
}

/* A source's PI reaching a sink whose stream is this function's own
 * parameter: the callers decide its kind (CONTRACT 3, "each at the call
 * that decides"), so a row carries the flow up to them. A finding of the
 * default kind is made too, for a function nobody calls (report time
 * drops it otherwise). */
static void defer_to_callers(struct ctx *c, const struct sink_site *site, const struct fact *f, unsigned prot,
			     uint32_t *exit_made, struct sink_text *text)
{
	struct sink_site open = *site;
	open.kinds = 0;
	struct row r = {
		.kind = ROW_SINK,
		.origin = f->origin,
		.cats = f->cats,
		.prot = (uint8_t)prot,
		.has_dest = true,
		.dest = site->dest,
		.default_kind = (uint8_t)site->default_kind,
		.field_kinds = (uint8_t)site->field_kinds,
		.via_pointer = site->via_pointer,
		.excl = site->excl,
		.object = site->object,
		.socket = site->socket,
		.stream_shape = (uint8_t)site->stream_shape,
		.sink_function = site->sink_function,
		.exit = passed_on_exit(c, site, f, exit_made),
		.sink_loc = site->sink_loc,
	};
	if (summary_has(c->p, c->sum, &r))
		return;
	r.trace = sink_trace(c, &open, f->trace, 0, text);
	if (summary_add(c->p, c->sum, &r))
		c->changed_summary = true;
}

/* The kinds a sink site stands for: what is known here, else what the
 * record field the stream came from holds (engine_handles.c), else the
 * rule's default. Only the bits of sink kinds count: a device is none. */
static unsigned site_kinds(const struct sink_site *site)
{
	unsigned k = site->kinds ? site->kinds : site->field_kinds ? site->field_kinds : 1u << site->default_kind;
	if (!site->kinds && (k & HANDLE_OUTSIDE))
		k |= 1u << site->default_kind;
	unsigned sinks = k & ((1u << SINK_KIND_COUNT) - 1);
	if (!site->socket)
		return sinks;
	/* send() fails on anything but a socket, so a file or a standard
	 * stream the descriptor may hold elsewhere is not what it holds
	 * here: gammu's socket_write sends on a field its serial driver
	 * also opens. With no socket among what is known, it is a device's
	 * (a Bluetooth link) when one is, else one from an origin the
	 * program does not show: the rule's own kind. */
	const unsigned net = (1u << SINK_NETWORK) | (1u << SINK_NETWORK_TLS);
	if (sinks & net)
		return sinks & net;
	return sinks && !(k & HANDLE_DEVICE) ? 1u << site->default_kind : 0;
}

/* The last step of a finding of kind k: where the stream comes from, as
 * this call or a callee's row knows it, or, for a stream this call chose
 * and nothing here places, that it is not known (the kind is then the
 * record field's that holds such streams, or the sink's default). 0 where
 * the callee's own steps named the kind and nothing more is known. */
static uint32_t stream_kind_why(struct ctx *c, const struct sink_site *site, int k)
{
	const struct stream_reason *w = &site->why[k];
	if (w->step)
		return w->step;
	if (w->made)
		return trace_step(c->p, 0, w->made->loc, w->made->function, "the stream it is written to: %s",
				  w->made->message);
	if (w->arg && w->number >= 0)
		return trace_step(c->p, 0, w->arg->loc, c->fn->name, "the stream it is written to: descriptor %lld, a log",
				  w->number);
	if (w->arg) {
		char *what = expr_text(c->fn, w->arg);
		char *kt = sink_kinds_text(w->std);
		uint32_t step = trace_step(c->p, 0, w->arg->loc, c->fn->name,
					   "the stream it is written to: `%s`, a standard stream (%s)", what, kt);
		g_free(kt);
		g_free(what);
		return step;
	}
	/* a library call's own step names the kinds it decided (a stream
	 * its caller passes is not decided there); so do a callee's steps */
	if (site->how == SITE_LIBRARY || ((site->kinds | site->named) & (1u << k)))
		return 0;
	const char *kind = sink_kind_name((enum sink_kind)k);
	if (!site->kinds && (site->field_kinds & (1u << k)))
		return trace_step(c->p, 0, site->call->loc, c->fn->name,
				  "the stream it is written to: read from a record field that holds a %s elsewhere",
				  kind);
	return trace_step(c->p, 0, site->call->loc, c->fn->name,
			  "the stream it is written to: where it comes from is not known here, so %s (CONTRACT 3)",
			  kind);
}

/* stream_kind_why(), made once for a site: why[k] once bit k of *made
 * is set. */
static uint32_t kind_why_once(struct ctx *c, const struct sink_site *site, int k, uint32_t *why, unsigned *made)
{
	if (!(*made & (1u << k))) {
		why[k] = stream_kind_why(c, site, k);
		*made |= 1u << k;
	}
	return why[k];
}

void sink_facts(struct ctx *c, const struct sink_site *site, const struct factset *fs)
{
	const unsigned eff = site_kinds(site);
	uint32_t exit_made = 0;	/* passed_on_exit's, once made */
	/* the texts of the steps, for the site as it is, as the callers
	 * choose its stream, and as it decided here */
	struct sink_text site_text = { 0 }, open_text = { 0 }, decided_text = { 0 };
	uint32_t why[SINK_KIND_COUNT];	/* stream_kind_why's, once made */
	unsigned why_made = 0;
	unsigned kinds = site->kinds;
	for (uint32_t i = 0; i < fs->n; i++) {
		const struct fact *f = &fs->v[i];
		if (f->input) {
			const struct input *in = input_get(c, f->origin);
			struct row r = {
				.kind = ROW_SINK,
				.from_input = true,
				.in = *in,
				.prot = f->prot | site->extra_prot,
				.sink_kinds = (uint8_t)kinds,
				.has_dest = site->has_dest,
				.default_kind = (uint8_t)site->default_kind,
				.field_kinds = (uint8_t)site->field_kinds,
				.via_pointer = site->via_pointer,
				.excl = site->excl,
				/* the bytes written are the object the parameter
				 * itself is or points to, not one reached below it
				 * (iobuf_write's writev of an iovec whose buffers
				 * hang below `io`): only then do the callers' record
				 * fields go with it */
				.object = site->object && (!*in->path || !strcmp(in->path, "*")),
				.socket = site->socket,
				.stream_shape = (uint8_t)site->stream_shape,
				.sink_function = site->sink_function,
				.sink_loc = site->sink_loc,
			};
			if (site->has_dest)
				r.dest = site->dest;
			/* the trace is built only for a row that is new */
			if (summary_has(c->p, c->sum, &r))
				continue;
			r.trace = sink_trace(c, site, f->trace, eff, &site_text);
			if (site->how == SITE_LIBRARY)
				r.kinds_named = (uint8_t)(site_undecided(site) ? 0 : eff);
			else
				r.kinds_named = (uint8_t)site->named;
			struct kind_whys w = { { 0 } };
			bool any = false;
			for (int k = 0; k < SINK_KIND_COUNT; k++) {
				/* a kind the callers still choose gets their reason */
				if (!(eff & (1u << k)) || (site->has_dest && !(site->kinds & (1u << k))))
					continue;
				w.step[k] = kind_why_once(c, site, k, why, &why_made);
				if (w.step[k]) {
					r.kinds_named |= (uint8_t)(1u << k);
					any = true;
				}
			}
			if (any) {
				g_array_append_val(c->p->whys, w);
				r.whys = c->p->whys->len;
			}
			if (summary_add(c->p, c->sum, &r))
				c->changed_summary = true;
			continue;
		}
		if (!f->cats)
			continue;
		unsigned prot = f->prot | site->extra_prot;
		/* only a stream that is the parameter itself (FILE *out, int
		 * fd): one kept in a field of what the callers pass is
		 * resolved where it is written */
		bool deferred = site->has_dest && site->dest_exact && site->dest.param >= 0 && !*site->dest.path;
		if (deferred)
			defer_to_callers(c, site, f, prot, &exit_made, &open_text);
		/* the findings here name the kinds they stand for */
		struct sink_site decided = *site;
		decided.has_dest = false;
		for (int k = 0; k < SINK_KIND_COUNT; k++) {
			if (!(eff & (1u << k)))
				continue;
			struct pending_finding pf = {
				.rule = sink_kind_rule(k),
				.loc = site->call->loc,
				.function = c->fn->name,
				.callee = site->callee,
				.sink_function = site->sink_function,
				.cats = f->cats,
				.sink = (unsigned)k,
				.protected_flow = (prot & sink_kind_accepts(k)) != 0,
				.prot = prot,
				.origin = f->origin,
				.param_tag = f->param_tag,
				.exit = f->exit,
				.sink_loc = site->sink_loc,
				/* only the kinds the callers did not choose wait */
				.stream_param = deferred && !kinds,
				.excl = site->excl,
				.trace_excl = site->excl,
			};
			struct pending_finding *seen = pending_seen(c->pending_keys, &pf);
			if (seen) {
				/* another route: the programs of either */
				seen->excl = programs_and(c->p, seen->excl, pf.excl);
				/* and the trace shows one that can run here,
				 * where the first one found cannot */
				if (programs_route_runs(c->p, c->fi, seen->trace_excl) ||
				    !programs_route_runs(c->p, c->fi, pf.excl))
					continue;
				pf.excl = seen->excl;
			}
			pf.trace = sink_trace(c, &decided, f->trace, eff, &decided_text);
			pf.why = kind_why_once(c, site, k, why, &why_made);
			if (seen) {
				*seen = pf;
				continue;
			}
			struct pending_finding *made = g_memdup2(&pf, sizeof pf);
			g_ptr_array_add(c->findings, made);
			pending_remember(c->pending_keys, made);
		}
	}
}

static bool cond_holds(const struct call *k, const struct rule_cond *cond)
{
	return handle_cond_holds(k->e, cond);
}

/* The last argument of a rule's range at this call. */
static unsigned range_last(const struct call *k, const struct rule_args *range)
{
	return range->last == RULE_ARGS_REST ? k->nargs - 1 : (unsigned)range->last;
}

static void args_facts(const struct call *k, const struct rule_args *ranges, unsigned n,
		       struct factset *out, bool *clean)
{
	bool all_clean = true;
	for (unsigned r = 0; r < n; r++) {
		for (unsigned i = (unsigned)ranges[r].first; i <= range_last(k, &ranges[r]) && i < k->nargs; i++) {
			factset_union(out, &k->args[i].fs);
			all_clean = all_clean && k->args[i].clean;
			/* A library function reads what its pointer arguments
			 * point to, records included (g_string_free(t) gives
			 * back t->str). */
			if (k->args[i].pt != NO_PLACE && arg_expr(k, i)->record)
				read_place(k->c, k->args[i].pt, true, false, arg_expr(k, i)->loc, out, NULL);
		}
	}
	if (clean)
		*clean = all_clean;
}

/* Where "*N" or "N" of a rule or summary lands in the caller. */
static uint32_t target_place(struct call *k, int arg, bool deref, bool *weak)
{
	if (arg < 0 || (unsigned)arg >= k->nargs)
		return NO_PLACE;
	struct value *v = &k->args[arg];
	if (!deref)
		return v->place;
	*weak = *weak || v->pt_weak;
	if (v->pt != NO_PLACE)
		return v->pt;
	if (v->place != NO_PLACE)
		return place_step(k->c, v->place, NULL, false);
	return NO_PLACE;
}

/* The caller's place for a summary path below argument arg: "*.phone"
 * is the phone field of what the argument points to, "" the argument. */
static uint32_t arg_path_place(struct call *k, int arg, const char *path, bool *weak)
{
	bool deref = path[0] == '*';
	uint32_t base = target_place(k, arg, deref, weak);
	const char *rest = !deref ? path : path[1] == '.' ? path + 2 : path + 1;
	return base == NO_PLACE ? NO_PLACE : place_follow_state(k->c, base, rest);
}

/* Adds fs to out: the functions in it only when keep_functions, the
 * handles only when keep_handles. */
static void add_data_facts(struct factset *out, const struct factset *fs, bool keep_functions, bool keep_handles)
{
	for (uint32_t i = 0; i < fs->n; i++) {
		struct fact f = fs->v[i];
		if (!keep_functions && f.function)
			continue;
		if (!keep_handles && f.handle) {
			if (!f.cats && !f.input)
				continue;
			f.handle = 0;
		}
		factset_add(out, &f);
	}
}

/* Whether a type is a pointer to, or an array of, characters. */
static bool text_pointer(unsigned tf)
{
	return (tf & IR_TF_CHAR) && (tf & (IR_TF_POINTER | IR_TF_ARRAY));
}

/* The kind a URL names: a scheme ending in "s" (https, ldaps, smtps,
 * imaps, wss, mqtts...) is encrypted; any other scheme is not. */
static unsigned url_kinds(const char *url)
{
	const char *sep = strstr(url, "://");
	if (!sep || sep == url)
		return 0;
	for (const char *q = url; q < sep; q++)
		if (!g_ascii_isalnum(*q) && *q != '+' && *q != '-' && *q != '.')
			return 0;
	return sep[-1] == 's' || sep[-1] == 'S' ? 1u << SINK_NETWORK_TLS : 1u << SINK_NETWORK;
}

static void apply_handle(struct call *k, const struct rule_handle *h, struct value *out)
{
	struct ctx *c = k->c;
	unsigned kinds = h->device ? HANDLE_DEVICE : 1u << h->kind;
	const char *lit = NULL;
	if (h->path_arg >= 0 && (unsigned)h->path_arg < k->nargs && (lit = k->args[h->path_arg].literal)) {
		kinds = handle_path_kinds(lit, kinds);
	}
	if (h->url_arg >= 0 && (unsigned)h->url_arg < k->nargs) {
		/* a URL chosen at run time may be either (CONTRACT 3) */
		lit = k->args[h->url_arg].literal;
		unsigned u = lit ? url_kinds(lit) : 0;
		kinds = u ? u : lit ? kinds : (1u << SINK_NETWORK) | (1u << SINK_NETWORK_TLS);
	}
	char *id = lit ? g_strdup_printf("%s(\"%s\")", h->head.function, lit) : g_strdup(h->head.function);
	unsigned shape = h->target.kind == TARGET_RETURN ? handle_shape(k->e->type_flags) : 0;
	/* One origin per kind of handle, not per call site: handles need
	 * no trace, and per-site origins multiply summary rows. */
	struct factset made = { 0 };
	for (int kind = 0; kind <= SINK_KIND_COUNT; kind++) {
		unsigned bit = kind < SINK_KIND_COUNT ? 1u << kind : HANDLE_DEVICE;
		if (!(kinds & bit))
			continue;
		const char *name = kind < SINK_KIND_COUNT ? sink_kind_name(kind) : "device";
		struct fact f = {
			.origin = prog_origin(c->p, ORIGIN_HANDLE, name, 0, (struct ir_loc){ 0 }),
			.trace = trace_step(c->p, 0, k->e->loc, c->fn->name, "`%s` gives a %s", id, name),
			.handle = (uint8_t)(bit | shape),
		};
		factset_add(&made, &f);
	}
	g_free(id);
	if (h->target.kind == TARGET_RETURN) {
		factset_union(&out->fs, &made);
		factset_free(&made);
		out->clean = false;
		return;
	}
	bool weak = false;
	uint32_t place = target_place(k, h->target.arg, h->target.kind == TARGET_ARG_DEREF, &weak);
	if (place == NO_PLACE) {
		factset_free(&made);
		return;
	}
	/* The handle's kind is replaced (a URL set again), its PI is not. */
	const struct entry *en = state_find(&c->st, place);
	struct factset fs = { 0 };
	if (en)
		for (uint32_t i = 0; i < entry_facts(en)->n; i++)
			if (!entry_facts(en)->v[i].handle)
				factset_add(&fs, &entry_facts(en)->v[i]);
	factset_union(&fs, &made);
	state_write(c, place, &fs, true, false, en ? en->pt : NO_PLACE);
	factset_free(&fs);
	factset_free(&made);
}

/* Whether what a caller passes in this input could be the stream itself.
 * The facts found where the stream is held may be what was written into
 * its object (postfix's msg_stream holds the text formatted into its
 * buffer): text is data, never the stream a caller chooses, and of the
 * variadic arguments or a va_list only the numbers can be a descriptor
 * (`fd = va_arg(ap, int)`). */
static bool input_may_be_stream(struct ctx *c, const struct input *x)
{
	bool numbers = !strcmp(x->path, INPUT_NUMBERS);
	if (x->param < 0 || (unsigned)x->param > c->fn->nparams)
		return false;
	if ((unsigned)x->param == c->fn->nparams)
		return numbers;
	const struct ir_var *v = &c->fn->vars[x->param];
	if (v->type_flags & IR_TF_VA_LIST)
		return numbers;
	return v->type_class != IR_TC_TEXT;
}

/* The input of this function a stream or descriptor argument stands for.
 * Read from a parameter's memory that nothing here wrote: that place's
 * own input (`d->hWrite` is `$0.*.Device.Data`, not the `$0` a back
 * pointer stored below it). Else the input among its facts with the
 * shortest path: `out = f` carries `$0`, and a FILE's opaque contents add
 * `$0.*` besides. False when there is none. value: fs is the argument's
 * own value at a library sink (else what a callee's row read at place);
 * *exact: the caller's argument decides the stream's kind. */
static bool dest_input(struct ctx *c, uint32_t place, const struct factset *fs, bool value, struct input *in,
		       bool *exact)
{
	*exact = false;
	if (place != NO_PLACE) {
		const struct place *r = place_get(c, place_root(c, place));
		bool written = false;
		for (uint32_t q = place; q != NO_PLACE && !written; q = place_get(c, q)->parent) {
			const struct entry *e = state_find(&c->st, q);
			written = e && e->strong;
		}
		if (!written && r->var >= 0 && c->fn->vars[r->var].kind == IR_VAR_PARAM) {
			uint32_t q = place_input_cut(c, place);
			uint32_t id = input_id(c, c->fn->vars[r->var].param_index, place_get(c, q)->path, q != place,
					       false);
			*in = *input_get(c, id);
			if (q != place)
				input_read_at(c, id, place, q, false, NULL);
			*exact = q == place;
			return true;
		}
	}
	bool found = false;
	unsigned candidates = 0, handles = 0;
	for (uint32_t i = 0; i < fs->n; i++) {
		handles += fs->v[i].handle != 0;
		if (!fs->v[i].input)
			continue;
		const struct input *x = input_get(c, fs->v[i].origin);
		if (!input_may_be_stream(c, x))
			continue;
		candidates++;
		if (!found || strlen(x->path) < strlen(in->path)) {
			*in = *x;
			found = true;
		}
	}
	/* A stream made from a descriptor parameter's own value and nothing
	 * else (`w = fdopen(dup(fd), "w")`), given to a library sink as it
	 * is (value), is the stream the caller passed, as exactly as the
	 * descriptor itself: opensmtpd's mail.lmtp writes MAIL FROM so to
	 * the connection main() opened. Only a descriptor: a library handle
	 * a parameter holds (a CURL *) is not a stream the caller chooses
	 * (deferred, curl's findings multiplied over every caller of its
	 * wrappers). Only the value: what a callee's row reads from inside a
	 * stream object is what was written into it (postfix's sendmail
	 * formats its caller's dsn_ret into the VSTREAM's buffer), not the
	 * number the stream was made with. */
	*exact = value && found && candidates == 1 && !handles && !*in->path && !in->deep && in->param >= 0 &&
		 in->param < (int)c->fn->nparams && (c->fn->vars[in->param].type_flags & IR_TF_INT);
	return found;
}

/* The sink kinds a destination argument stands for. */
static unsigned dest_kinds(struct call *k, int dest, bool *has_input, struct input *in, bool *exact)
{
	*has_input = false;
	if (dest < 0 || (unsigned)dest >= k->nargs)
		return 0;
	const struct value *v = &k->args[dest];
	unsigned kinds = 0;
	if (v->is_number && (v->number == 1 || v->number == 2))
		kinds |= 1u << SINK_LOG;	/* descriptors 1 and 2 (CONTRACT 3) */
	unsigned shape = handle_shape(arg_expr(k, (unsigned)dest)->type_flags);
	for (uint32_t i = 0; i < v->fs.n; i++)
		if (handle_fits(v->fs.v[i].handle, shape))
			kinds |= v->fs.v[i].handle & ~HANDLE_SHAPES;
	*has_input = dest_input(k->c, v->place, &v->fs, true, in, exact);
	return kinds;
}

static const struct ir_expr *strip_casts(const struct ir_expr *e)
{
	while ((e->kind == IR_E_CAST || e->kind == IR_E_ADDR) && e->nkids)
		e = e->kids[0];
	return e;
}

/* What the record field given as argument arg holds, when it is one
 * (engine_handles.c): `write(c->sock, ...)`, `iobuf_write(&io->iobuf,
 * io->sock)`. */
static unsigned arg_field_kinds(const struct call *k, int arg)
{
	if (arg < 0 || (unsigned)arg >= k->nargs)
		return 0;
	const struct ir_expr *d = strip_casts(arg_expr(k, (unsigned)arg));
	if (d->kind != IR_E_FIELD)
		return 0;
	/* `write(s->io->sock, ...)`: what s's io gets, when known */
	unsigned owned = d->arrow && d->nkids
				 ? handles_of_owned_field(k->c->p, strip_casts(d->kids[0]), d->field_record, d->name)
				 : 0;
	return owned ? owned : handles_of_field(k->c->p, d->field_record, d->name);
}

/* A sink row whose stream is a field of what its argument points to
 * (`*.sock`), where the argument is itself a field of an owner
 * (`io_xprintf(s->io, ...)`): the kinds the owner's object gets there,
 * when the program says (engine_handles.c), else the row's own. */
static unsigned row_field_kinds(const struct call *k, const struct row *r)
{
	if (!r->has_dest || !r->field_kinds || r->dest.deep || r->dest.param < 0 ||
	    (unsigned)r->dest.param >= k->nargs || strncmp(r->dest.path, "*.", 2) || strchr(r->dest.path + 2, '.'))
		return r->field_kinds;
	const struct ir_expr *owner = strip_casts(arg_expr(k, (unsigned)r->dest.param));
	unsigned owned = owner->kind == IR_E_FIELD
				 ? handles_of_owned_field(k->c->p, owner, owner->record, r->dest.path + 2)
				 : 0;
	return owned ? owned : r->field_kinds;
}

/* A pointer to a record of the program, passed where the callee sees an
 * untyped pointer: a generic container's `void *` (curl's Curl_llist,
 * redis's list and dict). What such a callee stores or returns is the
 * pointer, not what the record holds: the caller's own reads of a record
 * pointer follow the same rule (engine_func.c, read_lvalue), and without
 * it every handle put in a list carries all its fields to every reader of
 * the list. A sink row reads the whole object instead: its tagged fields,
 * as a direct fwrite of the object would (a blob writer). Returns the
 * record, or NULL. */
static const char *record_as_untyped(const struct call *k, const struct fn_info *callee, const struct input *in)
{
	if (in->param < 0 || (unsigned)in->param >= k->nargs || (unsigned)in->param >= callee->fn->nparams ||
	    strcmp(in->path, "*") != 0 || callee->fn->vars[in->param].record)
		return NULL;
	const struct ir_expr *a = arg_expr(k, (unsigned)in->param);
	while (a->kind == IR_E_CAST && a->nkids)
		a = a->kids[0];
	if (a->kind == IR_E_ADDR && a->nkids)
		a = a->kids[0];
	else if (!type_is_pointer(a->type_flags))
		return NULL;
	return a->record && tags_record_fields(k->c->p, a->record) ? a->record : NULL;
}

/* The caller's facts for a number input: a callee read a number field
 * (a length, a descriptor) at place. What the caller wrote to the record
 * around it is not in the field, as a direct read in the caller would
 * not see it (read_lvalue): gammu's `GSM_Find_Free_Used_SMS2` logs
 * `SMS->UDH.Length` of a message whose `UDH.Text` its caller has just
 * filled. Where the row was widened (deep), the field is somewhere below
 * place: only the caller's own number inputs can be it, and the handles
 * there when the row's input is the stream its sink writes to. */
static void number_facts(struct ctx *c, uint32_t place, bool deep, bool stream, struct ir_loc loc,
			 struct factset *out)
{
	struct factset fs = { 0 };
	bool own = c->own_entry_only, number = c->number_read;
	c->own_entry_only = !deep;
	c->number_read = true;
	read_place(c, place, deep, true, loc, &fs, NULL);
	c->own_entry_only = own;
	c->number_read = number;
	for (uint32_t i = 0; i < fs.n; i++) {
		const struct fact *f = &fs.v[i];
		if (f->function)
			continue;
		if (deep && !(f->handle && stream) && !(f->input && input_get(c, f->origin)->number))
			continue;
		factset_add(out, f);
	}
	factset_free(&fs);
}

/* A va_arg read under `case K:` (the input "=K/N") is one of the N
 * arguments that follow the constant K among the call's arguments, in
 * the key-value lists of postfix's vstream_control
 * (`CA_VSTREAM_CTL_WRITE_FN(f)` is the key and then f) and attr_print
 * (`SEND_ATTR_STR(name, value)`: a key, a name and a value). The key may
 * be the last named parameter. Returns false where no constant K is
 * followed by a variadic argument: the callee's switch was then on
 * something else (a format's conversion character), and every variadic
 * argument stands. A function passed so is left to the field's own
 * functions (engine_fptr.c), as one passed through `...` otherwise is:
 * every VSTREAM comes from one allocation in vstream_fdopen, and the TLS
 * writer one of them is given made every postfix log line a TLS write. */
static bool keyed_args(struct call *k, unsigned nparams, const char *path, struct factset *out)
{
	char *end = NULL;
	long long key = g_ascii_strtoll(path + 1, &end, 10);
	if (!end || *end != '/' || !nparams)
		return false;
	guint64 n = g_ascii_strtoull(end + 1, &end, 10);
	if (*end || !n)
		return false;
	bool found = false;
	for (unsigned i = nparams - 1; i + 1 < k->nargs; i++) {
		const struct ir_expr *a = ir_strip_casts(arg_expr(k, i));
		if (a->kind != IR_E_NUMBER || a->value != key)
			continue;
		for (unsigned j = i + 1; j <= i + n && j < k->nargs; j++)
			add_data_facts(out, &k->args[j].fs, false, true);
		found = true;
		i += (unsigned)n;	/* a key's values are not keys */
	}
	return found;
}

/* The caller's facts for a row's input. Everything below a place, as a
 * deep (widened) row reads it, is its data: the functions stored in its
 * fields travel only along exact paths, and a function passed through
 * `...` reaches only a va_arg of a function pointer's type. postfix's
 * vbuf_print, through its panic path, writes its buffer deep into
 * msg_output's static VSTRINGs; had the stream functions of a VSTREAM's
 * buffer gone with it, every later message would have been flushed
 * through every stream writer. Handles likewise: a socket stream's
 * buffer, written deep into the log stream's object on the same path,
 * made every log line a network send. Only where the row's input is
 * the stream a sink writes to (stream) does a deep read keep them. */
static void input_facts(struct call *k, const struct fn_info *callee, const struct tails *tails,
			const struct tails *parked, const struct input *in, struct factset *out, bool stream)
{
	struct ctx *c = k->c;
	unsigned nparams = callee->fn->nparams;
	bool numbers = !strcmp(in->path, INPUT_NUMBERS);
	if (in->param >= (int)nparams && *in->path == INPUT_KEYED && keyed_args(k, nparams, in->path, out))
		return;
	if (in->param >= (int)nparams) {
		/* the numbers among them: the arguments that are numbers */
		for (unsigned i = nparams; i < k->nargs; i++) {
			const struct ir_expr *a = arg_expr(k, i);
			if (numbers && !type_is_scalar(a->type_flags, a->record))
				continue;
			add_data_facts(out, &k->args[i].fs, false, true);
		}
		return;
	}
	if ((unsigned)in->param >= k->nargs)
		return;
	struct value *v = &k->args[in->param];
	if (numbers) {
		/* a va_list passed on: what its numbers carry here */
		struct factset fs = { 0 };
		factset_union(&fs, &v->fs);
		facts_numbers_only(c, &fs);
		factset_union(out, &fs);
		factset_free(&fs);
		return;
	}
	const struct ir_expr *a = arg_expr(k, (unsigned)in->param);
	bool keep_functions = !in->deep || (a->type_flags & IR_TF_FUNCTION_POINTER);
	bool weak = false;
	uint32_t place = *in->path ? arg_path_place(k, in->param, in->path, &weak) : NO_PLACE;
	if (place == NO_PLACE) {
		add_data_facts(out, &v->fs, keep_functions, true);
		return;
	}
	const struct tails *outer = c->read_tails, *outer_parked = c->read_parked;
	c->read_tails = tails_filter(tails);
	/* the stream a sink writes to is a handle, wherever it was parked */
	c->read_parked = stream ? NULL : parked;
	struct factset fs = { 0 };
	if (in->number)
		number_facts(c, place, in->deep, stream, a->loc, out);
	else
		read_place(c, place, in->deep, true, a->loc, &fs, NULL);
	c->read_tails = outer;
	c->read_parked = outer_parked;
	add_data_facts(out, &fs, !in->deep, !in->deep || stream);
	factset_free(&fs);
}

static void add_param_tag_source(struct call *k, const struct fn_info *callee, unsigned param,
				 struct factset *fs)
{
	struct ctx *c = k->c;
	if (param >= callee->fn->nparams || !callee->var_cats || !callee->var_cats[param])
		return;
	const struct ir_var *pv = &callee->fn->vars[param];
	/* A name says what a parameter usually holds; a constant the caller
	 * passes (NULL, a literal: postfix's NO_DSN_ORCPT "") says what it
	 * holds here. An annotation is the program's word, and stands. */
	if (!pv->tags.pi && param < k->nargs) {
		const struct ir_expr *a = strip_casts(arg_expr(k, param));
		if (a->kind == IR_E_NUMBER || a->kind == IR_E_STRING)
			return;
	}
	unsigned cats = callee->var_cats[param];
	char *id = g_strdup_printf("parameter `%s` of %s()", pv->name, callee->fn->name);
	uint32_t o = prog_origin(c->p, ORIGIN_SOURCE, prog_intern(c->p, id), cats, k->e->loc);
	g_free(id);
	struct fact f = {
		.origin = o,
		.trace = trace_step(c->p, 0, k->e->loc, c->fn->name,
				    "passed to parameter `%s` of `%s`, which holds PI by %s", pv->name,
				    callee->fn->name, pv->tags.pi ? "annotation" : "identifier heuristic"),
		.cats = (uint16_t)cats,
	};
	factset_add(fs, &f);
}

/* A write a summary makes into the caller's memory, held back until
 * every row has read the caller's values as they were before the call. */
struct out_write {
	uint32_t place;
	struct factset fs;
	uint32_t pt;		/* a pointer stored there: what it points to, or NO_PLACE */
	/* bit k: the pointer stored there is the one the caller's parameter k
	 * holds, which it passed on (engine_state.h, struct entry) */
	uint8_t param_ptrs;
	bool frame;		/* a pointer to a local of the caller (stores_frame_pointer) */
	bool cut;		/* struct row's out_cut */
};

/* The caller's facts at each input the rows of one call read. Every row
 * reads the state as it was before the call, and a callee's rows often
 * share an input (thirty rows from `data->state`), so each is read once. */
struct input_read {
	struct input in;
	const struct tails *parked;	/* row_parked() */
	bool pointer_only;
	bool tag;		/* with the parameter's own tag as a source */
	const char *record;	/* whose tagged fields were added, or NULL */
	struct factset fs;
	/* where it read all below a caller's input (struct parked_note),
	 * and the parked tails of the rows that shared it (see below) */
	GArray *notes;
	GPtrArray *sharers;
};

/* Whether the caller holds a pointer a parameter gave anywhere (entry
 * param_ptrs): only then do rows cut differently read differently. */
static bool holds_parked(struct call *k)
{
	if (k->parked < 0) {
		const GArray *es = k->c->st.entries;
		k->parked = 0;
		for (unsigned i = 0; i < es->len && !k->parked; i++)
			k->parked = g_array_index(es, struct entry, i).param_ptrs != 0;
	}
	return k->parked;
}

/* A row that shares another's read with parked tails of its own notes
 * them where that read took everything below the caller's input. */
static void share_parked(struct call *k, struct input_read *r, const struct tails *parked)
{
	if (!r->notes || !parked || parked == r->parked)
		return;
	if (!r->sharers)
		r->sharers = g_ptr_array_new();
	for (unsigned i = 0; i < r->sharers->len; i++)
		if (r->sharers->pdata[i] == parked)
			return;
	g_ptr_array_add(r->sharers, (gpointer)parked);
	for (unsigned i = 0; i < r->notes->len; i++) {
		const struct parked_note *n = &g_array_index(r->notes, struct parked_note, i);
		if (tails_note(k->c->p, tails_parked(n->t), n->rest, false, parked))
			k->c->changed_summary = true;
	}
}

static const struct factset *input_facts_once(struct call *k, const struct fn_info *callee,
					      const struct tails *tails, const struct tails *parked,
					      const struct input *in, bool to_sink,
					      bool object, bool tag, GArray *reads)
{
	const char *record = record_as_untyped(k, callee, in);
	bool pointer_only = record && !to_sink;
	/* only a sink that writes the object's bytes writes its fields: a
	 * log line about something below it (freeradius's cf_section_parse
	 * logging an address it parsed into `base`) does not */
	if (record && to_sink && !object)
		record = NULL;
	/* Rows cut differently read alike where the caller parked nothing:
	 * one read, and each row's parked tails noted where it read */
	bool alike = parked && !holds_parked(k);
	for (unsigned i = 0; i < reads->len; i++) {
		struct input_read *r = &g_array_index(reads, struct input_read, i);
		if (r->in.param == in->param && r->in.path == in->path && r->in.deep == in->deep &&
		    r->in.number == in->number && (r->parked == parked || (alike && r->notes)) &&
		    r->pointer_only == pointer_only && r->record == record && r->tag == tag) {
			share_parked(k, r, parked);
			return &r->fs;
		}
	}
	struct input_read r = { .in = *in, .parked = parked, .pointer_only = pointer_only, .record = record, .tag = tag };
	if (pointer_only) {
		factset_union(&r.fs, &k->args[in->param].fs);
	} else {
		GArray *outer = k->c->parked_notes;
		if (alike)
			r.notes = k->c->parked_notes = g_array_new(FALSE, FALSE, sizeof(struct parked_note));
		input_facts(k, callee, tails, parked, in, &r.fs, false);
		k->c->parked_notes = outer;
		if (record) {
			const struct ir_expr *a = arg_expr(k, (unsigned)in->param);
			char *what = expr_text(k->c->fn, a);
			read_object_fields(k->c, record, a->loc, what, &r.fs, 0, to_sink);
			g_free(what);
		}
	}
	if (in->param >= 0 && tag)
		add_param_tag_source(k, callee, (unsigned)in->param, &r.fs);
	g_array_append_val(reads, r);
	return &g_array_index(reads, struct input_read, reads->len - 1).fs;
}

/* Most rows applied at a call, in a fixpoint or at the hundredth call of
 * a helper, bring facts the caller already has where they go. Their
 * traces would be made and dropped (a set keeps the first trace of a
 * fact): such rows are skipped before any trace is made. Out rows only
 * when the callee clears nothing (a clear would empty the place first),
 * and not into globals (the store is written as well). */
static bool adds_nothing(struct ctx *c, const struct row *r, const struct factset *fs, struct value *out,
			 uint32_t out_place, bool clears)
{
	if (r->kind == ROW_RETURN && factset_covers(&out->fs, fs)) {
		out->clean = false;
		return true;
	}
	if (r->kind != ROW_OUT || clears || place_get(c, place_root(c, out_place))->global)
		return false;
	const struct entry *e = state_find(&c->st, out_place);
	return e && e->pt == NO_PLACE && factset_covers(entry_facts(e), fs);
}

/* The caller's place for path ("*.data") of the object the callee made
 * and returned: below this call's own root, which stands for the result.
 * The first row of a call makes the object anew (a constructor returns a
 * fresh one each time). */
static uint32_t returned_object_place(struct call *k, const char *path)
{
	struct ctx *c = k->c;
	if (k->ret_site == NO_PLACE) {
		k->ret_site = place_root_site(c, k->e);
		k->ret_object = place_step(c, k->ret_site, NULL, false);
		state_write(c, k->ret_site, &factset_empty, true, false, k->ret_object);
	}
	const char *rest = path[0] != '*' ? path : path[1] == '.' ? path + 2 : path + 1;
	return place_follow(c, k->ret_object, rest);
}

/* One callee's model and summary applied at one call: what applying
 * their rows shares. */
struct applied_summary {
	struct call *k;
	struct fn_info *callee;	/* NULL: no body here */
	const char *name;	/* the callee's name, as steps and findings give it */
	const struct call_model *model;
	const struct summary *sum;	/* NULL: no body */
	struct value *out;
	const char *via;	/* "" or how a pointer reached the callee */
	/* a rule's handle whose condition holds here (socket(AF_BLUETOOTH,
	 * ...) is a device) stands instead of the unconditional ones */
	bool specific_handle;
	/* a rule made the result, and of clean arguments only: it is clean
	 * when nothing else went into it */
	bool produced, clean_all;
	GArray *reads;	/* struct input_read */
	GArray *writes;	/* struct out_write */
	/* the streams the sink rows write to, each read once (struct
	 * dest_read): the state does not change while the rows are applied,
	 * and curl's connection filters have hundreds of rows to one socket */
	GArray *dests;
	const char *callee_text;	/* the callee as a finding names it, once made */
	/* the texts of this call's steps made so far (call_step_text) */
	struct step_text {
		enum call_step { CALL_STEP_PASSED, CALL_STEP_COPIED, CALL_STEP_RETURNED } step;
		int n;
		const char *text;
	} step_texts[8];
	unsigned nstep_texts;
	uint32_t returns_arg;	/* NO_PLACE - 1: several */
};

struct dest_read {
	struct input in;
	const struct tails *tails;
	struct factset fs;
};

static bool row_of_model(const struct row *r)
{
	return r->kind >= ROW_MODEL_SOURCE;
}

/* A model row's condition on a literal argument, or NULL. */
static const struct rule_cond *row_cond(const struct row *r)
{
	switch (r->kind) {
	case ROW_MODEL_SINK:
		return r->rule.sink ? &r->rule.sink->cond : NULL;
	case ROW_MODEL_COPY:
		return &r->rule.propagator->cond;
	case ROW_MODEL_HANDLE:
		return &r->rule.handle->cond;
	default:
		return NULL;
	}
}

/* The rows of a pool allocator (fn_info.pool_allocator) not applied at
 * its calls. What it returns from its pool is fresh memory for the
 * caller, as malloc's is: its returns from a record it is given, or of
 * what it reads itself, are not applied. A return from a plain pointer
 * parameter stays, so that a repalloc still returns the contents of the
 * chunk it is given. Nor is its bookkeeping inside the pool (PostgreSQL's
 * MemoryContextAllocZero links blocks and free lists in the context it is
 * given): an out row within one parameter only moves what the caller
 * holds in the pool within the pool. Applied at every palloc of the
 * program, those rows were a third of base_yyparse's analysis. */
static bool pool_row(const struct applied_summary *a, const struct row *r)
{
	if (!a->callee || !a->callee->pool_allocator)
		return false;
	if (r->kind == ROW_OUT)
		return r->from_input && r->in.param == r->out_param;
	if (r->kind != ROW_RETURN)
		return false;
	if (!r->from_input)
		return true;
	const struct ir_func *fn = a->callee->fn;
	return r->in.param >= 0 && (unsigned)r->in.param < fn->nparams && fn->vars[r->in.param].record;
}

static bool row_skipped(const struct applied_summary *a, const struct row *r)
{
	const struct rule_cond *cond = row_cond(r);
	if (cond)
		return !cond_holds(a->k, cond) ||
		       (r->kind == ROW_MODEL_HANDLE && a->specific_handle && cond->arg < 0);
	if (row_of_model(r))
		return false;
	if ((r->kind == ROW_RETURN && a->model->skip_return) || (r->kind == ROW_SINK && a->model->skip_sinks) ||
	    (r->kind == ROW_GLOBAL && a->model->sink_heuristic))
		return true;
	if ((r->kind == ROW_OUT || r->kind == ROW_CLEAR) && r->out_param >= 0 && r->out_param < 32 &&
	    (a->model->skip_out & (1u << r->out_param)))
		return true;
	if (pool_row(a, r))
		return true;
	/* a handler a library calls back later: its own sinks only
	 * (engine_callbacks.c), not those of the program's handlers
	 * it dispatches to through pointers in turn */
	return a->k->e->callback && (r->kind != ROW_SINK || r->via_pointer);
}

/* Notes that the result points to pt. Not into a global's object: the
 * store keeps what globals hold, not where their pointers lead. redis's
 * `sdsnewlen(SDS_NOINIT, n)` made every string later built in the new one
 * part of the constant's object, and a container's element
 * (`tree_xpop(&wait_lka_rcpt, id)`) read through such a pointer lost its
 * fields' tags. */
static void note_returned_object(struct applied_summary *a, uint32_t pt)
{
	if (pt == NO_PLACE || place_get(a->k->c, place_root(a->k->c, pt))->global)
		return;
	a->returns_arg = a->returns_arg == NO_PLACE || a->returns_arg == pt ? pt : NO_PLACE - 1;
}

/* Notes the object a return row says the result points to. True for a
 * row that says only that (points_into), which brings no facts. */
static bool apply_returned_pointer(struct applied_summary *a, const struct row *r)
{
	struct call *k = a->k;
	if (r->kind != ROW_RETURN)
		return false;
	/* `vp = vstring_sprintf(vp, ...)`: a callee that returns its
	 * argument returns a pointer to the same object */
	if (r->from_input && !r->prot && !*r->in.path && !r->in.deep && r->in.param >= 0 &&
	    (unsigned)r->in.param < k->nargs)
		note_returned_object(a, k->args[r->in.param].pt);
	if (!r->points_into)
		return false;
	/* the returned pointer points into the argument's object
	 * (opensmtpd's iobuf_reserve hands out room in the queued
	 * buffer, and its caller copies the reply there) */
	bool weak = true;
	uint32_t pt = r->in.param >= 0 && (unsigned)r->in.param < k->nargs
			      ? arg_path_place(k, r->in.param, r->in.path, &weak)
			      : NO_PLACE;
	note_returned_object(a, pt);
	return true;
}

/* This call's step text for an argument n (1-based) or the result,
 * made once per call: every row of a summary names the same few. */
static const char *call_step_text(struct applied_summary *a, enum call_step step, int n)
{
	for (unsigned i = 0; i < a->nstep_texts; i++)
		if (a->step_texts[i].step == step && a->step_texts[i].n == n)
			return a->step_texts[i].text;
	const char *name = a->callee->fn->name;
	struct program *p = a->k->c->p;
	const char *text = step == CALL_STEP_PASSED   ? trace_msg(p, "passed as argument %d of `%s`%s", n, name, a->via)
			   : step == CALL_STEP_COPIED ? trace_msg(p, "copied into argument %d by `%s`%s", n, name, a->via)
						      : trace_msg(p, "returned by `%s`%s", name, a->via);
	if (a->nstep_texts < G_N_ELEMENTS(a->step_texts))
		a->step_texts[a->nstep_texts++] = (struct step_text){ .step = step, .n = n, .text = text };
	return text;
}

/* Adds this call's step to the trace of every fact that carries PI, then
 * chain (the route through the callee, 0 for none) to theirs and to those
 * of the facts that stand for the caller's input. The message is made
 * once, for the first such fact. */
static void add_call_step(struct applied_summary *a, struct factset *fs, bool back, uint32_t chain,
			  enum call_step step, int n)
{
	struct ctx *c = a->k->c;
	const char *msg = NULL;
	for (uint32_t f = 0; f < fs->n; f++) {
		struct fact *x = &fs->v[f];
		if (x->cats) {
			if (!msg)
				msg = call_step_text(a, step, n);
			uint32_t node = back ? trace_node_back(c->p, x->trace, a->k->e->loc, c->fn->name, msg)
					     : trace_node(c->p, x->trace, a->k->e->loc, c->fn->name, msg);
			x->trace = trace_append(c->p, node, chain);
		} else if (x->input) {
			x->trace = trace_append(c->p, x->trace, chain);
		}
	}
}

/* The facts a row brings to this call into fs, without this call's step
 * (row_call_step): the caller's at the row's input, or the ones the
 * callee made. False, with fs left empty, when they would add nothing
 * (adds_nothing). */
static bool row_facts_bare(struct applied_summary *a, const struct row *r, uint32_t out_place,
			   struct factset *fs)
{
	if (!r->from_input) {
		struct fact f = {
			.origin = r->origin,
			.trace = r->trace,
			.cats = r->cats,
			.handle = r->handle,
			.function = r->function,
			.prot = r->prot,
			.exit = r->exit,
		};
		factset_add(fs, &f);
		return true;
	}
	/* a parameter's tag says its buffer is PI, not where in the record
	 * a widened row parked its pointer: naming the whole part the cut
	 * path stands for would make it all PI (docs/engine.md, Widening) */
	bool tag = !(r->stores_pointer && r->out_cut);
	factset_copy(fs, input_facts_once(a->k, a->callee, r->tails, row_parked(r), &r->in, r->kind == ROW_SINK,
					  r->kind == ROW_SINK && r->object, tag, a->reads));
	if (r->prot)
		factset_protect(fs, r->prot);
	if (adds_nothing(a->k->c, r, fs, a->out, out_place, a->sum->has_clear)) {
		factset_free(fs);
		return false;
	}
	return true;
}

/* This call's step on the facts row_facts_bare gave for r. */
static void row_call_step(struct applied_summary *a, const struct row *r, struct factset *fs)
{
	if (r->from_input && r->kind != ROW_SINK)
		add_call_step(a, fs, false, r->trace, CALL_STEP_PASSED, r->in.param + 1);
}

/* The facts a row brings to this call into fs, with this call's step:
 * the caller's at the row's input, or the ones the callee made. False,
 * with fs left empty, when they would add nothing (adds_nothing). */
static bool row_facts(struct applied_summary *a, const struct row *r, uint32_t out_place, struct factset *fs)
{
	if (!row_facts_bare(a, r, out_place, fs))
		return false;
	row_call_step(a, r, fs);
	return true;
}

static void apply_return_row(struct applied_summary *a, const struct row *r)
{
	struct factset fs = { 0 };
	if (apply_returned_pointer(a, r) || !row_facts(a, r, NO_PLACE, &fs))
		return;
	add_call_step(a, &fs, false, 0, CALL_STEP_RETURNED, 0);
	factset_union(&a->out->fs, &fs);
	a->out->clean = false;
	factset_free(&fs);
}

/* A pointer argument stored into the object the callee returns
 * (`session->stream = stream` in a constructor), or through another
 * argument (`*head = node`, stores_pointer): the caller's place points
 * to the argument's object, so what that object holds (a stream's
 * descriptor, a list node's text) is read through the place as through
 * the argument. What the argument points to, or NO_PLACE. */
static uint32_t stored_pointer(const struct applied_summary *a, const struct row *r)
{
	const struct input *in = &r->in;
	if ((r->out_param != OUT_RETURN && !r->stores_pointer) || !r->from_input || r->prot || *in->path ||
	    in->deep || in->param < 0 || (unsigned)in->param >= a->k->nargs)
		return NO_PLACE;
	return a->k->args[in->param].pt;
}

/* A row that stores the pointer the caller passes (and what it points to,
 * going with it) where the caller's own caller or the whole program reads
 * it (a global's object, a parameter's), when that pointer is to a local
 * of the caller: the local's memory is gone when the caller returns, and
 * the store would hand its PI to every later reader of that object. Into
 * a parameter's object, the caller's own state gets it (its later reads
 * see it, as its callees do through their inputs) and its summary does
 * not; into a global's object, nothing does: the store is
 * flow-insensitive, and the caller's own later reads of that global are
 * lost with it (docs/engine.md, "Pointers to locals").
 * gammu's commands keep the caller's buffer in the phone's state for the
 * reply handler to fill (`s->Phone.Data.PhoneString = value`); the IMEI
 * buffer Identify passed so stayed in the state of every later command.
 * A copy of the bytes (`strcpy(s->buf, value)`) is no such row, and the
 * argument must be the local's address as written: what a call returned
 * may only be said to be its argument (xstrdup's copy). */
static bool stores_frame_pointer(const struct applied_summary *a, const struct row *r, uint32_t dest)
{
	if (!r->stores_pointer || r->in.param < 0 || (unsigned)r->in.param >= a->k->nargs)
		return false;
	return expr_frame_pointer(a->k->c, arg_expr(a->k, (unsigned)r->in.param)) && !place_in_frame(a->k->c, dest);
}

/* The record a path below argument arg is, when it is one held by
 * value: `*` is what a pointer to a record points to, `.f` the record
 * field f is; NULL otherwise or when a step is not known. */
static const char *arg_path_record(struct call *k, int arg, const char *path)
{
	if (arg < 0 || (unsigned)arg >= k->nargs || path[0] != '*')
		return NULL;
	const struct ir_expr *e = arg_expr(k, (unsigned)arg);
	if (!e->record || !type_is_pointer(e->type_flags))
		return NULL;
	const char *rec = e->record;
	for (const char *q = path + 1; *q && rec;) {
		if (*q != '.')
			return NULL;
		q++;
		const char *end = strchr(q, '.');
		size_t n = end ? (size_t)(end - q) : strlen(q);
		if (n == 1 && *q == '*')
			return NULL;	/* through a pointer field: not held by value */
		char *field = g_strndup(q, n);
		const struct field_info *fi = tags_field(k->c->p, rec, field);
		g_free(field);
		rec = fi ? fi->field_record : NULL;
		q += n;
	}
	return rec;
}

/* The record, held by value, that row r reads all of from the caller
 * (everything below an input), in a summary that has not widened (a
 * widened row's paths are cut, and a record at both ends of one says
 * nothing); else NULL. */
static const char *row_whole_record(const struct applied_summary *a, const struct row *r)
{
	if (!r->from_input || !r->in.deep || r->in.number || r->prot || !a->sum || a->sum->nkeys > ROW_LIMIT)
		return NULL;
	return arg_path_record(a->k, r->in.param, r->in.path);
}

/* A struct copy in the callee (`*dst = *src`, `s->events[n] = *ev`):
 * an out row from all of an input's record to a place of the same
 * record. The caller moves what each field of its source holds into the
 * same field of the destination, as a copy in its own code does
 * (engine_func.c), instead of the union of the fields into the
 * destination as a whole. */
static bool struct_copy_row(const struct applied_summary *a, const struct row *r)
{
	if (r->kind != ROW_OUT || r->stores_pointer || r->out_param < 0)
		return false;
	const char *from = row_whole_record(a, r);
	const char *to = from ? arg_path_record(a->k, r->out_param, r->out_path) : NULL;
	return to && !strcmp(from, to);
}

/* A record returned by value that is a copy of the caller's
 * (`struct envelope e = *src; return e;`): the summary's one return row
 * reads all of an input of the result's record, and has not widened. The
 * result then stands for the caller's record there, so that `dst =
 * f(&src)` copies it field by field (engine_func.c, eval_assign). */
static void note_returned_copy(struct applied_summary *a)
{
	struct call *k = a->k;
	const struct ir_expr *e = k->e;
	if (!type_is_record_value(e->type_flags, e->record) || a->out->place != NO_PLACE || !a->sum)
		return;
	const struct row *ret = NULL;
	for (unsigned i = 0; i < a->sum->rows->len; i++) {
		const struct row *r = &g_array_index(a->sum->rows, struct row, i);
		if (r->kind != ROW_RETURN)
			continue;
		if (ret)
			return;
		ret = r;
	}
	const char *rec = ret ? row_whole_record(a, ret) : NULL;
	if (!rec || strcmp(rec, e->record))
		return;
	bool weak = false;
	a->out->place = arg_path_place(k, ret->in.param, ret->in.path, &weak);
}

/* Applies a struct copy row: the source's own facts to the destination,
 * then each entry below the source to the same path below it. */
static bool apply_struct_copy(struct applied_summary *a, const struct row *r, struct out_write *w)
{
	struct call *k = a->k;
	struct ctx *c = k->c;
	bool weak = false;
	uint32_t src = arg_path_place(k, r->in.param, r->in.path, &weak);
	if (src == NO_PLACE)
		return false;
	bool clean = false;
	read_record_whole(c, src, k->e->loc, &w->fs, &clean);
	row_call_step(a, r, &w->fs);
	add_call_step(a, &w->fs, true, 0, CALL_STEP_COPIED, r->out_param + 1);
	const struct tails *tails = tails_filter(r->tails);
	unsigned lo, hi;
	state_range_under(&c->st, c, src, &lo, &hi);
	size_t n = strlen(place_get(c, src)->path);
	n += n ? 1 : 0;
	GArray *below = g_array_new(FALSE, FALSE, sizeof(struct out_write));
	for (unsigned i = lo; i < hi; i++) {
		const struct entry *e = &g_array_index(c->st.entries, struct entry, i);
		/* only what the callee reads below its input (its tails) */
		if (e->place == src || !place_under(c, e->place, src) || !entry_facts(e)->n ||
		    !tails_admit(tails, place_get(c, e->place)->path + n))
			continue;
		struct out_write sub = { .place = e->place, .pt = NO_PLACE };
		factset_copy(&sub.fs, entry_facts(e));
		g_array_append_val(below, sub);
	}
	/* rebased once the scan is done: a new place may move the entries */
	for (unsigned i = 0; i < below->len; i++) {
		struct out_write *sub = &g_array_index(below, struct out_write, i);
		sub->place = place_rebase(c, sub->place, src, w->place);
		row_call_step(a, r, &sub->fs);
		add_call_step(a, &sub->fs, true, 0, CALL_STEP_COPIED, r->out_param + 1);
		g_array_append_val(a->writes, *sub);
	}
	g_array_free(below, TRUE);
	return true;
}

static void apply_out_row(struct applied_summary *a, const struct row *r)
{
	uint32_t place = NO_PLACE;
	bool weak = true;
	if (r->out_param == OUT_RETURN)
		place = returned_object_place(a->k, r->out_path);
	else if ((place = arg_path_place(a->k, r->out_param, r->out_path, &weak)) == NO_PLACE)
		return;
	if (NEVER(place == NO_PLACE))
		return;
	bool frame = stores_frame_pointer(a, r, place);
	if (frame && place_get(a->k->c, place_root(a->k->c, place))->global)
		return;
	struct out_write w = { .place = place, .pt = stored_pointer(a, r), .frame = frame, .cut = r->out_cut };
	if (r->stores_pointer && (unsigned)r->in.param < a->k->nargs)
		w.param_ptrs = (uint8_t)expr_param_pointer(a->k->c, arg_expr(a->k, (unsigned)r->in.param));
	bool copied = !frame && struct_copy_row(a, r) && apply_struct_copy(a, r, &w);
	if (!copied && row_facts(a, r, place, &w.fs))
		add_call_step(a, &w.fs, true, 0, CALL_STEP_COPIED, r->out_param + 1);
	else if (!copied && w.pt == NO_PLACE)
		return;
	g_array_append_val(a->writes, w);
}

/* Why this call's stream is of the kinds given: the first reason found
 * for a kind stands. */
static void stream_why(struct sink_site *site, unsigned kinds, const struct stream_reason *why)
{
	for (int k = 0; k < SINK_KIND_COUNT; k++) {
		const struct stream_reason *w = &site->why[k];
		if ((kinds & (1u << k)) && !w->step && !w->made && !w->arg)
			site->why[k] = *why;
	}
}

/* The caller's facts for the stream a sink row writes to. */
static const struct factset *dest_facts(struct applied_summary *a, const struct row *r)
{
	if (!a->dests)
		a->dests = g_array_new(FALSE, FALSE, sizeof(struct dest_read));
	for (unsigned i = 0; i < a->dests->len; i++) {
		struct dest_read *d = &g_array_index(a->dests, struct dest_read, i);
		if (d->in.param == r->dest.param && d->in.path == r->dest.path && d->in.deep == r->dest.deep &&
		    d->in.number == r->dest.number && d->tails == r->dest_tails)
			return &d->fs;
	}
	struct dest_read d = { .in = r->dest, .tails = r->dest_tails };
	input_facts(a->k, a->callee, r->dest_tails, NULL, &r->dest, &d.fs, true);
	g_array_append_val(a->dests, d);
	return &g_array_index(a->dests, struct dest_read, a->dests->len - 1).fs;
}

/* What a sink row's destination (a stream, a descriptor) is at this
 * call: the sink kinds its number and handle give, or a standard
 * stream's alone, else also the caller's input it is. */
static void sink_row_dest(struct applied_summary *a, const struct row *r, uint32_t dest_place, struct sink_site *site)
{
	struct call *k = a->k;
	struct ctx *c = k->c;
	const struct factset *d = dest_facts(a, r);
	/* descriptors 1 and 2 written as numbers (CONTRACT 3) */
	const struct value *dv = r->dest.param >= 0 && (unsigned)r->dest.param < k->nargs && !*r->dest.path
					 ? &k->args[r->dest.param]
					 : NULL;
	const struct ir_expr *de = r->dest.param >= 0 && (unsigned)r->dest.param < k->nargs
					   ? arg_expr(k, (unsigned)r->dest.param)
					   : NULL;
	if (dv && dv->is_number && (dv->number == 1 || dv->number == 2)) {
		site->kinds |= 1u << SINK_LOG;
		stream_why(site, 1u << SINK_LOG, &(struct stream_reason){ .arg = de, .number = dv->number });
	}
	/* a descriptor parameter given a record's field here */
	if (dv && !site->field_kinds)
		site->field_kinds = arg_field_kinds(k, r->dest.param);
	/* one of the program's standard streams: what was
	 * stored in it besides is the store's smear */
	unsigned std = de ? streams_static_kinds(c->p, de, r->dest.path) : 0;
	if (std)
		stream_why(site, std, &(struct stream_reason){ .arg = de, .number = -1, .std = std });
	/* the stream's shape at the library call, unless the input the row
	 * names has a type of the other shape: a record the stream is kept
	 * in, or a descriptor made into it (fdopen of a descriptor
	 * parameter), whose handles may be either. A `void *` names no
	 * shape: curl's debug callback data holds the trace stream. */
	int shape = r->stream_shape ? -1 : 0;	/* -1: not worked out yet */
	for (uint32_t f = 0; f < d->n; f++) {
		unsigned h = d->v[f].handle;
		if (shape < 0 && (h & HANDLE_SHAPES)) {
			unsigned in_shape = input_shape(c->p, a->callee->fn, &r->dest);
			shape = !in_shape || in_shape == r->stream_shape ? r->stream_shape : 0;
		}
		if (shape > 0 && !handle_fits(h, (unsigned)shape))
			continue;
		h &= ~HANDLE_SHAPES;
		site->kinds |= h;
		/* where the handle was made: `socket` gives a network */
		const struct tnode *made = h && !std ? trace_first(c->p, d->v[f].trace) : NULL;
		if (made)
			stream_why(site, h, &(struct stream_reason){ .made = made });
	}
	if (std)
		site->kinds = std;
	else
		site->has_dest = dest_input(c, dest_place, d, false, &site->dest, &site->dest_exact);
}

static void apply_sink_row(struct applied_summary *a, const struct row *r)
{
	struct call *k = a->k;
	struct ctx *c = k->c;
	struct factset fs = { 0 };
	if (!row_facts(a, r, NO_PLACE, &fs))
		return;
	/* a stream in no object: a string's buffer taken for a
	 * stream's (path_impossible) */
	bool weak = false;
	uint32_t dest_place = r->has_dest ? arg_path_place(k, r->dest.param, r->dest.path, &weak) : NO_PLACE;
	if (dest_place != NO_PLACE && path_impossible(place_get(c, dest_place)->path)) {
		factset_free(&fs);
		return;
	}
	/* a stream the caller set to a null pointer on every path is never
	 * written: PostgreSQL's pg_snprintf sets `target.stream = NULL`, and
	 * its formatter's fwrite runs only for a stream */
	const struct entry *dest_entry = dest_place != NO_PLACE ? state_find(&c->st, dest_place) : NULL;
	if (dest_entry && dest_entry->null) {
		factset_free(&fs);
		return;
	}
	struct sink_site site = {
		.call = k->e,
		.how = r->from_input ? SITE_WRAPPER : SITE_STREAM_CHOSEN,
		.sink_function = r->sink_function,
		.kinds = r->sink_kinds,
		.default_kind = r->default_kind,
		.field_kinds = row_field_kinds(k, r),
		.via_pointer = r->via_pointer || *a->via,
		/* the callee's programs: one reached through a pointer may
		 * be another program's (engine_route.c) */
		.excl = programs_or(c->p, r->excl, a->callee->excl),
		.object = r->object,
		.socket = r->socket,
		.stream_shape = r->stream_shape,
		.extra_trace = r->trace,
		.sink_loc = r->sink_loc,
	};
	if (r->whys)
		for (int kind = 0; kind < SINK_KIND_COUNT; kind++)
			site.why[kind].step = g_array_index(c->p->whys, struct kind_whys, r->whys - 1).step[kind];
	site.named = r->kinds_named;
	if (r->has_dest)
		sink_row_dest(a, r, dest_place, &site);
	if (!a->callee_text) {
		char *callee_text = g_strconcat(a->callee->fn->name, a->via, NULL);
		a->callee_text = prog_intern(c->p, callee_text);
		g_free(callee_text);
	}
	site.callee = a->callee_text;
	sink_facts(c, &site, &fs);
	factset_free(&fs);
}

static void apply_global_row(struct applied_summary *a, const struct row *r)
{
	struct ctx *c = a->k->c;
	struct factset fs = { 0 };
	/* nothing to write: most global rows at most calls (redis applies
	 * three million), and finding the place costs more than the row */
	if (!row_facts_bare(a, r, NO_PLACE, &fs) || !fs.n) {
		factset_free(&fs);
		return;
	}
	uint32_t g = place_follow(c, place_root_global(c, r->global), r->out_path);
	/* the steps only for what the store or the summary gains: the
	 * trace a fact keeps is the one it came with first */
	if (global_store_may_add(c, g, &fs)) {
		row_call_step(a, r, &fs);
		global_store_add(c, g, &fs);
	}
	factset_free(&fs);
}

/* ---- the rows of a call model: annotations and rule models ---- */

static void add_library_step(struct call *k, struct factset *fs, const char *control, const char *fmt, ...)
	G_GNUC_PRINTF(4, 5);

/* Adds this call's step to the trace of every fact that carries PI; a
 * protection (control: the function that protects, for the ledger) is
 * worth a step even for the caller's inputs. The message is made once,
 * for the first such fact. */
static void add_library_step(struct call *k, struct factset *fs, const char *control, const char *fmt, ...)
{
	struct ctx *c = k->c;
	const char *msg = NULL;
	va_list ap;
	va_start(ap, fmt);
	for (uint32_t i = 0; i < fs->n; i++) {
		struct fact *f = &fs->v[i];
		if (!f->cats && !(f->input && control))
			continue;
		if (!msg) {
			char *m = g_strdup_vprintf(fmt, ap);
			msg = prog_intern(c->p, m);
			g_free(m);
		}
		f->trace = trace_node_control(c->p, f->trace, k->e->loc, c->fn->name, msg, control);
	}
	va_end(ap);
}

/* Copies fs to out with its handles of the shape a library function's
 * result has: what dup returns is a descriptor, fdopen's stream over a
 * socket is a stream. A result of no such shape (memcpy's void *) and
 * a copy into an argument keep theirs. */
static void reshape_handles(struct factset *out, const struct factset *fs, unsigned shape)
{
	for (uint32_t i = 0; i < fs->n; i++) {
		struct fact f = fs->v[i];
		if (f.handle && shape)
			f.handle = (uint8_t)((f.handle & ~HANDLE_SHAPES) | shape);
		factset_add(out, &f);
	}
}

/* A rule's propagator or sanitizer writes fs, the facts of its
 * arguments, to target t. */
static void write_target(struct applied_summary *a, const struct rule_target *t, const struct factset *fs,
			 bool clean, bool append, const char *how, const char *control)
{
	struct call *k = a->k;
	if (t->kind == TARGET_RETURN) {
		struct factset tmp = { 0 };
		reshape_handles(&tmp, fs, handle_shape(k->e->type_flags));
		add_library_step(k, &tmp, control, "%s `%s`", how, a->name);
		factset_union(&a->out->fs, &tmp);
		factset_free(&tmp);
		a->out->clean = a->out->clean && clean;
		return;
	}
	bool weak = append;
	uint32_t place = target_place(k, t->arg, t->kind == TARGET_ARG_DEREF, &weak);
	if (place == NO_PLACE)
		return;
	struct value v;
	value_init(&v);
	/* A descriptor formatted or copied into text is digits in the text,
	 * not the descriptor (`snprintf(line, n, "fd %d", sock)`): a buffer
	 * that kept the socket's handle looked like a socket to every write
	 * of the object that holds it. */
	bool text = t->kind == TARGET_ARG_DEREF && text_pointer(arg_expr(k, (unsigned)t->arg)->type_flags);
	add_data_facts(&v.fs, fs, !text, !text);
	v.clean = clean;
	add_library_step(k, &v.fs, control, "%s `%s` into its argument %d", how, a->name, t->arg + 1);
	/* assign_value adds its own "assigned to" step; write directly */
	state_write(k->c, place, &v.fs, !weak, clean, NO_PLACE);
	value_free(&v);
}

/* Writes the facts of a rule's arguments from to each of its targets to.
 * True when one of them is the result; *clean says whether every
 * argument was a known non-PI value. */
static bool write_targets(struct applied_summary *a, const struct rule_args *from, unsigned nfrom,
			  const struct rule_target *to, unsigned nto, unsigned protect, bool append,
			  const char *how, bool *clean)
{
	struct factset fs = { 0 };
	bool result = false;
	args_facts(a->k, from, nfrom, &fs, clean);
	if (protect)
		factset_protect(&fs, protect);
	for (unsigned t = 0; t < nto; t++) {
		write_target(a, &to[t], &fs, *clean, append, how, protect ? a->name : NULL);
		result = result || to[t].kind == TARGET_RETURN;
	}
	factset_free(&fs);
	return result;
}

/* The result is PI: by annotation (`pi:`) or by a rule file's source. */
static void apply_source_row(struct applied_summary *a, const struct row *r)
{
	struct call *k = a->k;
	struct ctx *c = k->c;
	const struct rule_source *s = r->rule.source;
	char *id = g_strdup_printf("%s()", a->name);
	uint32_t o = prog_origin(c->p, ORIGIN_SOURCE, prog_intern(c->p, id), r->cats, k->e->loc);
	g_free(id);
	struct fact f = {
		.origin = o,
		.trace = s ? trace_step(c->p, 0, k->e->loc, c->fn->name, "`%s` returns PI (%s) by rule %s", a->name,
					pi_category_name(s->category), s->head.id)
			   : trace_step(c->p, 0, k->e->loc, c->fn->name, "`%s` returns PI by annotation", a->name),
		.cats = r->cats,
	};
	factset_add(&a->out->fs, &f);
	if (s)
		a->out->clean = false;
}

/* What a rule sink reads of argument i besides its value: the fields of
 * the record it is, or points to where the sink writes the object's
 * bytes. Returns whether it does, for the sink site. */
static bool sink_object_facts(struct call *k, const struct rule_sink *s, unsigned i, struct factset *fs)
{
	struct ctx *c = k->c;
	const struct ir_expr *a = arg_expr(k, i);
	const struct ir_expr *base = strip_casts(a);
	const char *record = base->record ? base->record : a->record;
	/* the bytes of whatever object it is given: a record, or an untyped
	 * pointer a caller may give one (fwrite(p, ...) in a helper taking
	 * `const void *p`); a text buffer is its text */
	bool object = s->object && (record || ((base->type_flags & IR_TF_VOID) && type_is_pointer(base->type_flags)));
	if (record && (s->object || type_is_record_value(a->type_flags, a->record))) {
		char *what = expr_text(c->fn, a);
		read_object_fields(c, record, a->loc, what, fs, 0, true);
		g_free(what);
		/* and what the program put in it */
		if (k->args[i].pt != NO_PLACE)
			read_place(c, k->args[i].pt, true, false, a->loc, fs, NULL);
	}
	return object;
}

/* Each argument a sink names reaches it, on its own: every argument of
 * a `pi-sink` function, the ranges of a rule's. The kinds are the
 * annotation's, or what the rule's stream argument (dest) holds. */
static void apply_model_sink_row(struct applied_summary *a, const struct row *r)
{
	static const struct rule_args every = { 0, RULE_ARGS_REST };
	struct call *k = a->k;
	const struct rule_sink *s = r->rule.sink;
	int dest = s ? s->dest : -1;
	struct sink_site site = {
		.call = k->e,
		.how = SITE_LIBRARY,
		.callee = a->name,
		.sink_function = a->name,
		.default_kind = r->default_kind,
		.sink_loc = k->e->loc,
		.heuristic = a->model->sink_heuristic ? a->model->sink_heuristic->head.id : NULL,
		.socket = s && s->socket,
		.stream_shape = dest >= 0 && (unsigned)dest < k->nargs ? handle_shape(arg_expr(k, (unsigned)dest)->type_flags) : 0,
	};
	site.kinds = r->sink_kinds | dest_kinds(k, dest, &site.has_dest, &site.dest, &site.dest_exact);
	site.field_kinds = arg_field_kinds(k, dest);
	const struct rule_args *ranges = s ? s->args : &every;
	for (unsigned n = 0; n < (s ? s->nargs : 1); n++) {
		for (unsigned i = (unsigned)ranges[n].first; i <= range_last(k, &ranges[n]) && i < k->nargs; i++) {
			struct factset fs = { 0 };
			factset_copy(&fs, &k->args[i].fs);
			if (s)
				site.object = sink_object_facts(k, s, i, &fs);
			else if (a->callee)
				add_param_tag_source(k, a->callee, i, &fs);
			sink_facts(k->c, &site, &fs);
			factset_free(&fs);
		}
	}
}

/* A `pi-sanitizer` function returns its arguments protected; a rule's
 * sanitizer writes the arguments it names to its targets. */
static void apply_protect_row(struct applied_summary *a, const struct row *r)
{
	struct call *k = a->k;
	const struct rule_sanitizer *sz = r->rule.sanitizer;
	if (!sz) {
		struct factset fs = { 0 };
		for (unsigned i = 0; i < k->nargs; i++)
			factset_union(&fs, &k->args[i].fs);
		factset_protect(&fs, r->prot);
		unsigned bit = r->prot & -r->prot;
		add_library_step(k, &fs, a->name, "protected (%s) by `%s`", pi_protection_name(bit), a->name);
		factset_union(&a->out->fs, &fs);
		factset_free(&fs);
		return;
	}
	char how[64];
	g_snprintf(how, sizeof how, "protected (%s) by", pi_protection_name(sz->kind));
	bool clean = true;
	if (write_targets(a, sz->from, sz->nfrom, sz->to, sz->nto, sz->kind, false, how, &clean))
		a->produced = true;
}

/* A propagator that copies one record over another of the same type
 * (`memcpy(&b, &a, sizeof b)`): each field's facts go to the same field,
 * as a struct assignment's do (engine_func.c), rather than the union of
 * the source's fields over all of the destination. */
static bool copy_record(struct applied_summary *a, const struct rule_propagator *pr)
{
	struct call *k = a->k;
	if (pr->append || pr->nfrom != 1 || pr->from[0].first < 0 || pr->from[0].first != pr->from[0].last)
		return false;
	unsigned src_arg = (unsigned)pr->from[0].first;
	/* one argument's memory written, besides the return */
	const struct rule_target *dst = NULL;
	unsigned ndst = 0;
	for (unsigned t = 0; t < pr->nto; t++)
		if (pr->to[t].kind == TARGET_ARG_DEREF) {
			dst = &pr->to[t];
			ndst++;
		}
	if (ndst != 1 || src_arg >= k->nargs || (unsigned)dst->arg >= k->nargs || k->args[src_arg].pt == NO_PLACE)
		return false;
	const struct ir_expr *se = arg_expr(k, src_arg), *de = arg_expr(k, (unsigned)dst->arg);
	if (!se->record || !de->record || !type_is_pointer(se->type_flags) || !type_is_pointer(de->type_flags) ||
	    strcmp(se->record, de->record) || text_pointer(se->type_flags))
		return false;
	bool weak = false;
	uint32_t to = target_place(k, dst->arg, true, &weak);
	uint32_t from = k->args[src_arg].pt;
	if (to == NO_PLACE || to == from)
		return false;
	char *step = g_strdup_printf("copied by `%s` into its argument %d", a->name, dst->arg + 1);
	struct factset fs = { 0 };
	bool clean = false;
	read_record_whole(k->c, from, k->e->loc, &fs, &clean);
	add_library_step(k, &fs, NULL, "%s", step);
	state_write(k->c, to, &fs, !weak, clean, NO_PLACE);
	factset_free(&fs);
	copy_record_fields(k->c, from, to, weak, k->e->loc, "%s", step);
	g_free(step);
	return true;
}

static void apply_copy_row(struct applied_summary *a, const struct row *r)
{
	const struct rule_propagator *pr = r->rule.propagator;
	bool clean = true;
	if (copy_record(a, pr)) {
		/* the return (memcpy's is its first argument) as a whole */
		for (unsigned t = 0; t < pr->nto; t++)
			if (pr->to[t].kind == TARGET_RETURN)
				write_targets(a, pr->from, pr->nfrom, &pr->to[t], 1, 0, false, "copied by", &clean);
		a->produced = true;
		a->clean_all = a->clean_all && clean;
		return;
	}
	if (write_targets(a, pr->from, pr->nfrom, pr->to, pr->nto, 0, pr->append, "copied by", &clean)) {
		a->produced = true;
		a->clean_all = a->clean_all && clean;
	}
}

/* A rule's cleaner (memset, bzero) overwrites its targets with non-PI. */
static void apply_clean_row(struct applied_summary *a, const struct row *r)
{
	const struct rule_cleaner *cl = r->rule.cleaner;
	for (unsigned t = 0; t < cl->nclears; t++) {
		bool weak = false;
		const struct rule_target *tg = &cl->clears[t];
		uint32_t place = target_place(a->k, tg->arg, tg->kind == TARGET_ARG_DEREF, &weak);
		if (place != NO_PLACE && !weak)
			state_write(a->k->c, place, &(struct factset){ 0 }, true, true, NO_PLACE);
	}
}

/* Every call applies its rows, its model's and its callee's summary's,
 * here: one function per kind. */
static void apply_row(struct applied_summary *a, const struct row *r)
{
	if (row_skipped(a, r))
		return;
	switch (r->kind) {
	case ROW_RETURN:
		apply_return_row(a, r);
		break;
	case ROW_OUT:
		apply_out_row(a, r);
		break;
	case ROW_SINK:
		apply_sink_row(a, r);
		break;
	case ROW_GLOBAL:
		apply_global_row(a, r);
		break;
	case ROW_CLEAR:		/* once every row has read (apply_clears_and_writes) */
	case ROW_CALL:		/* in choosing the summary (summary_for_call) */
		break;
	case ROW_MODEL_SOURCE:
		apply_source_row(a, r);
		break;
	case ROW_MODEL_SINK:
		apply_model_sink_row(a, r);
		break;
	case ROW_MODEL_PROTECT:
		apply_protect_row(a, r);
		break;
	case ROW_MODEL_COPY:
		apply_copy_row(a, r);
		break;
	case ROW_MODEL_CLEAN:
		apply_clean_row(a, r);
		break;
	case ROW_MODEL_HANDLE:
		apply_handle(a->k, r->rule.handle, a->out);
		break;
	}
}

/* A place loses what it held where the callee overwrites it on every
 * path (a clear row). */
static void apply_clear(struct call *k, const struct row *r)
{
	bool weak = false;
	uint32_t place = arg_path_place(k, r->out_param, r->out_path, &weak);
	if (place != NO_PLACE && !weak)
		state_write(k->c, place, &(struct factset){ 0 }, true, r->cleared, NO_PLACE);
}

/* Each place gets what was written into it (the facts are taken). */
static void apply_writes(struct call *k, GArray *writes)
{
	for (unsigned i = 0; i < writes->len; i++) {
		struct out_write *w = &g_array_index(writes, struct out_write, i);
		/* only into a field nothing was written to before: a pointer
		 * the call may leave as it was points to either */
		const struct entry *before = w->pt != NO_PLACE ? state_find(&k->c->st, w->place) : NULL;
		bool first = w->pt != NO_PLACE && (!before || (!before->facts && before->pt == NO_PLACE && !before->strong));
		(w->frame ? state_write_frame : state_write)(k->c, w->place, &w->fs, false, false, NO_PLACE);
		struct entry *e = state_find(&k->c->st, w->place);
		if (first)
			e->pt = w->pt;
		e->param_ptrs |= w->param_ptrs;
		e->cut = e->cut || w->cut;
		factset_free(&w->fs);
	}
}

/* What the callee overwrites on every path loses what it held, then
 * gets what the callee wrote. Through a function pointer that may reach
 * several functions, the writes wait for the others (apply_candidates). */
static void apply_clears_and_writes(struct applied_summary *a)
{
	struct call *k = a->k;
	if (k->deferred) {
		g_array_append_vals(k->deferred, a->writes->data, a->writes->len);
		g_ptr_array_add(k->applied, (gpointer)a->sum);
		k->kept_out |= a->model->skip_out;
		return;
	}
	for (unsigned i = 0; a->sum && i < a->sum->rows->len; i++) {
		const struct row *r = &g_array_index(a->sum->rows, struct row, i);
		if (r->kind == ROW_CLEAR && !k->e->callback && !row_skipped(a, r))
			apply_clear(k, r);
	}
	apply_writes(k, a->writes);
}

/* Applies rows from..len of rows at the call a->k. A recursive
 * function's summary may change while it is applied (rows added, covered
 * ones dropped): the length is read each time, and the next analysis of
 * the component sees the rest. */
static void apply_rows(struct applied_summary *a, const GArray *rows, unsigned from, unsigned len)
{
	for (unsigned i = from; i < len && i < rows->len; i++) {
		/* a copy: applying a recursive function's summary may grow it */
		struct row r = g_array_index(rows, struct row, i);
		a->k->c->work++;
		apply_row(a, &r);
	}
}

/* A function we know nothing of may write through the pointers it is
 * given (fgets into a field that memset had cleared): what was known to
 * be clean there no longer is. */
static void forget_clears(struct call *k)
{
	for (unsigned i = 0; i < k->nargs; i++)
		if (k->args[i].pt != NO_PLACE)
			state_forget_clears(k->c, k->args[i].pt);
}

static void count_unknown(struct call *k, const char *name)
{
	struct ctx *c = k->c;
	for (unsigned i = 0; i < k->nargs; i++) {
		if (!factset_cats(&k->args[i].fs))
			continue;
		if (name && !g_str_has_prefix(name, "__builtin_")) {
			const char *key = prog_intern(c->p, name);
			struct blind_call *b = g_hash_table_lookup(c->p->blind, key);
			if (!b) {
				b = g_new0(struct blind_call, 1);
				b->calls = g_hash_table_new(g_direct_hash, g_direct_equal);
				b->first = k->e->loc;
				g_hash_table_insert(c->p->blind, (gpointer)key, b);
			}
			g_hash_table_add(b->calls, (gpointer)k->e);
		}
		if (!c->p->stats)
			return;
		c->p->stats->unknown_calls_with_pi++;
		GHashTable *h = c->p->stats->unknown_callees;
		const char *key = name ? name : "(function pointer)";
		g_hash_table_insert(h, g_strdup(key),
				    GUINT_TO_POINTER(GPOINTER_TO_UINT(g_hash_table_lookup(h, key)) + 1));
		return;
	}
}

static bool builtin(struct call *k, const char *name, struct value *out)
{
	struct ctx *c = k->c;
	if (!g_str_has_prefix(name, "__builtin_"))
		return false;
	if (!strcmp(name, "__builtin_va_start") && k->nargs >= 1) {
		/* the va_list now carries every variadic argument */
		struct factset fs = { 0 };
		struct fact f = {
			.origin = input_id(c, (int)c->fn->nparams, "", true, false),
			.input = 1,
			.trace = trace_step(c->p, 0, k->e->loc, c->fn->name,
					    "enters `%s` as its variadic arguments", c->fn->name),
		};
		factset_add(&fs, &f);
		state_write(c, k->args[0].place, &fs, true, false, NO_PLACE);
		factset_free(&fs);
		return true;
	}
	if (!strcmp(name, "__builtin_va_copy") && k->nargs >= 2) {
		state_write(c, k->args[0].place, &k->args[1].fs, true, false, NO_PLACE);
		return true;
	}
	if (!strcmp(name, "__builtin_va_end"))
		return true;
	if (!strcmp(name, "__builtin_expect") && k->nargs >= 1) {
		factset_union(&out->fs, &k->args[0].fs);
		return true;
	}
	return false;
}

/* Whether a function pointer at place (below a parameter) is one a
 * caller is asked about (ROW_CALL). Inputs keep the fields of records
 * held by value past INPUT_STEPS (path_cut), but a pointer that deep is
 * left to what the program stores there: following every one to its
 * callers took curl's analyses for a caller's context from 84 to 318,
 * and moved one finding each on curl and postfix. */
static bool call_row_place(const struct ctx *c, uint32_t place)
{
	return place_get(c, place)->depth <= INPUT_STEPS;
}

/* A callee that calls through a function pointer its caller passes
 * (ROW_CALL rows): where this caller knows the functions it passes there,
 * the callee's summary for that context (engine_special.c); where it has
 * the pointer from its own caller, it calls through it too. */
static const struct summary *summary_for_call(struct call *k, struct fn_info *callee)
{
	struct ctx *c = k->c;
	const struct summary *own = &callee->sum;
	struct special spec = { 0 };
	for (unsigned i = 0; i < own->rows->len; i++) {
		/* a copy: a recursive callee is this function, whose summary
		 * the ROW_CALL rows below add to, and the array moves as it
		 * grows (a self-recursive function of PostgreSQL's read freed
		 * memory through the old pointer and crashed) */
		const struct row row = g_array_index(own->rows, struct row, i);
		const struct row *r = &row;
		if (r->kind != ROW_CALL)
			continue;
		struct factset fs = { 0 }, fns = { 0 };
		input_facts(k, callee, r->tails, row_parked(r), &r->in, &fs, false);
		/* where the pointer is in this caller, as a path below one of its
		 * parameters: only that input is the caller's caller's pointer */
		bool weak = false;
		uint32_t at = arg_path_place(k, r->in.param, r->in.path, &weak);
		const char *at_path = at != NO_PLACE ? place_get(c, at)->path : NULL;
		bool open = false;
		/* what the callee's own analysis called there: the functions
		 * stored in the field, when known; a context is worth a new
		 * analysis only when it narrows them */
		const GPtrArray *cands = fptr_field_fns(c->p, r->global);
		/* the argument is in a container whose stores say more than
		 * the field's record (a VSTRING's buffer, not any VBUF): the
		 * container decides, also over functions that flowed in with
		 * the pointer */
		const GPtrArray *inside = r->in.param >= 0 && (unsigned)r->in.param < k->nargs
						  ? fptr_container_fns(c->p, arg_expr(k, (unsigned)r->in.param), r->in.path)
						  : NULL;
		for (uint32_t f = 0; f < fs.n; f++) {
			struct fact x = fs.v[f];
			if (x.function && x.origin == fptr_none_origin(c->p)) {
				x.trace = 0;
				factset_add(&fns, &x);
			} else if (x.function) {
				struct fn_info *t = prog_function(c->p, prog_origin_get(c->p, x.origin)->identity);
				if (cands && (!t || !g_ptr_array_find((GPtrArray *)cands, t, NULL)))
					continue;
				if (inside && (!t || inside == FPTR_NONE ||
					       !g_ptr_array_find((GPtrArray *)inside, t, NULL)))
					continue;
				if (t && !prog_may_call(callee, t))
					continue;
				x.trace = 0;
				factset_add(&fns, &x);
			} else if (x.input) {
				const struct input *in = input_get(c, x.origin);
				if (!in->deep && special_known(c, in->param, in->path))
					continue;	/* its functions came with it */
				open = true;
				if (in->deep || in->param < 0 || in->path != at_path || !call_row_place(c, at))
					continue;
				struct row call = { .kind = ROW_CALL, .from_input = true, .in = *in };
				if (summary_add(c->p, c->sum, &call))
					c->changed_summary = true;
			}
		}
		factset_free(&fs);
		/* nothing known of the pointer's value that the container
		 * admits: the container's functions */
		if (fns.n)
			inside = NULL;
		if (inside)
			spec.by_container = true;
		if (inside == FPTR_NONE) {
			struct fact x = { .origin = fptr_none_origin(c->p), .function = 1 };
			factset_add(&fns, &x);
			open = false;
			cands = NULL;
		}
		for (unsigned f = 0; inside && f < inside->len; f++) {
			const struct fn_info *t = inside->pdata[f];
			if (!prog_may_call(callee, t))
				continue;
			struct fact x = {
				.origin = prog_origin(c->p, ORIGIN_FUNCTION, t->fn->ident, 0, (struct ir_loc){ 0 }),
				.function = 1,
			};
			factset_add(&fns, &x);
			open = false;
			cands = NULL;
		}
		/* only what is known for certain: a pointer that may also be
		 * the caller's caller's keeps the callee's own candidates */
		if (fns.n && !open && spec.n < SPECIAL_MAX && (!cands || fns.n < cands->len)) {
			spec.v[spec.n].in = r->in;
			spec.v[spec.n].fns = fns;
			spec.n++;
		} else {
			factset_free(&fns);
		}
	}
	cases_special(callee, k->args, k->nargs, &spec);
	const struct summary *s = spec.n ? special_summary(c->p, callee, &spec) : NULL;
	for (unsigned i = 0; i < spec.n; i++)
		factset_free(&spec.v[i].fns);
	return s ? s : own;
}

/* Whether a rule's handle with a condition holds at this call, and so
 * stands instead of the unconditional ones (row_skipped). */
static bool specific_handle(const struct applied_summary *a)
{
	const GArray *rows = a->model->rows;
	for (unsigned i = a->model->always; i < rows->len; i++) {
		const struct row *r = &g_array_index(rows, struct row, i);
		if (r->kind == ROW_MODEL_HANDLE && r->rule.handle->cond.arg >= 0 &&
		    cond_holds(a->k, &r->rule.handle->cond))
			return true;
	}
	return false;
}

/* The one way a call is applied: its model's rows that apply to any
 * callee, then its summary when it has a body, else its rule models;
 * and a function with neither, nor annotations, is where we go blind. */
static void apply_summary(struct applied_summary *a)
{
	const struct call_model *m = a->model;
	a->writes = g_array_new(FALSE, FALSE, sizeof(struct out_write));
	a->reads = g_array_new(FALSE, FALSE, sizeof(struct input_read));
	a->returns_arg = NO_PLACE;
	apply_rows(a, m->rows, 0, m->always);
	if (a->callee) {
		a->sum = summary_for_call(a->k, a->callee);
		apply_rows(a, a->sum->rows, 0, G_MAXUINT);
	} else if (m->ruled) {
		a->out->clean = false;
		a->clean_all = true;
		a->specific_handle = specific_handle(a);
		apply_rows(a, m->rows, m->always, G_MAXUINT);
		if (a->produced && a->clean_all && a->out->fs.n == 0)
			a->out->clean = true;
	}
	for (unsigned i = 0; i < a->reads->len; i++) {
		struct input_read *r = &g_array_index(a->reads, struct input_read, i);
		factset_free(&r->fs);
		if (r->notes)
			g_array_free(r->notes, TRUE);
		if (r->sharers)
			g_ptr_array_free(r->sharers, TRUE);
	}
	g_array_free(a->reads, TRUE);
	for (unsigned i = 0; a->dests && i < a->dests->len; i++)
		factset_free(&g_array_index(a->dests, struct dest_read, i).fs);
	if (a->dests)
		g_array_free(a->dests, TRUE);
	a->dests = NULL;
	apply_clears_and_writes(a);
	g_array_free(a->writes, TRUE);
	if (a->returns_arg < NO_PLACE - 1 && a->out->pt == NO_PLACE)
		a->out->pt = a->returns_arg;
	if (a->callee && !a->k->deferred)
		note_returned_copy(a);
	if (a->callee || (!m->ruled && m->annotated))
		return;
	if (!m->ruled)
		count_unknown(a->k, a->name);
	/* a function we know nothing of, or an inert one, may still fill a
	 * buffer from outside (fgets): what was known cleared there is not
	 * any more */
	if (!m->ruled || m->inert)
		forget_clears(a->k);
}

static void apply_callee(struct call *k, const char *name, const char *ident, struct fn_info *fi,
			 const char *via, struct value *out)
{
	struct applied_summary a = {
		.k = k,
		.callee = fi,
		.name = name,
		.model = call_model(k->c->p, name, ident, fi),
		.out = out,
		.via = via,
	};
	apply_summary(&a);
}

/* Whether every summary applied at the call has the clear row r. */
static bool every_candidate_clears(const GPtrArray *applied, const struct row *r)
{
	struct row key = *r;
	key.trace = 0;
	for (unsigned i = 0; i < applied->len; i++) {
		const struct summary *sum = applied->pdata[i];
		if (!sum || !summary_knows(sum, &key))
			return false;
	}
	return true;
}

/* The argument of an indirect call that is the context kept beside the
 * function pointer it calls: `io->cb(io, evt, io->arg)`, a data pointer
 * (void *) read from another field of the record the callee is read
 * from; -1 when there is none. */
static int closure_context_arg(const struct call *k)
{
	const struct ir_expr *callee = ir_strip_casts(k->e->kids[0]);
	if (callee->kind != IR_E_FIELD || !callee->nkids)
		return -1;
	for (unsigned i = 0; i < k->nargs; i++) {
		const struct ir_expr *a = ir_strip_casts(arg_expr(k, i));
		if (a->kind == IR_E_FIELD && a->nkids && a->arrow == callee->arrow && g_strcmp0(a->name, callee->name) &&
		    (a->type_flags & (IR_TF_POINTER | IR_TF_VOID)) == (IR_TF_POINTER | IR_TF_VOID) &&
		    ir_same_lvalue(a->kids[0], callee->kids[0]))
			return (int)i;
	}
	return -1;
}

/* What one of several candidates writes into its context is that
 * callback's own state: the program registers each callback with a
 * context of its own (io_set_callback(s->io, smtp_io, s)), and hands the
 * context only to it. Handed on through the record, it would reach every
 * other candidate at the next call through the pair, as if an SMTP
 * session were a bounce session (opensmtpd's io_dispatch). */
static void drop_context_writes(struct call *k)
{
	int ctx_arg = closure_context_arg(k);
	bool weak = false;
	uint32_t obj = ctx_arg < 0 ? NO_PLACE : target_place(k, ctx_arg, true, &weak);
	if (obj == NO_PLACE)
		return;
	unsigned kept = 0;
	for (unsigned i = 0; i < k->deferred->len; i++) {
		struct out_write *w = &g_array_index(k->deferred, struct out_write, i);
		if (place_under(k->c, w->place, obj)) {
			factset_free(&w->fs);
			continue;
		}
		g_array_index(k->deferred, struct out_write, kept++) = *w;
	}
	g_array_set_size(k->deferred, kept);
}

/* A call through a function pointer that may reach several functions
 * does what any of them does: each reads the caller's state as it was
 * before the call, a place loses what it held only where every one of
 * them overwrites it, and then gets what each wrote. gammu's GetIMEI
 * pointer reaches drivers that copy the IMEI into the caller's buffer
 * and drivers that fill it with a placeholder; applying them one after
 * the other let a placeholder wipe the IMEI the others copied
 * (gammu misc.c:283 was missed). */
static void apply_candidates(struct call *k, const GPtrArray *targets, struct value *out)
{
	bool joined = targets->len > 1 && !k->e->callback;
	if (joined) {
		k->deferred = g_array_new(FALSE, FALSE, sizeof(struct out_write));
		k->applied = g_ptr_array_new();
	}
	for (unsigned i = 0; i < targets->len; i++) {
		struct fn_info *t = targets->pdata[i];
		apply_callee(k, t->fn->name, t->fn->ident, t, " (through a function pointer)", out);
	}
	if (!joined)
		return;
	const struct summary *first = k->applied->len ? k->applied->pdata[0] : NULL;
	for (unsigned i = 0; first && i < first->rows->len; i++) {
		const struct row *r = &g_array_index(first->rows, struct row, i);
		if (r->kind == ROW_CLEAR && every_candidate_clears(k->applied, r) &&
		    !(r->out_param >= 0 && r->out_param < 32 && (k->kept_out & (1u << r->out_param))))
			apply_clear(k, r);
	}
	drop_context_writes(k);
	apply_writes(k, k->deferred);
	g_array_free(k->deferred, TRUE);
	g_ptr_array_free(k->applied, TRUE);
	k->deferred = NULL;
	k->applied = NULL;
}

/* printf-style calls, the library's and the program's own wrappers alike
 * (msg_info, log_trace): an argument a literal format prints as a number
 * or an address (%p, %lx, %d) and that is a pointer is an address, not
 * the PI it points to. postfix logs `(long) context` with %lx at high
 * verbosity, opensmtpd logs sessions with %p. The format must account
 * for every argument after it ('*' widths included), else it is not
 * taken for one. */
static void drop_printed_addresses(struct call *k)
{
	unsigned fmt = 0;
	while (fmt < k->nargs && !(k->args[fmt].literal && strchr(k->args[fmt].literal, '%')))
		fmt++;
	if (fmt >= k->nargs)
		return;
	const char *f = k->args[fmt].literal;
	/* what each following argument is printed as: 'n' number or
	 * address, 'o' anything else */
	char *as = g_malloc(k->nargs - fmt + 1);
	unsigned n = 0;
	bool ok = true;
	for (const char *q = f; *q && ok; q++) {
		if (*q != '%')
			continue;
		q++;
		if (*q == '%')
			continue;
		while (*q && strchr("-+ #0'", *q))
			q++;
		for (int part = 0; part < 2 && ok; part++) {	/* width, then precision */
			if (part && *q == '.')
				q++;
			else if (part)
				break;
			if (*q == '*') {
				ok = n < k->nargs - fmt - 1;
				if (ok)
					as[n++] = 'n';
				q++;
			}
			while (g_ascii_isdigit(*q))
				q++;
		}
		while (*q && strchr("hlLqjzt", *q))
			q++;
		if (!*q || !ok || n >= k->nargs - fmt - 1) {
			ok = false;
			break;
		}
		as[n++] = strchr("diouxXp", *q) ? 'n' : 'o';
	}
	if (ok && n == k->nargs - fmt - 1) {
		for (unsigned i = 0; i < n; i++) {
			const struct ir_expr *a = strip_casts(arg_expr(k, fmt + 1 + i));
			if (as[i] == 'n' && type_is_pointer(a->type_flags)) {
				/* nor is what it points to read through it */
				struct value *v = &k->args[fmt + 1 + i];
				factset_clear(&v->fs);
				v->clean = true;
				v->place = v->pt = NO_PLACE;
			}
		}
	}
	g_free(as);
}

void eval_call(struct ctx *c, const struct ir_expr *e, struct value *out)
{
	struct call k = { .c = c, .e = e, .nargs = e->nkids ? e->nkids - 1 : 0, .ret_site = NO_PLACE, .parked = -1,
			  .ret_object = NO_PLACE };
	k.args = g_new(struct value, k.nargs ? k.nargs : 1);
	for (unsigned i = 0; i < k.nargs; i++) {
		value_init(&k.args[i]);
		eval(c, e->kids[i + 1], &k.args[i]);
	}
	drop_printed_addresses(&k);
	if (e->name) {
		if (!builtin(&k, e->name, out))
			apply_callee(&k, e->name, e->ident, link_callee(c->p, c->fi, e->ident, (int)k.nargs), "", out);
	} else {
		/* Through a function pointer: the functions whose addresses
		 * flowed into it; when none is known (it came from the caller,
		 * or from memory we know nothing of), the functions the program
		 * stores in the record field it was read from (engine_fptr.c),
		 * or failing that every address-taken function of its type.
		 * Flowed-in functions are kept to those the field may hold, so
		 * that the call graph (collect_calls), which has an edge to
		 * each of those, covers every call made here. */
		struct value callee;
		value_init(&callee);
		c->reading_callee = true;
		eval(c, e->kids[0], &callee);
		c->reading_callee = false;
		bool any = false;
		const GPtrArray *fns = fptr_candidates(c->p, e->kids[0], e->text);
		/* the functions the call reaches, gathered before any is
		 * applied: what one clears, the others may fill */
		GPtrArray *targets = g_ptr_array_new();
		for (uint32_t i = 0; i < callee.fs.n; i++) {
			const struct fact *f = &callee.fs.v[i];
			if (!f->function)
				continue;
			/* a caller's context says no such call is made */
			if (f->origin == fptr_none_origin(c->p)) {
				any = true;
				continue;
			}
			struct fn_info *t = prog_function(c->p, prog_origin_get(c->p, f->origin)->identity);
			if (!t || (e->text && t->fn->fn_type && strcmp(t->fn->fn_type, e->text)))
				continue;
			if (fns && !g_ptr_array_find((GPtrArray *)fns, t, NULL))
				continue;
			if (!prog_may_call(c->fi, t))
				continue;
			prog_add_found_edge(c->p, c->fi, t);
			any = true;
			g_ptr_array_add(targets, t);
		}
		/* The pointer came from the caller: a caller that knows it
		 * gets this function's summary made for it (ROW_CALL). */
		const char *at = callee.place != NO_PLACE ? place_get(c, callee.place)->path : NULL;
		for (uint32_t i = 0; !any && at && i < callee.fs.n; i++) {
			const struct fact *f = &callee.fs.v[i];
			/* the pointer itself, not what enclosing places hold */
			if (!f->input || input_get(c, f->origin)->deep || input_get(c, f->origin)->param < 0 ||
			    input_get(c, f->origin)->path != at || !call_row_place(c, callee.place))
				continue;
			struct row call = {
				.kind = ROW_CALL,
				.from_input = true,
				.in = *input_get(c, f->origin),
				.global = fptr_field_key(c->p, e->kids[0]),
			};
			if (summary_add(c->p, c->sum, &call))
				c->changed_summary = true;
		}
		for (unsigned i = 0; !any && fns && i < fns->len; i++) {
			struct fn_info *t = fns->pdata[i];
			if (prog_may_call(c->fi, t))
				g_ptr_array_add(targets, t);
		}
		any = any || fns;
		const GPtrArray *typed = !any && e->text ? fptr_of_type(c->p, e->text) : NULL;
		for (unsigned i = 0; typed && i < typed->len; i++) {
			struct fn_info *t = typed->pdata[i];
			if (!prog_may_call(c->fi, t))
				continue;
			g_ptr_array_add(targets, t);
			any = true;
		}
		apply_candidates(&k, targets, out);
		g_ptr_array_free(targets, TRUE);
		value_free(&callee);
		if (!any)
			count_unknown(&k, NULL);
	}
	/* the result points to the object its callee made; it carries what
	 * the result itself does, as a pointer variable's place would */
	if (k.ret_site != NO_PLACE) {
		out->pt = k.ret_object;
		out->clean = false;
		state_write(c, k.ret_site, &out->fs, false, false, k.ret_object);
	}
	for (unsigned i = 0; i < k.nargs; i++)
		value_free(&k.args[i]);
	g_free(k.args);
}

static gint blind_order(gconstpointer a, gconstpointer b, gpointer data)
{
	const struct blind_call *x = g_hash_table_lookup(data, *(const char *const *)a);
	const struct blind_call *y = g_hash_table_lookup(data, *(const char *const *)b);
	guint nx = g_hash_table_size(x->calls), ny = g_hash_table_size(y->calls);
	if (nx != ny)
		return nx > ny ? -1 : 1;
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void blind_call_free(gpointer data)
{
	struct blind_call *b = data;
	g_hash_table_destroy(b->calls);
	g_free(b);
}

void call_init(struct program *p)
{
	p->blind = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, blind_call_free);
	p->whys = g_array_new(FALSE, FALSE, sizeof(struct kind_whys));
}

void call_free(struct program *p)
{
	g_hash_table_destroy(p->blind);
	g_array_free(p->whys, TRUE);
}

/* Where pitrace went blind (CONTRACT: a library function that receives PI
 * and has no model is in the problems, not only in --stats): one problem
 * per function at its first call, the busiest first. Not partial: the
 * analysis is complete as modelled, and the rules say how to see more. */
#define BLIND_LISTED 20

void report_blind_calls(struct program *p)
{
	GPtrArray *names = g_ptr_array_new();
	GHashTableIter it;
	gpointer key;
	g_hash_table_iter_init(&it, p->blind);
	while (g_hash_table_iter_next(&it, &key, NULL))
		g_ptr_array_add(names, key);
	g_ptr_array_sort_with_data(names, blind_order, p->blind);
	unsigned rest = 0, rest_calls = 0;
	for (unsigned i = 0; i < names->len; i++) {
		const char *name = names->pdata[i];
		const struct blind_call *b = g_hash_table_lookup(p->blind, name);
		unsigned calls = g_hash_table_size(b->calls);
		if (i >= BLIND_LISTED) {
			rest++;
			rest_calls += calls;
			continue;
		}
		report_add_problem(p->rep, false, b->first.file, b->first.line,
				   "`%s` has no body here and no model, and %u call%s hand%s it PI: where it goes "
				   "from there is not known (model it in a rules file: docs/rules.md)",
				   name, calls, calls == 1 ? "" : "s", calls == 1 ? "s" : "");
	}
	if (rest)
		report_add_problem(p->rep, false, NULL, 0,
				   "%u more functions with no body and no model were handed PI (%u calls); "
				   "--stats lists them", rest, rest_calls);
	g_ptr_array_free(names, TRUE);
}
