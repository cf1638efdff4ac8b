/* log.h - application log of the certification service.
 *
 * Levels are the syslog(3) priorities.  Messages go to the service log file
 * (stderr when it cannot be opened); errors are copied to syslog as well.
 */
#ifndef CERTPLATFORM_LOG_H
#define CERTPLATFORM_LOG_H

#include <syslog.h>

#define CERTPLATFORM_LOG_FILE "/var/log/certplatform/app.log"

int log_open(const char *ident, int verbose);
void log_close(void);
void log_msg(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#define log_debug(...) log_msg(LOG_DEBUG, __VA_ARGS__)

#endif
