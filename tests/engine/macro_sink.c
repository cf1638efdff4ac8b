/* A sink written through a project macro (LOG_MSG over fprintf(stderr),
 * AUDIT over syslog, SHOW over puts) is reported at the line where the macro
 * is used - the first line when the use spans several lines. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <syslog.h>
#include "pitrace.h"

#define LOG_MSG(...) fprintf(stderr, __VA_ARGS__)
#define AUDIT(fmt, ...) syslog(LOG_INFO, fmt, __VA_ARGS__)
#define SHOW(a) puts((a)->phone)

struct app {
	char phone[16] PI(phone);
	char city[16];
};

void show(struct app *a)
{
	LOG_MSG("phone=%s\n", a->phone);         // expect: pi-logging "phone"
	LOG_MSG("city=%s\n", a->city);
	AUDIT("phone=%s city=%s",                // expect: pi-logging
	      a->phone, a->city);
	AUDIT("city=%s", a->city);
	SHOW(a);                                 // expect: pi-logging
}
