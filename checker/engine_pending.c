/* SPDX-License-Identifier: Apache-2.0 */
/* engine_pending.c - findings while they are pending: made at a call
 * (engine_call.c), kept with the function that made them, reported at the
 * end (engine_report.c). One analysis makes each at most once. */
#include "engine_int.h"

/* Pending findings are unique by rule, call, origin and protection; the
 * set of their keys makes the check constant time. */
struct pending_key {
	enum rule_id rule;
	const char *file;
	unsigned line, col;
	uint32_t origin;
	bool protected_flow, param_tag, stream_param;
};

static guint pending_key_hash(gconstpointer k)
{
	const struct pending_key *p = k;
	return (p->line * 131u + p->col) ^ g_direct_hash(p->file) ^ (p->origin * 2654435761u) ^
	       ((guint)p->rule << 3) ^ ((guint)p->protected_flow << 1) ^ p->param_tag ^ ((guint)p->stream_param << 2);
}

static gboolean pending_key_equal(gconstpointer a, gconstpointer b)
{
	const struct pending_key *x = a, *y = b;
	return x->rule == y->rule && x->file == y->file && x->line == y->line && x->col == y->col &&
	       x->origin == y->origin && x->protected_flow == y->protected_flow &&
	       x->param_tag == y->param_tag && x->stream_param == y->stream_param;
}

GHashTable *pending_keys_new(void)
{
	return g_hash_table_new_full(pending_key_hash, pending_key_equal, g_free, NULL);
}

static struct pending_key pending_key_of(const struct pending_finding *pf)
{
	return (struct pending_key){
		.rule = pf->rule,
		.file = pf->loc.file,
		.line = pf->loc.line,
		.col = pf->loc.col,
		.origin = pf->origin,
		.protected_flow = pf->protected_flow,
		.param_tag = pf->param_tag,
		.stream_param = pf->stream_param,
	};
}

struct pending_finding *pending_seen(GHashTable *keys, const struct pending_finding *pf)
{
	struct pending_key key = pending_key_of(pf);
	return g_hash_table_lookup(keys, &key);
}

void pending_remember(GHashTable *keys, struct pending_finding *pf)
{
	struct pending_key key = pending_key_of(pf);
	g_hash_table_insert(keys, g_memdup2(&key, sizeof key), pf);
}
