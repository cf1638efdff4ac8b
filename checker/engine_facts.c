/* engine_facts.c - sets of facts. A set is kept small and unique by
 * (origin, input, protections, handle): the same PI reaching a place by
 * two paths is one fact (the first trace found is kept), while the same
 * PI protected on one path and not on another is two, so the unprotected
 * one is still reported after the paths join. */
#include <string.h>

#include "engine_int.h"

static bool same_key(const struct fact *a, const struct fact *b)
{
	return a->origin == b->origin && a->input == b->input && a->prot == b->prot &&
	       a->handle == b->handle && a->param_tag == b->param_tag;
}

void factset_add(struct factset *s, const struct fact *f)
{
	for (uint32_t i = 0; i < s->n; i++) {
		if (same_key(&s->v[i], f)) {
			s->v[i].cats |= f->cats;
			return;
		}
	}
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 4;
		s->v = g_renew(struct fact, s->v, s->cap);
	}
	s->v[s->n++] = *f;
}

void factset_union(struct factset *s, const struct factset *o)
{
	for (uint32_t i = 0; i < o->n; i++)
		factset_add(s, &o->v[i]);
}

void factset_clear(struct factset *s)
{
	s->n = 0;
}

void factset_free(struct factset *s)
{
	g_free(s->v);
	memset(s, 0, sizeof *s);
}

void factset_copy(struct factset *dst, const struct factset *src)
{
	factset_clear(dst);
	factset_union(dst, src);
}

bool factset_equal(const struct factset *a, const struct factset *b)
{
	if (a->n != b->n)
		return false;
	for (uint32_t i = 0; i < a->n; i++) {
		bool found = false;
		for (uint32_t k = 0; k < b->n && !found; k++)
			found = same_key(&a->v[i], &b->v[k]) && a->v[i].cats == b->v[k].cats;
		if (!found)
			return false;
	}
	return true;
}

/* Protecting merges facts that differ only in what was applied before. */
void factset_protect(struct factset *s, unsigned prot)
{
	struct factset out = { 0 };
	for (uint32_t i = 0; i < s->n; i++) {
		struct fact f = s->v[i];
		f.prot |= (uint8_t)prot;
		factset_add(&out, &f);
	}
	factset_free(s);
	*s = out;
}

unsigned factset_cats(const struct factset *s)
{
	unsigned c = 0;
	for (uint32_t i = 0; i < s->n; i++)
		c |= s->v[i].cats;
	return c;
}
