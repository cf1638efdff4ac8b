/* SPDX-License-Identifier: Apache-2.0 */
/* engine_model.c - call models: what a callee's annotations and rule
 * models say a call does, compiled once per callee into rows that
 * engine_call.c applies as it applies a summary's (docs/engine.md,
 * "Applying a summary"). A rule model has the shape of a summary; the
 * rows that say what a summary cannot (conditions on literal arguments,
 * handles, protections, cleaners) keep their rule entry. In memory only:
 * no summary holds them. */
#include "engine_int.h"

static void model_add(struct call_model *m, struct row r)
{
	g_array_append_val(m->rows, r);
}

/* Adds the function's sinks: all of them, or (with_builtin false) only
 * those of the user's own rule files. Returns how many of those it added
 * hold at every call (no "when"): only such a sink can stand for all the
 * body's, at calls where a condition fails the body still speaks. */
static unsigned add_sinks(struct call_model *m, const struct rule_function *rf, bool with_builtin)
{
	unsigned always = 0;
	for (const struct rule_sink **s = rf->sinks; s && *s; s++)
		if (with_builtin || !(*s)->head.builtin) {
			model_add(m, (struct row){ .kind = ROW_MODEL_SINK, .default_kind = (uint8_t)(*s)->kind,
						   .rule.sink = *s });
			always += (*s)->cond.arg < 0;
		}
	return always;
}

/* Adds the function's sanitizers. For a function the program defines
 * (body), only those of the user's own rule files, and what each writes
 * stands for what the body would leave there: a team's own seal() is
 * encryption where it is called, its body a cipher the analysis may not
 * know (pi-unverified-sanitizer checks it). */
static void add_sanitizers(struct call_model *m, const struct rule_function *rf, bool body)
{
	for (const struct rule_sanitizer **sz = rf->sanitizers; sz && *sz; sz++) {
		if (body && (*sz)->head.builtin)
			continue;
		model_add(m, (struct row){ .kind = ROW_MODEL_PROTECT, .rule.sanitizer = *sz });
		for (unsigned t = 0; body && t < (*sz)->nto; t++) {
			const struct rule_target *tg = &(*sz)->to[t];
			if (tg->kind == TARGET_RETURN)
				m->skip_return = true;
			else if (tg->arg >= 0 && tg->arg < 32)
				m->skip_out |= 1u << tg->arg;
		}
	}
}

/* An "allocators" entry that says a function is none, and nothing else. */
static bool only_not_allocator(const struct rule_function *rf)
{
	return rf->allocator == ALLOCATOR_NOT && !*rf->sources && !*rf->sinks && !*rf->handles && !*rf->sanitizers &&
	       !*rf->propagators && !*rf->cleaners && !*rf->callbacks && !rf->inert;
}

/* A rule file's entries for the function, in the order they apply:
 * its sources first, which apply to a function with a body as well.
 * So do the sinks of the user's own rule files, standing instead of the
 * sinks the body reaches, as a pi-sink annotation does: a platform team
 * declares its project's logging API a log (postfix's msg_info sends to
 * the postlogd socket or writes a file, a finding of another kind at
 * every verbose line) without touching its code; ignored, such an entry
 * was a silent no. A built-in pack's sink is a library's model, and a
 * body of that library in the program (redis's bundled hiredis, curl's
 * own curl_easy_setopt) says more than the model. */
