/* xtu_log_wrapper: a second caller file of the wrappers in log.c. */
#include "pitrace.h"
#include "log.h"

struct ticket {
        char reporter_phone[16] PI(phone);
        int id;
};

void close_ticket(const struct ticket *t)
{
        log_info("closing %d for %s", t->id, t->reporter_phone); // expect: pi-logging "phone"
        log_info("closing %d", t->id);
}
