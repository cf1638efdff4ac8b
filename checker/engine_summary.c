/* engine_summary.c - summary rows, kept unique by what they say (not by
 * their trace), so that re-analysing a function in a fixpoint adds
 * nothing when nothing changed. */
#include "engine_int.h"

void summary_init(struct summary *s)
{
	s->rows = g_array_new(FALSE, FALSE, sizeof(struct row));
	s->keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
}

void summary_free(struct summary *s)
{
	if (s->rows)
		g_array_free(s->rows, TRUE);
	if (s->keys)
		g_hash_table_destroy(s->keys);
	s->rows = NULL;
	s->keys = NULL;
}

static char *row_key(const struct row *r)
{
	return g_strdup_printf("%d|%d|%d:%s:%d|%u|%u|%u|%u|%d:%s|%u|%d|%d:%s:%d|%u|%s|%s",
			       r->kind, r->from_input, r->in.param, r->in.path ? r->in.path : "",
			       r->in.deep, r->origin, r->cats, r->handle, r->prot, r->out_param,
			       r->out_path ? r->out_path : "", r->sink_kinds, r->has_dest,
			       r->dest.param, r->dest.path ? r->dest.path : "", r->dest.deep,
			       r->default_kind, r->sink_function ? r->sink_function : "",
			       r->global ? r->global : "");
}

bool summary_add(struct program *p, struct summary *s, const struct row *r)
{
	(void)p;
	char *key = row_key(r);
	if (g_hash_table_contains(s->keys, key)) {
		g_free(key);
		return false;
	}
	g_hash_table_add(s->keys, key);
	g_array_append_val(s->rows, *r);
	return true;
}
