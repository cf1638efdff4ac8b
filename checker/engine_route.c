/* SPDX-License-Identifier: Apache-2.0 */
/* engine_route.c - the programs a finding can happen in. A project that
 * builds several programs (each postfix daemon, gammu's command line and
 * its SMS daemon) links its library code into many of them, while the
 * analysis links every TU into one program: PI of one daemon reaches
 * another's code through the library code and globals they share
 * (smtpd's recipient, through events.c's table of descriptors, into
 * postscreen's read handler). A finding whose source is read in one
 * program's code and which stands in another's cannot happen, and is
 * not reported. Nor is one whose route to its sink goes only through
 * functions of programs other than those (the rows' excl, routes_mark).
 * The steps a trace shows are the first route the analysis found, and a
 * call through a pointer there may name any candidate (docs/engine.md,
 * "Programs of one project").
 *
 * A program is a `main` and what it reaches: the functions it calls
 * directly or names as values, and those a call through a pointer may
 * reach whose address is taken in a TU the program links (a TU is linked
 * once one of its functions is reached, or a global it initialises is
 * used). A function no main reaches (a library's API, a callback only an
 * edge found during the analysis leads to) and one defined in a header
 * constrain nothing. */
#include <stdio.h>
#include <string.h>

#include "engine_int.h"

struct routes {
	unsigned nprog, words;
	GHashTable *bits;	/* struct fn_info * -> guint64[words]; only reached ones */
	GHashTable *by_loc;	/* "file\nname" (owned) -> struct fn_info * */
	GHashTable *taken;	/* struct fn_info * -> GPtrArray of struct ir_tu * taking its address */
	GHashTable *defined;	/* global identity -> GPtrArray of struct ir_tu * initialising it */
};

/* Past 64 programs a set is interned, and a row holds its number: rows
 * stay the size they are, and equal sets stay equal numbers. */
struct program_set {
	unsigned words;
	guint64 w[];
};

struct program_sets {
	unsigned words;		/* of p->nprograms */
	GHashTable *ids;	/* struct program_set * -> its number */
	GPtrArray *sets;	/* number - 1 -> struct program_set * */
};

/* The programs word w of a set of nprog can hold. */
static guint64 word_mask(unsigned nprog, unsigned w)
{
	return w + 1 == (nprog + 63) / 64 && nprog % 64 ? ((guint64)1 << nprog % 64) - 1 : ~(guint64)0;
}

static const guint64 *set_words(const struct program *p, uint64_t id);

/* The words of the set *excl is: a set's, or the mask itself (one word);
 * NULL for the empty set. */
static const guint64 *excl_words(const struct program *p, const uint64_t *excl)
{
	return !*excl ? NULL : p->program_sets ? set_words(p, *excl) : (const guint64 *)excl;
}

static guint set_hash(gconstpointer k)
{
	const struct program_set *s = k;
	guint64 h = 0;
	for (unsigned i = 0; i < s->words; i++)
		h = h * 1000003u ^ s->w[i];
	return (guint)(h ^ h >> 32);
}

static gboolean set_equal(gconstpointer a, gconstpointer b)
{
	const struct program_set *x = a, *y = b;
	return !memcmp(x->w, y->w, x->words * sizeof x->w[0]);
}

static const guint64 *set_words(const struct program *p, uint64_t id)
{
	const struct program_sets *ps = p->program_sets;
	const struct program_set *s = ALWAYS(id && id <= ps->sets->len) ? ps->sets->pdata[id - 1] : NULL;
	return s ? s->w : NULL;
}

/* The number of the set in s (words of them), made on first sight. */
static uint64_t set_intern(struct program *p, const struct program_set *s)
{
	struct program_sets *ps = p->program_sets;
	unsigned i = 0;
	while (i < s->words && !s->w[i])
		i++;
	if (i == s->words)
		return 0;
	gpointer id = g_hash_table_lookup(ps->ids, s);
	if (id)
		return GPOINTER_TO_UINT(id);
	size_t size = sizeof *s + s->words * sizeof s->w[0];
	struct program_set *copy = g_malloc(size);
	memcpy(copy, s, size);
	g_ptr_array_add(ps->sets, copy);
	g_hash_table_insert(ps->ids, copy, GUINT_TO_POINTER(ps->sets->len));
	return ps->sets->len;
}

