/* xtu_shared_header_struct: PI is tagged once, in this header's struct,
 * and used by two .c files (register.c logs, persist.c stores). The tag
 * must apply in both translation units.
 * Positives: see register.c and persist.c.
 * Negatives: the untagged fields (status, region) in both files. */
#ifndef APP_H
#define APP_H
#include "pitrace.h"

struct applicant {
        char id_number[19] PI(id_number);
        char home_address[128] PI(address);
        char region[16];
        int status;
};

void persist(const struct applicant *a);
#endif
