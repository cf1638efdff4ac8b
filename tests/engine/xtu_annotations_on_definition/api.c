/* xtu_annotations_on_definition: the definitions. The printf calls are not
 * reported: the tagged parameters have callers (main.c), which report. */
#include <stdio.h>
#include <string.h>
#include "api.h"

void show_phone(const char *p PI(phone))
{
        printf("phone %s\n", p);
}

void show_email(const char *e)
{
        printf("email %s\n", e);
}

PI_SANITIZER(mask) char *hide(const char *s)
{
        char *d = strdup(s);
        if (d && strlen(d) > 7)
                memset(d + 3, '*', 4);
        return d;
}

void show_plain(const char *s)
{
        printf("plain %s\n", s);
}