static uint64_t set_combine(struct program *p, uint64_t a, uint64_t b, bool both)
{
	unsigned words = p->program_sets->words;
	struct program_set *s = g_alloca(sizeof *s + words * sizeof s->w[0]);
	s->words = words;
	const guint64 *x = set_words(p, a), *y = set_words(p, b);
	for (unsigned i = 0; i < words; i++) {
		guint64 u = x ? x[i] : 0, v = y ? y[i] : 0;
		s->w[i] = both ? u & v : u | v;
	}
	return set_intern(p, s);
}

uint64_t programs_sets_and(struct program *p, uint64_t a, uint64_t b)
{
	if (!a || !b)
		return 0;
	return a == b ? a : set_combine(p, a, b, true);
}

uint64_t programs_sets_or(struct program *p, uint64_t a, uint64_t b)
{
	if (!a || a == b)
		return b;
	return !b ? a : set_combine(p, a, b, false);
}

bool programs_sets_within(const struct program *p, uint64_t a, uint64_t b)
{
	if (!a || a == b)
		return true;
	if (!b)
		return false;
	const guint64 *x = set_words(p, a), *y = set_words(p, b);
	for (unsigned i = 0; x && y && i < p->program_sets->words; i++)
		if (x[i] & ~y[i])
			return false;
	return true;
}

bool programs_route_runs(const struct program *p, const struct fn_info *fi, uint64_t excl)
{
	const guint64 *x = excl_words(p, &fi->excl), *y = excl_words(p, &excl);
	for (unsigned w = 0; y && w < (p->nprograms + 63) / 64; w++)
		if (((x ? x[w] : 0) | y[w]) != word_mask(p->nprograms, w))
			return true;
	return !y;
}

void programs_print(const struct program *p, uint64_t excl, FILE *out)
{
	const guint64 *w = excl_words(p, &excl);
	const char *sep = "";
	for (unsigned k = 0; w && k < p->nprograms; k++)
		if (w[k / 64] >> (k % 64) & 1) {
			fprintf(out, "%s%u", sep, k);
			sep = ",";
		}
}

void routes_sets_free(struct program *p)
{
	struct program_sets *ps = p->program_sets;
	if (!ps)
		return;
	g_hash_table_destroy(ps->ids);
	g_ptr_array_free(ps->sets, TRUE);
	g_free(ps);
	p->program_sets = NULL;
}

static bool has_bit(const struct routes *r, const struct fn_info *fi, unsigned k)
{
	const guint64 *b = g_hash_table_lookup(r->bits, fi);
	return b && (b[k / 64] >> (k % 64) & 1);
}

static void set_bit(struct routes *r, const struct fn_info *fi, unsigned k)
{
	guint64 *b = g_hash_table_lookup(r->bits, fi);
	if (!b) {
		b = g_new0(guint64, r->words);
		g_hash_table_insert(r->bits, (gpointer)fi, b);
	}
	b[k / 64] |= (guint64)1 << (k % 64);
}

/* A call of t from fi that program k makes: a direct call or a function
 * fi names, or one whose address a TU of the program takes. */
static bool follows(const struct routes *r, const struct fn_info *fi, const struct fn_info *t, GHashTable *linked)
{
	if (g_ptr_array_find(fi->direct, t, NULL) || g_ptr_array_find(fi->named, t, NULL))
		return true;
	const GPtrArray *tus = g_hash_table_lookup(r->taken, t);
	for (unsigned i = 0; tus && i < tus->len; i++)
		if (g_hash_table_contains(linked, tus->pdata[i]))
			return true;
	return false;
}

/* A function's TU is linked, and so is the TU of every initialised
 * global it uses: gammu reaches its phone drivers only through the
 * function tables atgen.c and the others initialise, which gsmstate.c
 * names. */
static void link_tus(const struct routes *r, const struct fn_info *fi, GHashTable *linked)
{
	/* a header's function is in every TU that includes it: the TU of
	 * the copy that stands for all is not linked by reaching it */
	if (!fi->fn->in_header)
		g_hash_table_add(linked, (gpointer)fi->tu);
	for (unsigned i = 0; i < fi->globals_read->len; i++) {
		const GPtrArray *tus = g_hash_table_lookup(r->defined, fi->globals_read->pdata[i]);
		for (unsigned t = 0; tus && t < tus->len; t++)
			g_hash_table_add(linked, tus->pdata[t]);
	}
}

