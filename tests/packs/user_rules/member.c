/* A rule file added by the user (rules.json beside this file, about ten
 * lines) tags a field of the project's own struct and makes the project's
 * own logging function a sink. Heuristics are off, so every tag here comes
 * from the rule file. */
// pitrace-args: --rules rules.json --no-heuristics
#include <stdio.h>
#include <string.h>

#include "mylog.h"

struct member {
        char idcard[19]; /* tagged by rules.json, not by an annotation */
        char nick[16];
        int level;
};

/* the same field name in another struct is not tagged */
struct visitor {
        char idcard[19];
};

char *mask_idcard(const char *s) __attribute__((annotate("pi-sanitizer:mask")));

void joined(const struct member *m)
{
        mylog_write(MYLOG_INFO, "member %s joined", m->idcard);         // expect: pi-logging "id_number"
        mylog_write(MYLOG_ERROR, m->idcard);                            // expect: pi-logging
        char line[64];
        snprintf(line, sizeof line, "idcard=%s", m->idcard);
        mylog_write(MYLOG_DEBUG, "%s", line);                           // expect: pi-logging
        printf("%s\n", m->idcard);                                      // expect: pi-logging
        FILE *f = fopen("/data/members.txt", "w");
        fputs(m->idcard, f);                                            // expect: pi-unencrypted-storage
}

/* the level (argument 0) is not logged data; masked values may be logged */
void negatives(const struct member *m, const struct visitor *v)
{
        mylog_write(MYLOG_INFO, "member %s level %d", m->nick, m->level);
        mylog_write(MYLOG_INFO, "masked %s", mask_idcard(m->idcard));
        mylog_write(MYLOG_INFO, "idcard length %zu", strlen(m->idcard));
        mylog_write(MYLOG_INFO, "visitor %s", v->idcard);
        printf("%s\n", v->idcard);
        mylog_flush(m->idcard);         /* not a sink */ // expect-problem: "`mylog_flush` has no body here"
}
