/* Generic containers: a list whose nodes hold `void *` (curl's Curl_llist,
 * redis's list). Putting a pointer to a record of the program into one
 * stores the pointer, not what the record holds (docs/engine.md, "Values
 * the engine tracks"): a handle whose scratch buffer holds PI does not
 * make the list node, and every reader of the list, carry that PI.
 * Positives: PI put into the list as text (a `char *`), then logged from
 * its node; a record's tagged field read through a pointer taken from the
 * list (the tag is on the field, wherever the pointer came from); the
 * whole record written through the list's pointer by a blob writer that
 * takes `const void *` (its tagged fields, as a direct fwrite would).
 * Negative: the node's pointer printed with %p after the handle went into
 * the list with PI in its buffer. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct node {
	void *ptr;
	struct node *next;
};

struct list {
	struct node *head;
};

static void list_push(struct list *l, struct node *n, const void *p)
{
	n->ptr = (void *)p;
	n->next = l->head;
	l->head = n;
}

static void *list_first(const struct list *l)
{
	return l->head ? l->head->ptr : NULL;
}

struct handle {
	char id_number[19] PI(id_number);
	char buffer[64];
	struct node node;
};

static void save_blob(FILE *f, const void *p, size_t n)
{
	fwrite(p, n, 1, f);
}

void queue_handle(struct list *l, struct handle *a, FILE *out)
{
	strcpy(a->buffer, a->id_number);
	list_push(l, &a->node, a);
	printf("%p\n", a->node.ptr);
	struct handle *h = list_first(l);
	printf("%s\n", h->id_number); // expect: pi-logging "id_number"
	save_blob(out, h, sizeof *h); // expect: pi-unencrypted-storage "id_number"
}

void queue_text(struct list *l, struct node *n, struct handle *a)
{
	list_push(l, n, a->id_number);
	printf("%s\n", (const char *)n->ptr); // expect: pi-logging "id_number"
}
