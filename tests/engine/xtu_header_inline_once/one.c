/* xtu_header_inline_once: first includer of trace.h. trace_value(pi) hands
 * PI to the header's inline wrapper: reported here, at this call. */
// pitrace-args: --no-heuristics
#include "trace.h"

void one(const struct card *c)
{
        dump_card(c);
        dump_bin(c);
        trace_value(c->card_no); // expect: pi-logging
}
