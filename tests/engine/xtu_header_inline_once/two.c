/* xtu_header_inline_once: second includer of trace.h. */
#include "trace.h"

void two(const struct card *c)
{
        dump_card(c);
        dump_bin(c);
        trace_value(c->bin);
}
