/* SPDX-License-Identifier: Apache-2.0 */
/* check.c - the registry of report rules, made from check_list.h. */
#include "check.h"

static const struct check checks[RULE_COUNT] = {
#define RULE_CHECK(rule, id_, sarif, lv, sensitive_lv, fn)                                         \
	[rule] = { .id = id_, .sarif_name = sarif, .level = lv, .sensitive_level = sensitive_lv, \
		   .run = fn, .text = &check_texts[rule] },
#include "check_list.h"
#undef RULE_CHECK
};

const struct check *check_get(enum rule_id r)
{
	return &checks[(unsigned)r < RULE_COUNT ? r : RULE_UNKNOWN_SUPPRESSION];
}

enum level check_level(enum rule_id r, bool sensitive)
{
	const struct check *c = check_get(r);
	return sensitive ? c->sensitive_level : c->level;
}

void checks_run(GPtrArray *tus, const struct rules *rules, struct report *rep)
{
	for (int r = 0; r < RULE_COUNT; r++)
		if (checks[r].run)
			checks[r].run(tus, rules, rep);
}
