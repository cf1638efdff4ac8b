/* xtu_wrapper_chain: a wrapper chain spanning three translation units.
 * The finding stands at the caller's log_info() call, the first call on
 * the way down in the highest function (CONTRACT §3); the trace goes on
 * through log_write to vfprintf.
 * Positives: log_info(... u->location ...), in two functions.
 * Negatives: log_info with non-PI. */
// pitrace-args: --no-heuristics
#include "pitrace.h"
#include "log.h"

struct fix {
        char location[32] PI(location);
        int accuracy;
};

void on_fix(const struct fix *f)
{
        log_info("fix at %s", f->location); // expect: pi-logging "location"
        log_info("accuracy %d", f->accuracy);
}

void on_lost(const struct fix *f)
{
        log_info("lost after %s (%d)", f->location, f->accuracy); // expect: pi-logging "location"
}
