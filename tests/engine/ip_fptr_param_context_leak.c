/* A leak whose source and sink are both known only in a caller's
 * context: write_file() opens the file and calls the exporter its caller
 * passes, and the exporter reads the PI itself, as abook's e_write_file
 * calls any of its sixteen export filters. Of its own, write_file()
 * cannot follow the call (more functions have that type than a plain
 * pointer is followed to); analysed again for export_file(), which knows
 * the exporters, the exporter's PI reaches the file write_file() opened,
 * and the finding stands at the call in write_file(), where the stream is
 * handed over (CONTRACT 3: the call that decides).
 * Negative: a caller whose exporters write no PI. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

const char *contact_email(int item) PI(email);

struct filter {
	const char *name;
	int (*func)(FILE *out, int item);
};

static int ldif_export(FILE *out, int item) { return fprintf(out, "mail: %s\n", contact_email(item)); }
static int csv_export(FILE *out, int item) { return fprintf(out, "%s,\n", contact_email(item)); }
static int count_export(FILE *out, int item) { return fprintf(out, "%d\n", item); }
static int blank_export(FILE *out, int item) { (void)item; return fputs("\n", out); }
static int dash_export(FILE *out, int item) { (void)item; return fputs("-\n", out); }
static int dot_export(FILE *out, int item) { (void)item; return fputs(".\n", out); }

static const struct filter filters[] = {
	{ "ldif", ldif_export }, { "csv", csv_export }, { "count", count_export },
	{ "blank", blank_export }, { "dash", dash_export }, { "dot", dot_export },
};

static const struct filter quiet[] = {
	{ "count", count_export }, { "blank", blank_export },
};

static int write_file(const char *path, int (*func)(FILE *out, int item), int item)
{
	FILE *out = fopen(path, "a");
	if (!out)
		return -1;
	int ret = (*func)(out, item);   // expect: pi-unencrypted-storage "email"
	fclose(out);
	return ret;
}

int export_file(int i, const char *path)
{
	return write_file(path, filters[i].func, 0);
}

static int write_quiet(const char *path, int (*func)(FILE *out, int item))
{
	FILE *out = fopen(path, "a");
	if (!out)
		return -1;
	int ret = func(out, 1);
	fclose(out);
	return ret;
}

int export_quiet(int i, const char *path)
{
	return write_quiet(path, quiet[i].func);
}
