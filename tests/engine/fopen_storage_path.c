/* A stream opened on an ordinary data path (data.csv, /data/x.db, a path that
 * merely mentions "log" without ending in .log) is storage: PI written to it
 * is pi-unencrypted-storage, not logging; so is a tmpfile(). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	char city[16];
};

void show(struct app *a)
{
	FILE *f = fopen("data.csv", "w");
	fprintf(f, "%s\n", a->phone);            // expect: pi-unencrypted-storage "phone"
	fprintf(f, "%s\n", a->city);
	FILE *g = fopen("/data/users.db", "a");
	fputs(a->phone, g);                      // expect: pi-unencrypted-storage
	FILE *h = fopen("catalog.txt", "w");
	fprintf(h, "%s\n", a->phone);            // expect: pi-unencrypted-storage
	FILE *k = fopen("logbook.dat", "w");
	fprintf(k, "%s\n", a->phone);            // expect: pi-unencrypted-storage
	FILE *t = tmpfile();
	fputs(a->phone, t);                      // expect: pi-unencrypted-storage
	fclose(t);
	fclose(f);
	fclose(g);
	fclose(h);
	fclose(k);
}
