/* A rule file's propagator, cleaner or handle models a function whose
 * code the program does not have. Where the program defines it, its body
 * is analysed and the entry does not apply, and the run says so, once per
 * function, naming the rule: a model that reads as obeyed must not be
 * silently nothing. Here open_audit()'s body opens a file, so what it
 * returns is storage, not the log the rule file claims; dup_text()'s body
 * copies, as its entry says. */
// pitrace-args: --rules rules.json --no-heuristics
// expect-problem: "`dup_text` has a body here, so rule app.dup_text"
// expect-problem: "`open_audit` has a body here, so rule app.open_audit"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PI(c) __attribute__((annotate("pi:" c)))

struct visitor {
        char *phone PI("phone");
};

char *dup_text(const char *s)
{
        char *d = malloc(strlen(s) + 1);
        if (d)
                strcpy(d, s);
        return d;
}

FILE *open_audit(void)
{
        return fopen("/srv/audit/visits", "a");
}

void visit(struct visitor *v)
{
        FILE *f = open_audit();
        fputs(dup_text(v->phone), f);                   // expect: pi-unencrypted-storage "phone"
}
