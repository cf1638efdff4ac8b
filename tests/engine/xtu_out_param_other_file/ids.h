/* xtu_out_param_other_file: out-parameter helpers defined in ids.c and
 * used from main.c. */
#ifndef IDS_H
#define IDS_H
#include <stddef.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        int serial;
};

void copy_id(char *out, const struct app *a);
void make_ref(char *out, size_t n, const struct app *a);
void copy_str(char *out, const char *in);
#endif
