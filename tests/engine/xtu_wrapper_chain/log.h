/* xtu_wrapper_chain: log_info (front.c) -> log_write (back.c) ->
 * vfprintf(stderr). Called from app.c. */
#ifndef LOG_H
#define LOG_H
#include <stdarg.h>
void log_info(const char *fmt, ...);
void log_write(int level, const char *fmt, va_list ap);
#endif
