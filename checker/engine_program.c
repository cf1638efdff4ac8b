/* SPDX-License-Identifier: Apache-2.0 */
/* engine_program.c - the program layer, under every other engine file:
 * the program's own tables (its strings, origins and folder), and the
 * lookups every analysis makes in what the link filled (functions by
 * identity, declarations, call edges). It calls no other engine file:
 * each of those makes and frees its own tables (engine_solve.c lists
 * them). */
#include <string.h>

#include "engine_int.h"

#ifdef PITRACE_DEBUG
void engine_impossible(const char *file, int line, const char *what)
{
	g_error("%s:%d: %s failed", file, line, what);
}
#endif

struct origin_key {
	enum origin_kind kind;
	const char *identity;	/* interned */
	const char *file;
	unsigned line, col;
};

static guint origin_key_hash(gconstpointer k)
{
	const struct origin_key *o = k;
	return g_direct_hash(o->identity) ^ g_direct_hash(o->file) ^ (o->line * 131u + o->col) ^ o->kind;
}

static gboolean origin_key_equal(gconstpointer a, gconstpointer b)
{
	const struct origin_key *x = a, *y = b;
	return x->kind == y->kind && x->identity == y->identity && x->file == y->file &&
	       x->line == y->line && x->col == y->col;
}

/* The longest folder prefix ("/a/b/") of every TU's main file. */
static char *common_folder(const GPtrArray *tus)
{
	char *root = NULL;
	for (unsigned i = 0; i < tus->len; i++) {
		const char *f = ((const struct ir_tu *)tus->pdata[i])->file;
		if (!f)
			continue;
		if (!root) {
			const char *slash = strrchr(f, '/');
			root = g_strndup(f, slash ? (gsize)(slash - f + 1) : 0);
			continue;
		}
		size_t n = 0;
		while (root[n] && root[n] == f[n])
			n++;
		while (n > 0 && root[n - 1] != '/')
			n--;
		root[n] = '\0';
	}
	return root;
}

void program_init(struct program *p, GPtrArray *tus, const struct rules *rules, struct report *rep,
		  struct engine_stats *stats, double function_budget)
{
	*p = (struct program){
		.rules = rules,
		.tus = tus,
		.source_root = common_folder(tus),
		.strings = g_string_chunk_new(64 * 1024),
		.origins = g_array_new(FALSE, TRUE, sizeof(struct source_origin)),
		.origin_ids = g_hash_table_new_full(origin_key_hash, origin_key_equal, g_free, NULL),
		.stats = stats,
		.rep = rep,
		.budget_seconds = function_budget,
	};
	p->empty = prog_intern(p, "");
	if (stats && !stats->unknown_callees)
		stats->unknown_callees = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
}

void program_free(struct program *p)
{
	g_hash_table_destroy(p->origin_ids);
	g_array_free(p->origins, TRUE);
	g_string_chunk_free(p->strings);
	g_free(p->source_root);
}

const char *prog_intern(struct program *p, const char *s)
{
	return s ? g_string_chunk_insert_const(p->strings, s) : NULL;
}

struct fn_info *prog_function(struct program *p, const char *ident)
{
	return ident ? g_hash_table_lookup(p->fns, ident) : NULL;
}

const struct fn_decl *prog_decl(struct program *p, const char *ident)
{
	return ident ? g_hash_table_lookup(p->decls, ident) : NULL;
}

uint32_t prog_origin(struct program *p, enum origin_kind kind, const char *identity, unsigned cats,
		     struct ir_loc loc)
{
	struct origin_key key = {
		.kind = kind,
		.identity = prog_intern(p, identity),
		.file = loc.file,
		.line = loc.line,
		.col = loc.col,
	};
	gpointer v = g_hash_table_lookup(p->origin_ids, &key);
	if (v) {
		struct source_origin *o = &g_array_index(p->origins, struct source_origin,
							 GPOINTER_TO_UINT(v) - 1);
		o->cats |= cats;
		return GPOINTER_TO_UINT(v) - 1;
	}
	struct source_origin o = { .kind = kind, .identity = key.identity, .cats = cats };
	g_array_append_val(p->origins, o);
	g_hash_table_insert(p->origin_ids, g_memdup2(&key, sizeof key), GUINT_TO_POINTER(p->origins->len));
	return p->origins->len - 1;
}

const struct source_origin *prog_origin_get(const struct program *p, uint32_t id)
{
	return &g_array_index(p->origins, struct source_origin, id);
}

bool prog_category_sensitive(const struct program *p, unsigned cats)
{
	return rules_category_sensitive(p->rules, cats);
}

bool prog_path_is_test(const struct program *p, const char *path)
{
	static const char *const names[] = { "test", "tests", "testing", "testsuite", "test-suite",
					     "unittest", "unittests", "unit-tests", NULL };
	if (!path || !p->source_root || !g_str_has_prefix(path, p->source_root))
		return false;
	path += strlen(p->source_root);
	const char *slash = strrchr(path, '/');
	for (const char *c = path; slash && c < slash;) {
		const char *e = strchr(c, '/');
		size_t n = (size_t)(e - c);
		for (const char *const *w = names; *w; w++)
			if (n == strlen(*w) && !g_ascii_strncasecmp(c, *w, n))
				return true;
		c = e + 1;
	}
	return false;
}

bool prog_add_edge(struct fn_info *from, struct fn_info *to)
{
	for (unsigned i = 0; i < from->callees->len; i++)
		if (from->callees->pdata[i] == to)
			return false;
	g_ptr_array_add(from->callees, to);
	g_ptr_array_add(to->callers, from);
	to->has_callers = true;
	return true;
}

/* An edge found only while analysing (a function whose address flowed
 * to an indirect call the call graph had no edge for): the component
 * order could not take it into account, so another pass over the program
 * runs, and the solver's needs_analysis() now sees the callee. The pass
 * is asked for as a grown store is (engine_solve.c). */
void prog_add_found_edge(struct program *p, struct fn_info *from, struct fn_info *to)
{
	if (prog_add_edge(from, to))
		p->store.changed = true;
}