static void compile_rules(struct call_model *m, const struct rule_function *rf, bool body)
{
	for (const struct rule_source **s = rf->sources; s && *s; s++)
		if ((*s)->kind == SOURCE_RETURN)
			model_add(m, (struct row){ .kind = ROW_MODEL_SOURCE, .cats = (uint16_t)(1u << (*s)->category),
						   .rule.source = *s });
	if (body && add_sinks(m, rf, false))
		m->skip_sinks = true;
	if (body)
		add_sanitizers(m, rf, true);
	m->always = m->rows->len;
	if (!body)
		add_sinks(m, rf, true);
	for (const struct rule_propagator **pr = rf->propagators; pr && *pr; pr++)
		model_add(m, (struct row){ .kind = ROW_MODEL_COPY, .rule.propagator = *pr });
	if (!body)
		add_sanitizers(m, rf, false);
	for (const struct rule_cleaner **cl = rf->cleaners; cl && *cl; cl++)
		model_add(m, (struct row){ .kind = ROW_MODEL_CLEAN, .rule.cleaner = *cl });
	for (const struct rule_handle **h = rf->handles; h && *h; h++)
		model_add(m, (struct row){ .kind = ROW_MODEL_HANDLE, .rule.handle = *h });
	/* an entry that only says a function is no allocator claims
	 * nothing about what it does: a call without a body stays blind */
	m->ruled = !only_not_allocator(rf);
	m->inert = rf->inert;
}

/* The argument that is a function's printf format: a text pointer before
 * `...`, or before a trailing va_list; -1 for any other signature. */
static int format_param(const struct ir_func *fn)
{
	unsigned n = fn->nparams;
	if (n && !fn->is_variadic && (fn->vars[n - 1].type_flags & IR_TF_VA_LIST))
		n--;
	else if (!fn->is_variadic)
		return -1;
	if (!n)
		return -1;
	unsigned tf = fn->vars[n - 1].type_flags;
	return (tf & IR_TF_CHAR) && (tf & IR_TF_POINTER) ? (int)n - 1 : -1;
}

/* A function of the program named as a logging API and taking a printf
 * format (msg_info, log_warnx, serverLog) is a log sink by a sink
 * heuristic ("on": ["function"]; the opt-in pack rules/extra/
 * logging-api.json has one, docs/rules.md): the format and what
 * follows it are logged, whatever the body does with the text -- postfix
 * sends it to the postlogd socket or appends it to a file, and each
 * such sink was a finding of another kind at every log line. The body's
 * sinks and the globals it writes (the message buffers it formats into,
 * read by nothing but the logger) stand behind that; its other effects
 * apply. The leading arguments (a level, a request) are not logged as
 * such: what of them is logged passes through the format's arguments. */
static void add_sink_heuristic(struct program *p, struct call_model *m, const struct ir_func *fn)
{
	int fmt = format_param(fn);
	if (fmt < 0)
		return;
	GError *err = NULL;
	const struct rule_heuristic *h = rules_heuristic_sink(p->rules, fn->name, &err);
	if (err) {
		/* answered as no sink: the body's sinks stand, nothing is lost */
		if (!p->heuristic_failed)
			report_add_partial(p->rep, fn->loc.file, fn->loc.line,
					   "a sink heuristic could not decide whether `%s` is a logging function (%s); "
					   "its body was analysed instead", fn->name, err->message);
		p->heuristic_failed = true;
		g_error_free(err);
	}
	if (!h)
		return;
	m->sink_heuristic = h;
	m->heur_args = (struct rule_args){ fmt, RULE_ARGS_REST };
	m->heur_sink = (struct rule_sink){
		.head = h->head,
		.args = &m->heur_args,
		.nargs = 1,
		.kind = (enum sink_kind)h->sink,
		.dest = -1,
		.cond = { .arg = -1 },
	};
	/* among the rows that apply to a function with a body */
	struct row r = { .kind = ROW_MODEL_SINK, .default_kind = (uint8_t)h->sink, .rule.sink = &m->heur_sink };
	g_array_insert_val(m->rows, m->always, r);
	m->always++;
	m->skip_sinks = true;
}

/* The annotations of every declaration of the callee (`pi-sink`,
 * `pi-sanitizer`, `pi:`), then its rule models. An identity's
 * annotations are the same at every call: fi's own are in its
 * declaration's unless they are none. */
