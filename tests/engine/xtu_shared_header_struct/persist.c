/* xtu_shared_header_struct: persist.c stores the header struct's fields. */
#include <stdio.h>
#include "app.h"

void persist(const struct applicant *a)
{
        FILE *f = fopen("/srv/app/applicants.txt", "a");
        fprintf(f, "%s\n", a->home_address); // expect: pi-unencrypted-storage "address"
        fprintf(f, "%s %d\n", a->region, a->status);
        fclose(f);
}
