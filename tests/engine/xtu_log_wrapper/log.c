/* xtu_log_wrapper: the wrappers. Neither vfprintf nor fprintf below is
 * reported: the data comes from callers in other files, which are the
 * highest functions on the path (CONTRACT §3). log_kv logs both its key
 * and its value. */
#include <stdarg.h>
#include <stdio.h>
#include "log.h"

void log_info(const char *fmt, ...)
{
        va_list ap;
        va_start(ap, fmt);
        vfprintf(stderr, fmt, ap);
        va_end(ap);
}

void log_kv(const char *key, const char *value)
{
        fprintf(stdout, "%s=%s\n", key, value);
}
