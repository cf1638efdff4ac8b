/* memcpy/memmove copy PI bytes into the destination (also at an offset into
 * a buffer that held clean text); a memcpy of clean bytes leaves the
 * destination clean. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	char city[16];
};

void show(struct app *a)
{
	char buf[16];
	memcpy(buf, a->phone, sizeof buf);
	printf("%.16s\n", buf);                  // expect: pi-logging "phone"
	char mv[16];
	memmove(mv, a->phone, sizeof mv);
	printf("%.16s\n", mv);                   // expect: pi-logging
	char c[16];
	memcpy(c, a->city, sizeof c);
	printf("%.16s\n", c);
	char pre[32] = "prefix:";
	memcpy(pre + 7, a->phone, 4);
	puts(pre);                               // expect: pi-logging
	struct app copy;
	memcpy(&copy, a, sizeof copy);
	printf("%s\n", copy.phone);              // expect: pi-logging
	printf("%s\n", copy.city);
}
