/* xtu_shared_header_struct: register.c logs fields of the header's struct
 * directly, and calls persist() in persist.c (whose own fwrite/fprintf read
 * the fields themselves and so are reported there, not here). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "app.h"

void register_applicant(const struct applicant *a)
{
        printf("registering %s\n", a->id_number); // expect: pi-logging "id_number"
        printf("region %s status %d\n", a->region, a->status);
        persist(a);
}
