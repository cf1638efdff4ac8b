/* xtu_wrapper_chain: the front wrapper; its call of log_write is not
 * reported (the PI comes from app.c). */
#include "log.h"

void log_info(const char *fmt, ...)
{
        va_list ap;
        va_start(ap, fmt);
        log_write(6, fmt, ap);
        va_end(ap);
}
