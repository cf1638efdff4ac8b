/* header_static_named: the TU that names show_id() and not dump_all(). */
#include "log.h"

char holder_id[19];

void report(void)
{
        show_id();
}
