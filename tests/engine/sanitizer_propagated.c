/* Protection travels with the data: a masked value copied by strcpy,
 * snprintf, strdup or pointer arithmetic is still masked (not reported at a
 * log); the raw original stays PI; mixing raw PI into the masked copy makes
 * it reportable again. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
};

const char *mask_phone(const char *in) PI_SANITIZER(mask);

void copies(struct app *a)
{
	char b[32];
	strcpy(b, mask_phone(a->phone));
	puts(b);
	char f[32];
	snprintf(f, sizeof f, "p=%s", mask_phone(a->phone));
	puts(f);
	char *d = strdup(mask_phone(a->phone));
	puts(d);
	free(d);
	puts(mask_phone(a->phone) + 3);
}

void original(struct app *a)
{
	const char *m = mask_phone(a->phone);
	puts(m);
	puts(a->phone);                          // expect: pi-logging "phone"
}

void mixed(struct app *a)
{
	char b[64];
	snprintf(b, sizeof b, "%s %s", mask_phone(a->phone), a->phone);
	puts(b);                                 // expect: pi-logging
	char c[64];
	strcpy(c, mask_phone(a->phone));
	strcat(c, a->phone);
	puts(c);                                 // expect: pi-logging
	char r[64];
	strcpy(r, a->phone);
	strcat(r, mask_phone(a->phone));
	/* known gap: strcat drops the raw PI already in r (see strcat_keeps_pi.c) */
	puts(r);                                 // expect: pi-logging
}
