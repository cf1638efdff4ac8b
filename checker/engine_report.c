/* SPDX-License-Identifier: Apache-2.0 */
/* engine_report.c - from the engine's pending findings to the report:
 * rule levels, messages, traces, the protection ledger and the inventory. */
#include <string.h>

#include "check.h"
#include "engine_state.h"

static void set_loc(struct report_loc *dst, struct ir_loc src)
{
	dst->file = g_strdup(src.file);
	dst->line = src.line;
	dst->col = src.col;
}

/* The categories of a finding, the sensitive ones first (under the rules
 * in force): the headline must not hide an ID number behind a name. */
static char *categories_sensitive_first(const struct program *p, unsigned cats)
{
	unsigned sensitive = 0;
	for (int c = 0; c < 32; c++)
		if ((cats & 1u << c) && prog_category_sensitive(p, 1u << c))
			sensitive |= 1u << c;
	char *a = pi_categories_text(sensitive), *b = pi_categories_text(cats & ~sensitive);
	char *t = *a && *b ? g_strconcat(a, ", ", b, NULL) : g_strdup(*a ? a : b);
	g_free(a);
	g_free(b);
	return t;
}

/* The headline in the rule's words (check_text.c): the categories, the
 * call the finding stands at, and the library sink when that call is a
 * wrapper's. */
static char *message(const struct program *p, const struct pending_finding *pf)
{
	const struct check_text *t = check_get(pf->rule)->text;
	char *ct = categories_sensitive_first(p, pf->cats);
	GString *m = g_string_new(NULL);
	g_string_append_printf(m, t->message, ct, pf->callee);
	if (pf->sink_function && pf->callee && strcmp(pf->sink_function, pf->callee))
		g_string_append_printf(m, t->remark, pf->sink_function);
	g_free(ct);
	return g_string_free(m, FALSE);
}

static enum level level_of(const struct program *p, const struct pending_finding *pf)
{
	const struct check *c = check_get(pf->rule);
	/* only a rule whose level depends on it asks the rules in force */
	return check_level(pf->rule, c->sensitive_level != c->level && prog_category_sensitive(p, pf->cats));
}

/* The last sanitizer on the way: the protection step that names it. */
static void find_control(const struct program *p, uint32_t tail, char **control, struct report_loc *loc)
{
	const struct tnode *n = trace_find_control(p, tail);
	if (!n) {
		*control = g_strdup("?");
		return;
	}
	*control = g_strdup(n->control);
	set_loc(loc, n->loc);
}

/* Traces compared as the report orders them; only for findings that
 * agree on everything else, which is rare. */
static int trace_cmp(const struct program *p, uint32_t a, uint32_t b)
{
	struct trace_step *sa, *sb;
	unsigned na, nb;
	trace_to_report(p, a, 0, &sa, &na);
	trace_to_report(p, b, 0, &sb, &nb);
	int c = report_steps_cmp(sa, na, sb, nb);
	report_steps_free(sa, na);
	report_steps_free(sb, nb);
	return c;
}

/* The findings of one rule at one call (CONTRACT 3: they are one),
 * gathered before their traces are expanded: the report keeps the first
 * in its order (report.c, finding_cmp) with the categories of all and the
 * highest level, and expanding the others' traces only to free them was
 * most of the time of writing a big report. */
struct call_finding {
	const struct pending_finding *pf;
	char *message;
	unsigned cats;
	enum level level;
	GArray *related;	/* struct ir_loc: the other routes of its leaks */
};

/* One leak, one finding (CONTRACT 3): routes from one read of a source to
 * one library sink call that left the reading function the same way are
 * one leak, reported at the shortest route; the others are listed with
 * it. A route that never left the reading function stands at its own call
 * there and is a leak of its own. */
struct leak {
	const struct pending_finding *best;
	GArray *related;	/* struct ir_loc */
	GPtrArray *members;	/* const struct pending_finding *: every route */
};

static uint32_t route_length(const struct program *p, const struct pending_finding *pf)
{
	return trace_link_at(p, pf->trace)->length;
}

static int loc_cmp(struct ir_loc a, struct ir_loc b)
{
	int c = g_strcmp0(a.file, b.file);
	if (!c)
		c = a.line < b.line ? -1 : a.line > b.line;
	if (!c)
		c = a.col < b.col ? -1 : a.col > b.col;
	return c;
}