static struct call_model *compile_model(struct program *p, const char *name, const char *ident,
					const struct fn_info *fi)
{
	struct call_model *m = g_new0(struct call_model, 1);
	m->name = name;
	m->ident = ident;
	m->rows = g_array_new(FALSE, FALSE, sizeof(struct row));
	const struct fn_decl *d = prog_decl(p, ident);
	struct ir_tags tags = d ? d->tags : fi ? fi->fn->tags : (struct ir_tags){ 0 };
	if (tags.sink)
		model_add(m, (struct row){ .kind = ROW_MODEL_SINK, .sink_kinds = (uint8_t)tags.sink,
					   .default_kind = SINK_STORAGE });
	if (tags.sanitizer)
		model_add(m, (struct row){ .kind = ROW_MODEL_PROTECT, .prot = (uint8_t)tags.sanitizer });
	if (tags.pi)
		model_add(m, (struct row){ .kind = ROW_MODEL_SOURCE, .cats = (uint16_t)tags.pi });
	m->always = m->rows->len;
	m->annotated = tags.sink || tags.sanitizer || tags.pi;
	m->skip_return = tags.sanitizer || tags.pi;
	m->skip_sinks = tags.sink != 0;
	const struct rule_function *rf = rules_function(p->rules, name);
	if (!rf && g_str_has_prefix(name, "__builtin_"))
		rf = rules_function(p->rules, name + 10);
	if (rf)
		compile_rules(m, rf, fi != NULL);
	if (fi && !m->skip_sinks && !m->annotated && !m->inert)
		add_sink_heuristic(p, m, fi->fn);
	return m;
}

static guint model_hash(gconstpointer key)
{
	const struct call_model *m = key;
	return g_direct_hash(m->name) * 31u ^ g_direct_hash(m->ident);
}

static gboolean model_equal(gconstpointer a, gconstpointer b)
{
	const struct call_model *x = a, *y = b;
	return x->name == y->name && x->ident == y->ident;
}

static void model_destroy(gpointer data)
{
	struct call_model *m = data;
	g_array_free(m->rows, TRUE);
	g_free(m);
}

/* Asked at every call: looked up by the callee's name and identity
 * pointers (each one string per TU), not by hashing the strings each
 * time, and compiled at the first. */
const struct call_model *call_model(struct program *p, const char *name, const char *ident,
					   const struct fn_info *fi)
{
	if (!p->model_cache)
		p->model_cache = g_hash_table_new_full(model_hash, model_equal, model_destroy, NULL);
	struct call_model key = { .name = name, .ident = ident };
	struct call_model *m = g_hash_table_lookup(p->model_cache, &key);
	if (!m) {
		m = compile_model(p, name, ident, fi);
		g_hash_table_add(p->model_cache, m);
	}
	return m;
}

/* The first entry of the user's own rule files that models fn as a
 * library function whose code the program does not have: a propagator,
 * cleaner or handle. */
static const struct rule_head *ignored_entry(const struct rule_function *rf)
{
	for (const struct rule_propagator **pr = rf->propagators; pr && *pr; pr++)
		if (!(*pr)->head.builtin)
			return &(*pr)->head;
	for (const struct rule_cleaner **cl = rf->cleaners; cl && *cl; cl++)
		if (!(*cl)->head.builtin)
			return &(*cl)->head;
	for (const struct rule_handle **h = rf->handles; h && *h; h++)
		if (!(*h)->head.builtin)
			return &(*h)->head;
	return NULL;
}

void models_report_ignored(struct program *p)
{
	GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		const struct ir_func *fn = ((const struct fn_info *)p->fn_list->pdata[i])->fn;
		const struct rule_function *rf = rules_function(p->rules, fn->name);
		const struct rule_head *h = rf ? ignored_entry(rf) : NULL;
		if (!h || !g_hash_table_add(seen, (gpointer)fn->name))
			continue;
		report_add_problem(p->rep, false, fn->loc.file, fn->loc.line,
				   "`%s` has a body here, so rule %s (%s) does not apply: a propagator, cleaner or "
				   "handle models a function whose code the program does not have, and this one's "
				   "body is analysed instead",
				   fn->name, h->id, h->file);
	}
	g_hash_table_destroy(seen);
}

void models_free(struct program *p)
{
	if (p->model_cache)
		g_hash_table_destroy(p->model_cache);
	p->model_cache = NULL;
}
