/* SPDX-License-Identifier: Apache-2.0 */
/* check.h - the registry of report rules: for each enum rule_id (the list
 * is check_list.h), its id, SARIF name, levels and the function that finds
 * it, and everything the reports say about it in English and Chinese
 * (check_text.c). The reporters, the engine's report step and the checks
 * read rule texts only from here.
 *
 * Everything returned is static and read-only. */
#ifndef PITRACE_CHECK_H
#define PITRACE_CHECK_H

#include <glib.h>

#include "pi.h"

struct report;
struct rules;

/* A sentence shape and its Chinese, for report_zh.c: en is a GRegex over
 * the whole message (or, for a remark, over the part it matches), zh its
 * replacement with \1... for the groups. */
struct check_shape {
	const char *en, *zh;
};

/* What the reports say about a rule. The legal texts summarise; they never
 * pretend to quote. A text a rule has none of is "" (legal_en of
 * pitrace-suppression); a message of a rule whose findings are not made
 * from these formats (pitrace-suppression's, suppress.c) is NULL. */
struct check_text {
	const char *security_severity;	/* GitHub's 0.0-10.0, as a string */
	const char *cwe;		/* the closest CWE number, or NULL */
	const char *short_en, *short_zh;
	const char *full_en;
	const char *fix_en, *fix_zh;
	const char *legal_en, *legal_zh;	/* the articles it rests on */
	const char *level_en;		/* when it is which level (CONTRACT 3) */
	const char *unless_en;		/* the protections that clear it */
	const char *example;		/* a few lines of C it reports */

	/* A finding's headline: message is a printf format (its arguments
	 * are the rule's: check_*.c and engine_report.c say which), remark
	 * one appended to it when there is more to say. message_zh are the
	 * headline's shapes, tried in order; remark_zh the remark's, applied
	 * to what they left of it. */
	const char *message, *remark;
	struct check_shape message_zh[2], remark_zh;
};

struct check {
	const char *id;			/* "pi-logging" */
	const char *sarif_name;		/* "PiLogging" */
	enum level level;		/* its level, and SARIF's default */
	enum level sensitive_level;	/* its level when the PI is sensitive */
	/* The no-flow checks: run looks at the IR of every translation
	 * unit (struct ir_tu *, not modified) after the engine ran and adds
	 * its findings to rep. NULL where the engine or suppress.c finds
	 * the rule's findings. */
	void (*run)(GPtrArray *tus, const struct rules *rules, struct report *rep);
	const struct check_text *text;
};

/* The rule r; an r out of range gets pitrace-suppression's, so a report
 * read back from a damaged cache still prints. Never NULL. */
const struct check *check_get(enum rule_id r);

/* A finding's level under rule r: sensitive_level when any of its PI is
 * sensitive (the caller knows, under the rules in force), else level. */
enum level check_level(enum rule_id r, bool sensitive);

/* Runs every rule's check that has one, in the order of check_list.h. */
void checks_run(GPtrArray *tus, const struct rules *rules, struct report *rep);

/* The checks of check_list.h: literals that are PI (check_literal.c), and
 * encrypt sanitizers whose bodies call no cipher (check_sanitizer.c). */
void check_literals(GPtrArray *tus, const struct rules *rules, struct report *rep);
void check_sanitizers(GPtrArray *tus, const struct rules *rules, struct report *rep);

/* The texts, indexed by rule (check_text.c); use check_get(r)->text. */
extern const struct check_text check_texts[RULE_COUNT];

/* What pi-hardcoded-literal finds, as its message names it: [en, zh]. */
enum literal_kind {
	LITERAL_RESIDENT_ID,
	LITERAL_CREDIT_CODE,
	LITERAL_MOBILE,
	LITERAL_KIND_COUNT
};
extern const char *const check_literal_kinds[LITERAL_KIND_COUNT][LANG_COUNT];

#endif
