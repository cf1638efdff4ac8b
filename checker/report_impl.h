/* SPDX-License-Identifier: Apache-2.0 */
/* report_impl.h - what the reporters, the baseline and the suppressions share
 * behind report.h: the format table's entries and a few helpers (the rule
 * texts are the registry's, check.h). Not for the engine or the driver: they use report.h.
 */
#ifndef PITRACE_REPORT_IMPL_H
#define PITRACE_REPORT_IMPL_H

#include <cjson/cJSON.h>

#include "check.h"
#include "report.h"

/* The formats; report.c lists them in reporters[]. */
extern const struct reporter reporter_text;
extern const struct reporter reporter_json;
extern const struct reporter reporter_sarif;
extern const struct reporter reporter_html;
extern const struct reporter reporter_junit;
extern const struct reporter reporter_gitlab;

/* The names of the bits of a category mask: a new cJSON array, or a
 * "id_number, phone" string (free with g_free()). */
cJSON *report_categories_json(unsigned mask);
char *report_categories_string(unsigned mask);
/* Whether any category of mask is sensitive under rep's rules (the
 * contract's default when the report has no rules). */
bool report_sensitive(const struct report *rep, unsigned mask);

/* The lines of a source file without their line ends, NULL-terminated, or
 * NULL when it cannot be read; free with g_strfreev(). */
char **report_read_lines(const char *path, unsigned *nlines);
/* The same for text already read. */
char **report_split_lines(const char *text, unsigned *nlines);

/* file relative to rep->root when it lies below it, else NULL; free with
 * g_free(). */
char *report_path_below_root(const struct report *rep, const char *file);

/* A file's identity for comparing paths spelt differently ("a/../b.c"
 * and "b.c" from the same directory); free with g_free(). */
char *report_canonical_path(const char *file);

/* JSON must be UTF-8 (RFC 8259) and a report's strings need not be:
 * messages quote source text (a GBK comment), file names are bytes. Replaces
 * every string value below item that is not valid UTF-8 with its
 * g_utf8_make_valid() form (U+FFFD for each bad sequence). The JSON, SARIF
 * and baseline writers call it on their tree before printing. */
void report_json_make_valid(cJSON *item);

/* Writes root (then deletes it) to out as formatted JSON and a newline,
 * made valid UTF-8 first (report_json_make_valid). false when the text
 * could not be made or written. The JSON, SARIF and GitLab formats and
 * init's rules file all end this way. */
bool report_json_write(cJSON *root, FILE *out);

/* The report digest: SHA-256 (hex) of the JSON report's tree without its
 * "report_digest" member, printed compactly (cJSON_PrintUnformatted).
 * report_digest_tree() works on a parsed report (pitrace verify),
 * report_json_digest() on the report itself (the HTML report shows it).
 * Free with g_free(). */
char *report_digest_tree(cJSON *root);
char *report_json_digest(const struct report *rep);

/* A finding's headline or a trace step in Chinese (report_zh.c): each of
 * the engine's sentence shapes translated, the names it quotes kept. A
 * message of no known shape comes back as it was. Free with g_free(). */
char *report_zh_message(const char *en);

/* Counts of the findings by how they are accounted for. */
struct report_counts {
	unsigned total, open, suppressed, baselined;
	unsigned open_by_level[LEVEL_ERROR + 1];
};
void report_count(const struct report *rep, struct report_counts *counts);

#endif
