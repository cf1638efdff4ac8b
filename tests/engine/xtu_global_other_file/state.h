/* xtu_global_other_file: globals shared between files.
 *  - g_last_phone: untagged; state.c stores PI in it, report.c logs it.
 *  - g_last_region: untagged; only ever holds non-PI.
 *  - g_operator_name: tagged PI(name) here, on the extern declaration;
 *    defined (without annotation) in state.c, logged in report.c.
 * Positives/negatives: see report.c. */
#ifndef STATE_H
#define STATE_H
#include "pitrace.h"

struct app {
        char phone[16] PI(phone);
        char region[16];
};

extern const char *g_last_phone;
extern const char *g_last_region;
extern char g_operator_name[32] PI(name);

void remember(const struct app *app);
#endif
