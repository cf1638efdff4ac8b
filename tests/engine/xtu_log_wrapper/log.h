/* xtu_log_wrapper: a logging wrapper defined in log.c, declared here, and
 * called from upload.c and admin.c. See upload.c for what is tested. */
#ifndef LOG_H
#define LOG_H
void log_info(const char *fmt, ...);
void log_kv(const char *key, const char *value);
#endif
