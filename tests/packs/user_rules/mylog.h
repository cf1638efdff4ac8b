/* The project's logging library: only its header is seen, so without the
 * rule file pitrace knows nothing about it. */
#ifndef MYLOG_H
#define MYLOG_H
enum mylog_level { MYLOG_DEBUG, MYLOG_INFO, MYLOG_ERROR };
void mylog_write(enum mylog_level level, const char *fmt, ...);
void mylog_flush(const char *reason);
#endif