static bool shorter_route(const struct program *p, const struct pending_finding *a, const struct pending_finding *b)
{
	uint32_t la = route_length(p, a), lb = route_length(p, b);
	if (la != lb)
		return la < lb;
	return loc_cmp(a->loc, b->loc) < 0;
}

/* Routes are gathered as they come (a leak can have thousands: every
 * state machine that passes a handle on) and put in order once, at the
 * end (distinct_routes). */
static void add_related(GArray *related, struct ir_loc loc)
{
	g_array_append_val(related, loc);
}

static gint loc_qsort(gconstpointer a, gconstpointer b)
{
	return loc_cmp(*(const struct ir_loc *)a, *(const struct ir_loc *)b);
}

/* Sorts and drops duplicates and the finding's own location. */
static void distinct_routes(GArray *related, struct ir_loc own)
{
	g_array_sort(related, loc_qsort);
	unsigned out = 0;
	for (unsigned i = 0; i < related->len; i++) {
		struct ir_loc l = g_array_index(related, struct ir_loc, i);
		if (!loc_cmp(l, own) || (out && !loc_cmp(l, g_array_index(related, struct ir_loc, out - 1))))
			continue;
		g_array_index(related, struct ir_loc, out++) = l;
	}
	g_array_set_size(related, out);
}

static void leak_free(gpointer data)
{
	struct leak *l = data;
	if (l->related)
		g_array_free(l->related, TRUE);
	if (l->members)
		g_ptr_array_free(l->members, TRUE);
	g_free(l);
}

/* Folds pf into its leak; returns false when pf is not part of one that
 * left its reading function. */
static bool add_to_leak(const struct program *p, GHashTable *leaks, GPtrArray *order, const struct pending_finding *pf)
{
	if (!pf->exit)
		return false;
	/* a protected flow's leak is also one of its protections and
	 * control: the ledger credits each */
	const struct tnode *control = pf->protected_flow ? trace_find_control(p, pf->trace) : NULL;
	char *key = g_strdup_printf("%d\x1f%u\x1f%u\x1f%s\x1f%u\x1f%u\x1f%u\x1f%s", (int)pf->rule, pf->origin,
				    pf->exit, pf->sink_loc.file ? pf->sink_loc.file : "", pf->sink_loc.line,
				    pf->sink_loc.col, pf->protected_flow ? pf->prot : 0,
				    control && control->control ? control->control : "");
	struct leak *l = g_hash_table_lookup(leaks, key);
	if (!l) {
		l = g_new0(struct leak, 1);
		l->best = pf;
		l->related = g_array_new(FALSE, FALSE, sizeof(struct ir_loc));
		l->members = g_ptr_array_new();
		g_ptr_array_add(l->members, (gpointer)pf);
		g_hash_table_insert(leaks, key, l);
		g_ptr_array_add(order, l);
		return true;
	}
	g_free(key);
	g_ptr_array_add(l->members, (gpointer)pf);
	if (shorter_route(p, pf, l->best)) {
		add_related(l->related, l->best->loc);
		l->best = pf;
	} else {
		add_related(l->related, pf->loc);
	}
	return true;
}

/* A finding in the function that read the PI whose route first went
 * into an earlier call there that wrote it back into the caller's object
 * (postfix's `vstream_fprintf(log, ..., addr)` fills the stream's buffer,
 * and the next `vstream_fprintf(log, "offset=%ld", ...)` flushes it) is
 * that call's leak, when that call reports the same source under the
 * same rule: one leak, one finding (CONTRACT 3), the later call listed
 * as another route of it. Which library write the later call reaches
 * need not be the earlier one's: a stream writes through a function
 * pointer (postfix's VSTREAM write_fn), and the routes of one buffer's
 * text fan out over every writer the program registers. The earlier
 * finding, or NULL. */
static const struct pending_finding *written_by_earlier_call(const struct program *p, const struct fn_info *fi,
							     const struct pending_finding *pf)
{
	GArray *locs = g_array_new(FALSE, FALSE, sizeof(struct ir_loc));
	trace_back_steps(p, pf->trace, pf->function, locs);
	const struct pending_finding *into = NULL;
	for (unsigned i = 0; i < locs->len && !into; i++) {
		struct ir_loc at = g_array_index(locs, struct ir_loc, i);
		if (!loc_cmp(at, pf->loc))
			continue;
		for (unsigned k = 0; k < fi->findings->len && !into; k++) {
			const struct pending_finding *q = fi->findings->pdata[k];
			if (q != pf && !q->exit && !q->protected_flow && q->rule == pf->rule &&
			    q->origin == pf->origin && !loc_cmp(q->loc, at))
				into = q;
		}
	}
	g_array_free(locs, TRUE);
	return into;
}

