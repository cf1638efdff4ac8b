/* SPDX-License-Identifier: Apache-2.0 */
/* engine_heap.c - a min-heap of unsigned numbers: the worklists of the
 * engine, which take blocks in reverse postorder and the functions of a
 * component callees first. */
#include "engine_int.h"

void uheap_push(struct uheap *h, unsigned x)
{
	if (h->n == h->cap) {
		h->cap = h->cap ? 2 * h->cap : 16;
		h->v = g_renew(unsigned, h->v, h->cap);
	}
	unsigned i = h->n++;
	while (i && h->v[(i - 1) / 2] > x) {
		h->v[i] = h->v[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	h->v[i] = x;
}

unsigned uheap_pop(struct uheap *h)
{
	unsigned top = h->v[0], x = h->v[--h->n], i = 0;
	for (;;) {
		unsigned l = 2 * i + 1, r = l + 1, small = i, sv = x;
		if (l < h->n && h->v[l] < sv)
			small = l, sv = h->v[l];
		if (r < h->n && h->v[r] < sv)
			small = r, sv = h->v[r];
		if (small == i)
			break;
		h->v[i] = h->v[small];
		i = small;
	}
	if (h->n)
		h->v[i] = x;
	return top;
}

void uheap_free(struct uheap *h)
{
	g_free(h->v);
	h->v = NULL;
	h->n = h->cap = 0;
}
