/* xtu_static_same_name: b.c's emit() and get_value() never log or return
 * PI; calls here must not resolve to a.c's functions of the same name. */
#include <stdio.h>
#include "pitrace.h"
#include "app.h"

static int emitted;

static void emit(const char *s)
{
        (void)s;
        emitted++;
}

static const char *get_value(const struct app *p)
{
        (void)p;
        return "b";
}

void b_handle(const struct app *p)
{
        emit(p->phone);
        puts(get_value(p));
}