/* The finding of an earlier call of fi whose leak pf is
 * (written_by_earlier_call), followed as far as it goes, or NULL. */
static const struct pending_finding *earlier_leak(const struct program *p, const struct fn_info *fi,
						 const struct pending_finding *pf)
{
	const struct pending_finding *into = written_by_earlier_call(p, fi, pf);
	/* into may itself be a later route of another (three writes to
	 * one stream); a loop may lead back to pf */
	for (unsigned hop = 0; into && hop < 8; hop++) {
		const struct pending_finding *up = written_by_earlier_call(p, fi, into);
		if (!up || up == pf || up == into)
			break;
		into = up;
	}
	return into == pf ? NULL : into;
}

/* Whether q stands as a finding of its own where it was found. */
static bool finding_stands(const struct program *p, struct routes *routes, const struct fn_info *fi,
			   const struct pending_finding *q)
{
	return !q->exit && !q->protected_flow && !((q->param_tag || q->stream_param) && fi->has_callers) &&
	       routes_feasible(routes, p, fi, q->trace, q->excl);
}

/* The function a trace's first step stands in (where the PI was read). */
static const struct fn_info *reading_function(const struct program *p, GHashTable *by_name, uint32_t trace)
{
	const struct tnode *first = trace_first(p, trace);
	if (!first || !first->function)
		return NULL;
	const GPtrArray *same = g_hash_table_lookup(by_name, first->function);
	for (unsigned i = 0; same && i < same->len; i++) {
		const struct fn_info *fi = same->pdata[i];
		if (same->len == 1 || (fi->fn->loc.file && first->loc.file && !strcmp(fi->fn->loc.file, first->loc.file)))
			return fi;
	}
	return NULL;
}

/* A route that left the function that read the PI (pf->exit) after it
 * went down a call there that wrote the PI back into the caller's
 * objects, where that call is itself a finding of the same source under
 * the same rule: the leak is that call's. curl's SASL PLAIN message goes
 * down `sasl->params->sendauth(data, conn, mech, &resp)` to the socket
 * (the finding at that call) and, left in the connection's send buffer,
 * up to every caller that later flushes or closes the connection; those
 * are routes of the one leak (CONTRACT 3), as a later call's in the
 * reading function are (written_by_earlier_call). The call's finding,
 * or NULL. */
static const struct pending_finding *left_through_reported_call(const struct program *p, struct routes *routes,
								GHashTable *by_name,
								const struct pending_finding *pf)
{
	const struct fn_info *reader = reading_function(p, by_name, pf->trace);
	if (!reader)
		return NULL;
	GArray *locs = g_array_new(FALSE, FALSE, sizeof(struct ir_loc));
	trace_back_steps(p, pf->trace, reader->fn->name, locs);
	const struct pending_finding *into = NULL;
	for (unsigned i = 0; i < locs->len && !into; i++) {
		struct ir_loc at = g_array_index(locs, struct ir_loc, i);
		for (int ctx = 0; ctx < 2 && !into; ctx++) {
			const GPtrArray *found = ctx ? reader->context_findings : reader->findings;
			for (unsigned k = 0; found && k < found->len && !into; k++) {
				const struct pending_finding *q = found->pdata[k];
				if (q != pf && q->rule == pf->rule && q->origin == pf->origin && !loc_cmp(q->loc, at) &&
				    finding_stands(p, routes, reader, q)) {
					/* q may itself be a later route of an earlier call's leak */
					const struct pending_finding *up = earlier_leak(p, reader, q);
					into = up ? up : q;
				}
			}
		}
	}
	g_array_free(locs, TRUE);
	return into;
}

static int call_finding_cmp(const struct program *p, const struct pending_finding *a, const char *amsg,
			    const struct pending_finding *b, const char *bmsg)
{
	int c = strcmp(prog_origin_get(p, a->origin)->identity, prog_origin_get(p, b->origin)->identity);
	if (!c)
		c = strcmp(amsg, bmsg);
	if (!c)
		c = g_strcmp0(a->callee, b->callee);
	if (!c)
		c = trace_cmp(p, a->trace, b->trace);
	if (!c)
		c = trace_cmp(p, a->why, b->why);
	return c;
}

static void call_finding_free(gpointer data)
{
	struct call_finding *cf = data;
	g_free(cf->message);
	if (cf->related)
		g_array_free(cf->related, TRUE);
	g_free(cf);
}

