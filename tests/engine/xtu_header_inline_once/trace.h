/* xtu_header_inline_once: a finding inside a header included by two
 * translation units is reported once (one finding per rule and call). The
 * static inline helper dump_card() reads a tagged field itself and logs it,
 * so the finding stands at its printf, here in the header - even though
 * one.c and two.c each get their own copy of the function.
 * The runner's summary must read "2 expected, 2 found": a duplicate
 * reported for the second TU would count 3.
 * Negatives: the calls dump_card(c) in one.c and two.c (the helper reads
 * the field itself, so callers are not reported); dump_bin() logs only an
 * untagged field. */
#ifndef TRACE_H
#define TRACE_H
#include <stdio.h>
#include "pitrace.h"

struct card {
        char card_no[20] PI(bank_account);
        char bin[8];
};

static inline void dump_card(const struct card *c)
{
        printf("card %s\n", c->card_no); // expect: pi-logging "bank_account"
}

static inline void dump_bin(const struct card *c)
{
        printf("bin %s\n", c->bin);
}

/* A macro sink used in both files is reported where the macro is used. */
#define TRACE_STR(s) fprintf(stderr, "trace %s\n", (s))

static inline void trace_value(const char *v)
{
        TRACE_STR(v);
}
#endif
