/* A library function that is handed PI and that pitrace has no model of
 * is where the analysis goes blind: the report's problems name it, at its
 * first call, with the number of calls (not only --stats). Functions known
 * to make no PI of what they read ("inert" entries: strcmp, strlen, free)
 * and functions with a model are not listed; nor are calls with no PI. */
// pitrace-args: --no-heuristics
#include <stdlib.h>
#include <string.h>
#include "pitrace.h"

struct user {
        char *id PI(id_number);
        char *city;
};

int vendor_submit(const char *what);    /* a vendor library, no body here */

int check(struct user *u)
{
        if (strcmp(u->id, "000") == 0 || strlen(u->id) != 18)
                return -1;
        vendor_submit(u->city);
        int rc = vendor_submit(u->id);  // expect-problem: "`vendor_submit` has no body here and no model, and 2 calls hand it PI"
        rc += vendor_submit(u->id);
        free(u->id);
        return rc;
}