/* A ledger entry: a flow a control protected, at its call, with the
 * calls of its leak's other routes. */
static void add_protected(struct program *p, const struct pending_finding *pf, unsigned cats, GArray *related)
{
	struct protected_flow *pr = report_add_protected(p->rep);
	set_loc(&pr->loc, pf->loc);
	pr->function = g_strdup(pf->function);
	pr->callee = g_strdup(pf->callee);
	pr->categories = cats;
	pr->sink = (int)pf->sink;
	pr->protections = pf->prot;
	pr->source = g_strdup(prog_origin_get(p, pf->origin)->identity);
	find_control(p, pf->trace, &pr->control, &pr->control_loc);
	trace_to_report(p, pf->trace, pf->why, &pr->steps, &pr->nsteps);
	if (related) {
		distinct_routes(related, pf->loc);
		pr->nrelated = related->len;
		pr->related = related->len ? g_new0(struct report_loc, related->len) : NULL;
		for (unsigned k = 0; k < related->len; k++)
			set_loc(&pr->related[k], g_array_index(related, struct ir_loc, k));
	}
}

/* The findings of one rule at one call are one (CONTRACT 3). */
static void add_at_call(const struct program *p, GHashTable *calls, GPtrArray *order, const struct pending_finding *pf,
			const GArray *related)
{
	char *key = g_strdup_printf("%s\x1f%u\x1f%u\x1f%d", pf->loc.file ? pf->loc.file : "", pf->loc.line,
				    pf->loc.col, (int)pf->rule);
	char *msg = message(p, pf);
	struct call_finding *cf = g_hash_table_lookup(calls, key);
	if (!cf) {
		cf = g_new0(struct call_finding, 1);
		*cf = (struct call_finding){ pf, msg, pf->cats, level_of(p, pf),
					     g_array_new(FALSE, FALSE, sizeof(struct ir_loc)) };
		g_hash_table_insert(calls, key, cf);
		g_ptr_array_add(order, cf);
	} else {
		g_free(key);
		cf->cats |= pf->cats;
		cf->level = MAX(cf->level, level_of(p, pf));
		if (call_finding_cmp(p, pf, msg, cf->pf, cf->message) < 0) {
			g_free(cf->message);
			cf->pf = pf;
			cf->message = msg;
		} else {
			g_free(msg);
		}
	}
	if (related)
		g_array_append_vals(cf->related, related->data, related->len);
}

static bool expr_has_call_at(const struct ir_expr *e, struct ir_loc at)
{
	if (!e)
		return false;
	if (e->kind == IR_E_CALL && e->loc.line == at.line && e->loc.col == at.col)
		return true;
	for (unsigned i = 0; i < e->nkids; i++)
		if (expr_has_call_at(e->kids[i], at))
			return true;
	return false;
}

static void collect_urls(const struct ir_expr *e, GPtrArray *urls)
{
	if (!e)
		return;
	if (e->kind == IR_E_STRING && e->text && (g_str_has_prefix(e->text, "http://") ||
						  g_str_has_prefix(e->text, "https://")) &&
	    !g_ptr_array_find_with_equal_func(urls, e->text, g_str_equal, NULL))
		g_ptr_array_add(urls, (gpointer)e->text);
	for (unsigned i = 0; i < e->nkids; i++)
		collect_urls(e->kids[i], urls);
}

/* Who receives a transfer, as far as the code says: the http(s) URLs
 * written in the function that makes the sending call (curl's
 * CURLOPT_URL beside CURLOPT_POSTFIELDS). PIPL Art. 23 wants the
 * recipient named; NULL when the URL is built at run time. */
static char *recipients_of(const struct program *p, struct ir_loc sink)
{
	if (!sink.file || !sink.line)
		return NULL;
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		const struct ir_func *fn = ((const struct fn_info *)p->fn_list->pdata[i])->fn;
		if (!fn->loc.file || strcmp(fn->loc.file, sink.file))
			continue;
		bool here = false;
		for (unsigned b = 0; b < fn->nblocks && !here; b++) {
			for (unsigned s = 0; s < fn->blocks[b].nstmts && !here; s++)
				here = expr_has_call_at(fn->blocks[b].stmts[s].e, sink);
			here = here || expr_has_call_at(fn->blocks[b].cond, sink);
		}
		if (!here)
			continue;
		GPtrArray *urls = g_ptr_array_new();
		for (unsigned b = 0; b < fn->nblocks; b++) {
			for (unsigned s = 0; s < fn->blocks[b].nstmts; s++)
				collect_urls(fn->blocks[b].stmts[s].e, urls);
			collect_urls(fn->blocks[b].cond, urls);
		}
		g_ptr_array_add(urls, NULL);
		char *list = urls->len > 1 ? g_strjoinv(", ", (char **)urls->pdata) : NULL;
		g_ptr_array_free(urls, TRUE);
		return list;
	}
	return NULL;
}

