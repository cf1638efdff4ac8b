/* xtu_static_shadows_extern: a static emit() that shadows the external one
 * in ext.c; record() here is the external one from ext.c. */
// pitrace-args: --no-heuristics
#include "app.h"

void record(const char *s);

static int count;

static void emit(const char *s)
{
        (void)s;
        count++;
}

void quiet_run(const struct app *a)
{
        emit(a->phone);
        record(a->phone);
}
