/* Sanitizers declared with the raw attribute
 * __attribute__((annotate("pi-sanitizer:KIND"))) work like PI_SANITIZER(),
 * on a prototype and on a definition (which has a body that does the
 * masking). An unannotated function that returns its argument protects
 * nothing. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>

struct app {
	char phone[16] __attribute__((annotate("pi:phone")));
};

const char *hash_phone(const char *in) __attribute__((annotate("pi-sanitizer:hash")));

static const char *tidy_phone(const char *in)
{
	return in;
}

__attribute__((annotate("pi-sanitizer:mask"))) char *mask_tail(char *s)
{
	size_t n = strlen(s);
	if (n > 4)
		memset(s, '*', n - 4);
	return s;
}

void show(struct app *a, char *tmp)
{
	puts(hash_phone(a->phone));
	strcpy(tmp, a->phone);
	puts(mask_tail(tmp));
	puts(tidy_phone(a->phone));              // expect: pi-logging "phone"
}
