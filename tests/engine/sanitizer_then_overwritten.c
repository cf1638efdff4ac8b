/* A variable holding a sanitised value that is then overwritten with raw PI
 * is PI again at the sink; overwritten with a clean value it is clean. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
};

const char *mask_phone(const char *in) PI_SANITIZER(mask);

void overwritten_raw(struct app *a)
{
	const char *v = mask_phone(a->phone);
	puts(v);
	v = a->phone;
	puts(v);                                 // expect: pi-logging "phone"
}

void overwritten_buffer(struct app *a)
{
	char buf[32];
	strcpy(buf, mask_phone(a->phone));
	puts(buf);
	strcpy(buf, a->phone);
	puts(buf);                               // expect: pi-logging
	strcpy(buf, mask_phone(buf));
	puts(buf);
}

void overwritten_clean(struct app *a)
{
	const char *v = mask_phone(a->phone);
	v = "n/a";
	puts(v);
}
