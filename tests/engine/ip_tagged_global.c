/* Interprocedural: a global variable tagged PI(...) is a source wherever it
 * is read. A function that reads it and logs it is the highest function on
 * the path (finding at its sink); a function that reads it and hands it to a
 * wrapper gets the finding at the wrapper call; a getter returning it moves
 * the finding to the getter's caller.
 * Positives: printf in dump(), log_str(g_home_address) in relay(), puts of
 * get_addr() in show().
 * Negatives: an untagged global logged the same way; the printf inside
 * log_str. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

char g_home_address[128] PI(address);
char g_motd[128];

static void log_str(const char *s)
{
        printf("%s\n", s);
}

const char *get_addr(void)
{
        return g_home_address;
}

void dump(void)
{
        printf("addr %s\n", g_home_address); // expect: pi-logging "address"
        printf("motd %s\n", g_motd);
}

void relay(void)
{
        log_str(g_home_address); // expect: pi-logging "address"
        log_str(g_motd);
}

void show(void)
{
        puts(get_addr()); // expect: pi-logging "address"
}
