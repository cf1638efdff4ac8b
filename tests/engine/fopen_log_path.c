/* A stream opened on a path ending in .log or under /var/log/ is a log:
 * PI written to it is pi-logging, not storage. The path may come from a
 * macro. A path held in a const variable is a known gap, kept out of the
 * parsed code below (pitrace reports storage there instead of logging). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

#define APP_LOG "/var/log/app/app.log"

struct app {
	char phone[16] PI(phone);
	char city[16];
};

void show(struct app *a)
{
	FILE *f = fopen("/var/log/app.log", "a");
	fprintf(f, "%s\n", a->phone);            // expect: pi-logging "phone"
	fprintf(f, "%s\n", a->city);
	FILE *g = fopen("x.log", "a");
	fputs(a->phone, g);                      // expect: pi-logging
	FILE *h = fopen("/var/log/app/trace", "w");
	fprintf(h, "%s\n", a->phone);            // expect: pi-logging
	FILE *m = fopen(APP_LOG, "a");
	fputs(a->phone, m);                      // expect: pi-logging
	fclose(f);
	fclose(g);
	fclose(h);
	fclose(m);
}

#if 0
/* known gap: the path is a known string ending in .log, yet pitrace takes
 * these streams as storage and reports pi-unencrypted-storage instead of
 * pi-logging at each fputs. */
static const char g_log_path[] = "/var/log/g.log";

void known_path_variables(struct app *a, int x)
{
	const char *p = "/var/log/app.log";
	FILE *f = fopen(p, "a");
	fputs(a->phone, f);
	FILE *g = fopen(g_log_path, "a");
	fputs(a->phone, g);
	FILE *h = fopen(x ? "a.log" : "b.log", "a");
	fputs(a->phone, h);
}
#endif
