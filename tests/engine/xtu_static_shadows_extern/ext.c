/* xtu_static_shadows_extern: the external definitions. Nothing is
 * reported here (the data comes from callers). */
#include <stdio.h>
#include "app.h"

void emit(const char *s)
{
        printf("emit %s\n", s);
}

void record(const char *s)
{
        (void)s;
}
