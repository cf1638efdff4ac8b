/* xtu_static_shadows_extern: one external function emit() (defined in
 * ext.c, where it logs) and, in quiet.c, a `static` emit() that does not
 * log, plus the mirror case for record(): external in ext.c does nothing,
 * static in loud.c stores. Calls resolve as the linker would: a file with a
 * static definition calls its own; other files call the external one.
 * (This header declares neither function: each file declares what it
 * calls, as a static definition may not follow an external declaration.)
 * Positives: emit(pi) in loud.c (external emit logs); record(pi) in loud.c
 * (its own static record stores).
 * Negatives: emit(pi) in quiet.c (its own static emit); record(pi) in
 * quiet.c (the external record does nothing). */
#ifndef APP_H
#define APP_H
#include "pitrace.h"
struct app {
        char phone[16] PI(phone);
};
#endif
