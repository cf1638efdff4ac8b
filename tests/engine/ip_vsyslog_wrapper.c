/* Interprocedural: a variadic wrapper over vsyslog(3). Callers that hand it
 * PI are reported at their wrapper call (CONTRACT §3), once per call.
 * Positives: app_log(LOG_INFO, "...", a->email) and a second caller.
 * Negatives: app_log with only non-PI arguments; the vsyslog itself. */
// pitrace-args: --no-heuristics
#include <stdarg.h>
#include <syslog.h>
#include "pitrace.h"

struct user {
        char email[64] PI(email);
        int uid;
};

void app_log(int prio, const char *fmt, ...)
{
        va_list ap;
        va_start(ap, fmt);
        vsyslog(prio, fmt, ap);
        va_end(ap);
}

void login(const struct user *u)
{
        app_log(LOG_INFO, "login %s", u->email); // expect: pi-logging "email"
        app_log(LOG_INFO, "uid %d", u->uid);
}

void logout(const struct user *u)
{
        app_log(LOG_NOTICE, "bye %d %s", u->uid, u->email); // expect: pi-logging "email"
}