static void reach(struct routes *r, struct fn_info *main_fn, unsigned k)
{
	GHashTable *linked = g_hash_table_new(g_direct_hash, g_direct_equal);
	GPtrArray *members = g_ptr_array_new();
	set_bit(r, main_fn, k);
	g_ptr_array_add(members, main_fn);
	link_tus(r, main_fn, linked);
	/* a TU linked late makes calls through pointers followable that an
	 * earlier member's edges were not: passes until nothing is added */
	for (bool added = true; added;) {
		added = false;
		for (unsigned m = 0; m < members->len; m++) {
			struct fn_info *fi = members->pdata[m];
			const GPtrArray *edges[2] = { fi->callees, fi->named };
			for (unsigned e = 0; e < 2; e++)
				for (unsigned i = 0; i < edges[e]->len; i++) {
					struct fn_info *t = edges[e]->pdata[i];
					if (has_bit(r, t, k) || !follows(r, fi, t, linked))
						continue;
					set_bit(r, t, k);
					g_ptr_array_add(members, t);
					link_tus(r, t, linked);
					added = true;
				}
		}
	}
	g_ptr_array_free(members, TRUE);
	g_hash_table_destroy(linked);
}

/* PITRACE_DUMP_ROUTES=NAME: the programs that reach function NAME, and
 * every route cut (routes_feasible). */
static void dump(const struct routes *r, const struct program *p, const GPtrArray *mains)
{
	const char *name = g_getenv("PITRACE_DUMP_ROUTES");
	if (!name)
		return;
	for (unsigned k = 0; k < mains->len; k++) {
		const struct fn_info *m = mains->pdata[k];
		unsigned n = 0;
		for (unsigned i = 0; i < p->fn_list->len; i++)
			n += has_bit(r, p->fn_list->pdata[i], k);
		fprintf(stderr, "program %u: %s, %u functions\n", k, m->fn->loc.file, n);
	}
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		const struct fn_info *fi = p->fn_list->pdata[i];
		if (strcmp(fi->fn->name, name))
			continue;
		fprintf(stderr, "%s (%s) in programs:", name, fi->fn->loc.file);
		for (unsigned k = 0; k < mains->len; k++)
			if (has_bit(r, fi, k))
				fprintf(stderr, " %u", k);
		fprintf(stderr, "\n");
	}
}

/* Appends tu to the TUs kept in h under key. */
static void add_tu(GHashTable *h, gpointer key, const struct ir_tu *tu)
{
	GPtrArray *tus = g_hash_table_lookup(h, key);
	if (!tus) {
		tus = g_ptr_array_new();
		g_hash_table_insert(h, key, tus);
	}
	g_ptr_array_add(tus, (gpointer)tu);
}

/* The programs: each main's bit on every function it reaches. */
static struct routes *routes_build(struct program *p, GPtrArray *mains)
{
	struct routes *r = g_new0(struct routes, 1);
	r->bits = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
	r->by_loc = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	r->taken = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
	r->defined = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
	for (unsigned i = 0; i < p->fn_list->len; i++) {
		struct fn_info *fi = p->fn_list->pdata[i];
		if (!strcmp(fi->fn->name, "main"))
			g_ptr_array_add(mains, fi);
	}
	/* one program constrains nothing */
	if (mains->len > 1) {
		for (unsigned i = 0; i < p->fn_list->len; i++) {
			struct fn_info *fi = p->fn_list->pdata[i];
			if (!fi->fn->in_header && fi->fn->loc.file)
				g_hash_table_insert(r->by_loc, g_strconcat(fi->fn->loc.file, "\n", fi->fn->name, NULL), fi);
		}
		for (unsigned t = 0; t < p->tus->len; t++) {
			const struct ir_tu *tu = p->tus->pdata[t];
			for (unsigned i = 0; i < tu->globals->len; i++) {
				const struct ir_global *g = tu->globals->pdata[i];
				if (!g->has_init)
					continue;
				add_tu(r->defined, (gpointer)g->ident, tu);
			}
			for (unsigned i = 0; i < tu->address_taken->len; i++) {
				struct fn_info *fi = prog_function(p, tu->address_taken->pdata[i]);
				if (!fi)
					continue;
				add_tu(r->taken, fi, tu);
			}
		}
		r->nprog = mains->len;
		r->words = (r->nprog + 63) / 64;
		for (unsigned k = 0; k < mains->len; k++)
			reach(r, mains->pdata[k], k);
	}
	return r;
}

