/* A tagged field reached through a chain of pointers:
 * list->next->app.phone is PI; list->next->app.seq and list->count are not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	int seq;
};

struct node {
	struct node *next;
	struct app app;
	int count;
};

void show(struct node *list)
{
	printf("%s\n", list->next->app.phone);   // expect: pi-logging "phone"
	printf("%d\n", list->next->app.seq);
	printf("%d\n", list->count);
	for (struct node *n = list; n; n = n->next)
		printf("%s\n", n->app.phone);    // expect: pi-logging
	for (struct node *n = list; n; n = n->next)
		printf("%d\n", n->app.seq);
}
