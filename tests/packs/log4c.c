/* rules/log4c.json: log4c's level functions (static inline wrappers in
 * log4c/category.h over __log4c_category_vlog) log every argument after the
 * format. A finding stands at the caller's line, not inside the header. */
#include <log4c.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <pitrace.h>

struct driver {
        char license_no[20] PI(license_number);
        char phone_no[16] PI(phone);
        char city[16]; /* not PI */
};

char *mask(const char *s) PI_SANITIZER(mask);
char *digest(const char *s) PI_SANITIZER(hash);

void levels(const log4c_category_t *cat, struct driver *d)
{
        log4c_category_fatal(cat, "license=%s", d->license_no);         // expect: pi-logging "license_number"
        log4c_category_alert(cat, "phone=%s", d->phone_no);             // expect: pi-logging "phone"
        log4c_category_crit(cat, "%s", d->phone_no);                    // expect: pi-logging
        log4c_category_error(cat, "%s", d->license_no);                 // expect: pi-logging
        log4c_category_warn(cat, "%s", d->phone_no);                    // expect: pi-logging
        log4c_category_notice(cat, "%s", d->phone_no);                  // expect: pi-logging
        log4c_category_info(cat, "%s", d->license_no);                  // expect: pi-logging
        log4c_category_debug(cat, "%s", d->phone_no);                   // expect: pi-logging
        /* the log4c_category_trace() macro pastes __FUNCTION__ to a string
         * literal, which neither clang nor current gcc accept: call what it
         * expands to */
        __log4c_category_trace(cat, "%s", d->license_no);               // expect: pi-logging
}

void generic(const log4c_category_t *cat, struct driver *d, va_list ap)
{
        log4c_category_log(cat, LOG4C_PRIORITY_INFO, "lic=%s", d->license_no); // expect: pi-logging
        log4c_category_vlog(cat, LOG4C_PRIORITY_INFO, d->phone_no, ap); // expect: pi-logging
        const log4c_location_info_t loc = LOG4C_LOCATION_INFO_INITIALIZER(NULL);
        log4c_category_log_locinfo(cat, &loc, LOG4C_PRIORITY_INFO, "%s", d->phone_no); // expect: pi-logging
}

/* a project's own wrapper: the finding is at the wrapper's caller */
static void audit(const char *fmt, ...)
{
        va_list ap;
        va_start(ap, fmt);
        log4c_category_vlog(log4c_category_get("audit"), LOG4C_PRIORITY_INFO, fmt, ap);
        va_end(ap);
}

void via_wrapper(struct driver *d)
{
        audit("driver %s", d->license_no);                              // expect: pi-logging
        audit("city %s", d->city);
}

void protected_values(const log4c_category_t *cat, struct driver *d)
{
        log4c_category_info(cat, "phone=%s", mask(d->phone_no));
        char *h = digest(d->license_no);
        log4c_category_warn(cat, "lic=%s", h);
}

void negatives(const log4c_category_t *cat, struct driver *d)
{
        log4c_category_info(cat, "city=%s", d->city);
        log4c_category_debug(cat, "phone length %zu", strlen(d->phone_no));
        log4c_category_error(cat, "no license: %d", d->license_no[0] == 0);
        log4c_category_info(log4c_category_get(d->city), "started");
}