struct routes *routes_make(struct program *p)
{
	GPtrArray *mains = g_ptr_array_new();
	struct routes *r = routes_build(p, mains);
	if (r->nprog) {
		if (p->stats)
			p->stats->programs = r->nprog;
		dump(r, p, mains);
	}
	g_ptr_array_free(mains, TRUE);
	return r;
}

/* Before the analysis, with the call graph the IR gives (edges found while
 * analysing come later; a function only they reach constrains nothing). A
 * call through a pointer may reach functions of every program that stores
 * one there, while a summary merges what they all do: gammu's SMS daemon
 * and its command line share libGammu's dispatcher, whose table holds
 * the command line's DCT3 trace handlers too, and redis's server and
 * benchmark share ae.c's event loop. The sink rows a callee gives its
 * callers say which programs their route cannot run in. */
void routes_mark(struct program *p)
{
	GPtrArray *mains = g_ptr_array_new();
	struct routes *r = routes_build(p, mains);
	if (r->nprog > 64) {
		struct program_sets *ps = g_new0(struct program_sets, 1);
		ps->words = r->words;
		ps->ids = g_hash_table_new(set_hash, set_equal);
		ps->sets = g_ptr_array_new_with_free_func(g_free);
		p->program_sets = ps;
	}
	p->nprograms = r->nprog;
	struct program_set *s = g_alloca(sizeof *s + (r->words ? r->words : 1) * sizeof s->w[0]);
	s->words = r->words;
	for (unsigned i = 0; r->nprog > 1 && i < p->fn_list->len; i++) {
		struct fn_info *fi = p->fn_list->pdata[i];
		const guint64 *b = g_hash_table_lookup(r->bits, fi);
		if (!b || fi->fn->in_header) {
			fi->excl = 0;
			continue;
		}
		for (unsigned w = 0; w < r->words; w++)
			s->w[w] = ~b[w] & word_mask(r->nprog, w);
		fi->excl = p->program_sets ? set_intern(p, s) : s->w[0];
	}
	g_ptr_array_free(mains, TRUE);
	routes_free(r);
}

void routes_free(struct routes *r)
{
	if (!r)
		return;
	g_hash_table_destroy(r->bits);
	g_hash_table_destroy(r->by_loc);
	g_hash_table_destroy(r->taken);
	g_hash_table_destroy(r->defined);
	g_free(r);
}

/* The programs of the function a trace step stands in, or NULL when it
 * constrains nothing (unknown, in a header, reached by no main). */
static const guint64 *step_programs(const struct routes *r, const struct tnode *n)
{
	if (!n->function || !n->loc.file)
		return NULL;
	char *key = g_strconcat(n->loc.file, "\n", n->function, NULL);
	const struct fn_info *fi = g_hash_table_lookup(r->by_loc, key);
	g_free(key);
	return fi ? g_hash_table_lookup(r->bits, fi) : NULL;
}

bool routes_feasible(const struct routes *r, const struct program *p, const struct fn_info *at, uint32_t trace,
		     uint64_t excl)
{
	const guint64 *here = r->nprog ? g_hash_table_lookup(r->bits, at) : NULL;
	const struct tnode *first = here ? trace_first(p, trace) : NULL;
	const guint64 *there = first ? step_programs(r, first) : NULL;
	if (!there && (!excl || !r->words))
		return true;
	/* a mask is one word: more words are a set's (routes_mark made
	 * both from the same mains) */
	if (NEVER(!p->program_sets && r->words > 1))
		return true;
	const guint64 *ex = excl_words(p, &excl);
	for (unsigned w = 0; w < r->words; w++) {
		guint64 ok = word_mask(r->nprog, w);
		if (ex)
			ok &= ~ex[w];
		if (here)
			ok &= here[w];
		if (there)
			ok &= there[w];
		if (ok)
			return true;
	}
	if (g_getenv("PITRACE_DUMP_ROUTES"))
		fprintf(stderr, "dropped: PI read in %s (%s:%u), reported in %s (%s)%s\n",
			first ? first->function : "?", first ? first->loc.file : "?", first ? first->loc.line : 0,
			at->fn->name, at->fn->loc.file, there ? "" : ": its route to the sink runs in no such program");
	return false;
}