void report_findings(struct program *p)
{
	GHashTable *calls = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	GPtrArray *order = g_ptr_array_new_with_free_func(call_finding_free);
	GHashTable *leaks = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	GPtrArray *leak_order = g_ptr_array_new_with_free_func(leak_free);
	/* the ledger's entries are leaks too (CONTRACT 3's rule, for the
	 * flows a control protects) */
	GHashTable *protected_leaks = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	GPtrArray *protected_order = g_ptr_array_new_with_free_func(leak_free);
	struct routes *routes = routes_make(p);
	/* functions by name, for the function a trace was read in */
	GHashTable *by_name = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		const struct fn_info *fi = p->fn_list->pdata[i];
		GPtrArray *same = g_hash_table_lookup(by_name, fi->fn->name);
		if (!same) {
			same = g_ptr_array_new();
			g_hash_table_insert(by_name, (gpointer)fi->fn->name, same);
		}
		g_ptr_array_add(same, (gpointer)fi);
	}
	for (unsigned i = 0; i < 2 * p->fn_list->len; i++) {
		const struct fn_info *fi = p->fn_list->pdata[i / 2];
		/* its own analysis's findings, then those of callers' contexts */
		const GPtrArray *found = i % 2 ? fi->context_findings : fi->findings;
		if (!found)
			continue;
		for (unsigned k = 0; k < found->len; k++) {
			const struct pending_finding *pf = found->pdata[k];
			/* A tagged parameter is a source only where nobody calls
			 * the function: otherwise its callers are higher on the
			 * path and report the call (CONTRACT 3). */
			if ((pf->param_tag || pf->stream_param) && fi->has_callers)
				continue;
			/* PI one program read, reported in another's code */
			if (!routes_feasible(routes, p, fi, pf->trace, pf->excl)) {
				if (p->stats)
					p->stats->other_program++;
				continue;
			}
			if (pf->protected_flow) {
				if (!add_to_leak(p, protected_leaks, protected_order, pf))
					add_protected(p, pf, pf->cats, NULL);
				continue;
			}
			if (pf->exit) {
				add_to_leak(p, leaks, leak_order, pf);
				continue;
			}
			const struct pending_finding *into = earlier_leak(p, fi, pf);
			if (into) {
				GArray *one = g_array_new(FALSE, FALSE, sizeof(struct ir_loc));
				g_array_append_val(one, pf->loc);
				add_at_call(p, calls, order, into, one);
				g_array_free(one, TRUE);
				continue;
			}
			add_at_call(p, calls, order, pf, NULL);
		}
	}
	/* a leak one of whose routes went down a call of the reading
	 * function that is a finding of its own is that call's */
	for (unsigned i = 0; i < leak_order->len; i++) {
		struct leak *l = leak_order->pdata[i];
		const struct pending_finding *down = NULL;
		for (unsigned k = 0; k < l->members->len && !down; k++)
			down = left_through_reported_call(p, routes, by_name, l->members->pdata[k]);
		if (down) {
			add_related(l->related, l->best->loc);
			add_at_call(p, calls, order, down, l->related);
		} else {
			add_at_call(p, calls, order, l->best, l->related);
		}
	}
	for (unsigned i = 0; i < protected_order->len; i++) {
		const struct leak *l = protected_order->pdata[i];
		/* the entry names every category its routes carry */
		unsigned cats = 0;
		for (unsigned k = 0; k < l->members->len; k++)
			cats |= ((const struct pending_finding *)l->members->pdata[k])->cats;
		add_protected(p, l->best, cats, l->related);
	}
	g_ptr_array_free(protected_order, TRUE);
	g_hash_table_destroy(protected_leaks);
	routes_free(routes);
	g_hash_table_destroy(by_name);
	g_ptr_array_free(leak_order, TRUE);
	g_hash_table_destroy(leaks);
	for (unsigned i = 0; i < order->len; i++) {
		struct call_finding *cf = order->pdata[i];
		const struct pending_finding *pf = cf->pf;
		struct finding *f = report_add_finding(p->rep);
		f->rule = pf->rule;
		f->level = cf->level;
		set_loc(&f->loc, pf->loc);
		f->function = g_strdup(pf->function);
		f->callee = g_strdup(pf->callee);
		/* the headline names every category the merged routes carry */
		struct pending_finding all = *pf;
		all.cats = cf->cats;
		f->message = message(p, &all);
		f->categories = cf->cats;
		f->sink = (int)pf->sink;
		f->sink_function = g_strdup(pf->sink_function);
		f->source = g_strdup(prog_origin_get(p, pf->origin)->identity);
		if (pf->rule == RULE_EXTERNAL_TRANSFER || pf->rule == RULE_CLEARTEXT_TRANSMISSION)
			f->recipients = recipients_of(p, pf->sink_loc);
		trace_to_report(p, pf->trace, pf->why, &f->steps, &f->nsteps);
		distinct_routes(cf->related, pf->loc);
		if (cf->related->len) {
			f->nrelated = cf->related->len;
			f->related = g_new0(struct report_loc, f->nrelated);
			for (unsigned k = 0; k < f->nrelated; k++)
				set_loc(&f->related[k], g_array_index(cf->related, struct ir_loc, k));
		}
	}
	g_ptr_array_free(order, TRUE);
	g_hash_table_destroy(calls);
}

