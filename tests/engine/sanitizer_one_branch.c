/* A value sanitised on only one branch of an if still reaches the sink raw
 * on the other branch, so it is reported; sanitised on both branches (or
 * before the if) it is not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
};

const char *mask_id(const char *in) PI_SANITIZER(mask);

void one_branch(struct app *a, int quiet)
{
	const char *v = a->id_number;
	if (quiet)
		v = mask_id(v);
	printf("%s\n", v);                       // expect: pi-logging "id_number"
}

void both_branches(struct app *a, int quiet)
{
	const char *v;
	if (quiet)
		v = mask_id(a->id_number);
	else
		v = mask_id(a->id_number + 6);
	printf("%s\n", v);
}

void before_if(struct app *a, int quiet)
{
	const char *v = mask_id(a->id_number);
	if (quiet)
		v = mask_id(v);
	printf("%s\n", v);
}
