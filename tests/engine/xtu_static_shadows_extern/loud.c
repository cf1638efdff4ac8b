/* xtu_static_shadows_extern: emit() here is the external one from ext.c
 * (it logs); record() is this file's own static function (it stores). */
#include <stdio.h>
#include "app.h"

void emit(const char *s);

static void record(const char *s)
{
        FILE *f = fopen("/data/phones.txt", "a");
        fputs(s, f);
}

void loud_run(const struct app *a)
{
        emit(a->phone); // expect: pi-logging "phone"
        record(a->phone); // expect: pi-unencrypted-storage "phone"
}
