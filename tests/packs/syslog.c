/* rules/syslog.json: syslog(3) and vsyslog(3) write every argument after
 * the priority to the system log. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>

#include <pitrace.h>

struct account {
        char holder_name[32] PI(name);
        char card[20] PI(bank_account);
        char plan[16]; /* not PI */
};

char *mask_card(const char *s) PI_SANITIZER(mask);
char *hash_name(const char *s) PI_SANITIZER(hash);

void log_account(struct account *a)
{
        syslog(LOG_INFO, "holder=%s", a->holder_name);          // expect: pi-logging "name"
        syslog(LOG_ERR, "card=%s plan=%s", a->card, a->plan);   // expect: pi-logging "bank_account"
        syslog(LOG_WARNING, a->card);                           // expect: pi-logging
}

void vlog_account(struct account *a, va_list ap)
{
        vsyslog(LOG_INFO, a->card, ap);                         // expect: pi-logging
}

/* openlog keeps its identity and starts every later line with it */
void open_as(struct account *a)
{
        openlog(a->holder_name, LOG_PID, LOG_USER);             // expect: pi-logging "name"
}

/* the log format itself may carry PI after a copy */
void copied(struct account *a)
{
        char line[128];
        snprintf(line, sizeof line, "card %s", a->card);
        syslog(LOG_NOTICE, "%s", line);                         // expect: pi-logging
}

/* protected values: masked and hashed data may be logged */
void protected_values(struct account *a)
{
        syslog(LOG_INFO, "card=%s", mask_card(a->card));
        char *h = hash_name(a->holder_name);
        syslog(LOG_INFO, "holder=%s", h);
}

/* negatives: the priority is not logged data, non-PI and derived values are fine */
void negatives(struct account *a)
{
        openlog("billing", LOG_PID, LOG_USER);
        syslog(LOG_INFO, "plan=%s", a->plan);
        syslog(LOG_INFO, "card length %zu", strlen(a->card));
        syslog(LOG_DEBUG, "missing card: %d", a->card[0] == '\0');
        closelog();
}