static void add_item(struct program *p, enum inventory_kind kind, const char *name, const char *scope,
		     unsigned cats, struct ir_loc loc, enum tag_origin how, const char *rule_id)
{
	struct inventory_item *it = report_add_inventory(p->rep);
	it->kind = kind;
	it->name = g_strdup(name);
	it->scope = g_strdup(scope);
	it->categories = cats;
	set_loc(&it->loc, loc);
	it->origin = how;
	it->rule_id = g_strdup(rule_id);
}

/* The identities of the sources the analysis met (field reads name their
 * field as "record.field"), interned: compared by pointer. */
static GHashTable *sources_read(const struct program *p)
{
	GHashTable *read = g_hash_table_new(g_direct_hash, g_direct_equal);
	for (unsigned i = 0; i < p->origins->len; i++) {
		const struct source_origin *o = &g_array_index(p->origins, struct source_origin, i);
		if (o->kind == ORIGIN_SOURCE)
			g_hash_table_add(read, (gpointer)o->identity);
	}
	return read;
}

void report_inventory(struct program *p)
{
	GHashTableIter it;
	gpointer k, v;
	GHashTable *read = sources_read(p);
	g_hash_table_iter_init(&it, p->fields);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		const struct field_info *fi = v;
		if (!fi->cats)
			continue;
		char *name = g_strconcat(fi->record, ".", fi->name, NULL);
		/* A field of a record no TU defines (a system header's struct
		 * passwd, declared by the libc pack) is the program's only
		 * where it reads it: every program would list it otherwise. */
		if (fi->loc.file || g_hash_table_contains(read, prog_intern(p, name)))
			add_item(p, INV_FIELD, name, NULL, fi->cats, fi->loc, fi->how, fi->rule_id);
		g_free(name);
	}
	g_hash_table_destroy(read);
	g_hash_table_iter_init(&it, p->globals);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		const struct global_info *gi = v;
		if (gi->cats)
			add_item(p, INV_GLOBAL, gi->name, NULL, gi->cats, gi->loc, gi->how, gi->rule_id);
	}
	g_hash_table_iter_init(&it, p->decls);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		const struct fn_decl *d = v;
		if (!d->tags.pi)
			continue;
		const char *ident = k;
		const char *sep = strstr(ident, "::");
		char *name = g_strconcat(sep ? sep + 2 : ident, "()", NULL);
		struct ir_loc loc = d->def ? d->def->fn->loc : (struct ir_loc){ 0 };
		add_item(p, INV_FUNCTION, name, NULL, d->tags.pi, loc, TAG_ANNOTATION, NULL);
		g_free(name);
	}
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		const struct fn_info *fi = p->fn_list->pdata[i];
		for (unsigned v2 = 0; v2 < fi->fn->nvars; v2++) {
			if (!fi->var_cats[v2])
				continue;
			const struct ir_var *var = &fi->fn->vars[v2];
			enum tag_origin how;
			const char *rule_id;
			tags_var_origin(p, fi, v2, &how, &rule_id);
			add_item(p, var->kind == IR_VAR_PARAM ? INV_PARAM : INV_LOCAL, var->name, fi->fn->name,
				 fi->var_cats[v2], var->loc, how, rule_id);
		}
	}
}
