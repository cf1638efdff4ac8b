/* goto: PI set before a jump reaches the sink at the label; a path that
 * clears the buffer before jumping, or a label reached only from a clean
 * path, is clean. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
};

void jump_with_pi(struct app *a, int bad)
{
	char buf[32] = "";
	if (bad) {
		strcpy(buf, a->id_number);
		goto fail;
	}
	return;
fail:
	fprintf(stderr, "bad: %s\n", buf);       // expect: pi-logging "id_number"
}

void jump_after_clear(struct app *a, int bad)
{
	char buf[32] = "";
	strcpy(buf, a->id_number);
	if (bad) {
		memset(buf, 0, sizeof buf);
		goto fail;
	}
	return;
fail:
	fprintf(stderr, "bad: %s\n", buf);
}

void backward(struct app *a, int n)
{
	const char *v = "start";
again:
	puts(v);                                 // expect: pi-logging
	v = a->id_number;
	if (--n > 0)
		goto again;
}
