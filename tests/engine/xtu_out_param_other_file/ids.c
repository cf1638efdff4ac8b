/* xtu_out_param_other_file: the helpers. copy_id() copies PI out,
 * make_ref() writes only a serial number, copy_str() copies whatever it is
 * given. Nothing is reported in this file. */
#include <stdio.h>
#include <string.h>
#include "ids.h"

void copy_id(char *out, const struct app *a)
{
        strcpy(out, a->id_number);
}

void make_ref(char *out, size_t n, const struct app *a)
{
        snprintf(out, n, "REF%06d", a->serial);
}

void copy_str(char *out, const char *in)
{
        strcpy(out, in);
}
