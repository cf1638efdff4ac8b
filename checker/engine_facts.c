/* SPDX-License-Identifier: Apache-2.0 */
/* engine_facts.c - sets of facts. A set is kept small and unique by
 * (origin, input, protections, handle): the same PI reaching a place by
 * two paths is one fact (the first trace found is kept), while the same
 * PI protected on one path and not on another is two, so the unprotected
 * one is still reported after the paths join. */
#include <string.h>

#include "engine_int.h"

/* Facts are kept sorted by their key, so membership is a binary search and
 * a union is a merge: value sets in functions that move a big context
 * struct around hold hundreds of input facts. */
static int compare_key(const struct fact *a, const struct fact *b)
{
	if (a->origin != b->origin)
		return a->origin < b->origin ? -1 : 1;
	if (a->input != b->input)
		return a->input < b->input ? -1 : 1;
	if (a->prot != b->prot)
		return a->prot < b->prot ? -1 : 1;
	if (a->handle != b->handle)
		return a->handle < b->handle ? -1 : 1;
	if (a->param_tag != b->param_tag)
		return a->param_tag < b->param_tag ? -1 : 1;
	if (a->function != b->function)
		return a->function < b->function ? -1 : 1;
	return 0;
}

const struct factset factset_empty;

uint64_t facts_work;

bool factset_covers(const struct factset *s, const struct factset *o)
{
	if (o->n > s->n)
		return false;
	uint32_t i = 0;
	for (uint32_t k = 0; k < o->n; k++) {
		int c = -1;
		while (i < s->n && (c = compare_key(&s->v[i], &o->v[k])) < 0)
			i++;
		if (c != 0 || (s->v[i].cats | o->v[k].cats) != s->v[i].cats)
			return false;
		i++;
	}
	return true;
}

static void reserve(struct factset *s, uint32_t n)
{
	if (n <= s->cap)
		return;
	uint32_t cap = s->cap ? s->cap : 4;
	while (cap < n)
		cap *= 2;
	s->v = g_renew(struct fact, s->v, cap);
	s->cap = cap;
}

bool factset_add(struct factset *s, const struct fact *f)
{
	uint32_t lo = 0, hi = s->n;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		int c = compare_key(&s->v[mid], f);
		if (c == 0) {
			bool grew = (s->v[mid].cats | f->cats) != s->v[mid].cats;
			s->v[mid].cats |= f->cats;
			return grew;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	reserve(s, s->n + 1);
	memmove(&s->v[lo + 1], &s->v[lo], (s->n - lo) * sizeof *s->v);
	s->v[lo] = *f;
	s->n++;
	return true;
}

bool factset_union(struct factset *s, const struct factset *o)
{
	if (!o->n)
		return false;
	facts_work += o->n;
	if (o->n <= 2) {
		bool grew = false;
		for (uint32_t i = 0; i < o->n; i++)
			grew |= factset_add(s, &o->v[i]);
		return grew;
	}
	/* Most unions at a fixpoint add nothing: a first merge pass only
	 * counts what is new and widens categories in place, so that case
	 * allocates nothing. */
	bool grew = false;
	uint32_t fresh = 0, i = 0, k = 0;
	while (k < o->n) {
		int c = i == s->n ? 1 : compare_key(&s->v[i], &o->v[k]);
		if (c < 0) {
			i++;
		} else if (c > 0) {
			fresh++;
			k++;
		} else {
			if ((s->v[i].cats | o->v[k].cats) != s->v[i].cats) {
				s->v[i].cats |= o->v[k].cats;
				grew = true;
			}
			i++;
			k++;
		}
	}
	if (!fresh)
		return grew;
	/* Then merge from the back, into room made at the end. */
	reserve(s, s->n + fresh);
	uint32_t out = s->n + fresh;
	i = s->n;
	k = o->n;
	while (k > 0) {
		int c = i == 0 ? -1 : compare_key(&s->v[i - 1], &o->v[k - 1]);
		if (c > 0)
			s->v[--out] = s->v[--i];
		else if (c < 0)
			s->v[--out] = o->v[--k];
		else {
			s->v[--out] = s->v[--i];
			k--;
		}
	}
	s->n += fresh;
	return true;
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
	facts_work += src->n;
	reserve(dst, src->n);
	if (src->n)
		memcpy(dst->v, src->v, src->n * sizeof *src->v);
	dst->n = src->n;
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

/* A value made of protected PI only: what protected it replaced the
 * plain value (`password = crypt(password, salt)`), so the place's tag no
 * longer stands for plain PI there. Addresses of functions and handles
 * are not the value's data and do not count either way. */
bool factset_sealed(const struct factset *s)
{
	bool any = false;
	for (uint32_t i = 0; i < s->n; i++) {
		const struct fact *f = &s->v[i];
		if (!f->cats && !f->input)
			continue;
		if (!f->prot)
			return false;
		any = true;
	}
	return any;
}

unsigned factset_cats(const struct factset *s)
{
	unsigned c = 0;
	for (uint32_t i = 0; i < s->n; i++)
		c |= s->v[i].cats;
	return c;
}
