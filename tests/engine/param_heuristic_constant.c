/* A parameter whose name says PI (`email`) holds PI by identifier
 * heuristic, and a caller that passes a value of its own is reported at
 * the call. A caller that passes a constant, NULL or a literal (postfix's
 * NO_DSN_ORCPT, a fixed "postmaster") hands over no PI: no finding there.
 * An annotated parameter is the program's word and stands either way. */
#include <stdio.h>
#include "pitrace.h"

#define NO_ORCPT ((char *) 0)

static void notify(const char *email)
{
        printf("notify %s\n", email ? email : "-");
}

static void audit(const char *who PI(email))
{
        printf("audit %s\n", who);
}

void deliver(const char *next_hop)
{
        notify(NO_ORCPT);
        notify("postmaster");
        notify(next_hop);                               // expect: pi-logging
        audit("postmaster");                            // expect: pi-logging
}
