/* Interprocedural: PI stored into one field of a global struct by one
 * function and read by another, field by field.
 * Positives: printf of g_cfg.owner in report(); a getter returning
 * g_cfg.owner, logged in show().
 * Negatives: g_cfg.level (an int set beside it) logged; g_cfg.banner, set
 * to a literal in another function. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
        char name[32] PI(name);
};

struct cfg {
        const char *owner;
        const char *banner;
        int level;
};

struct cfg g_cfg;

void set_owner(const struct app *a)
{
        g_cfg.owner = a->name;
        g_cfg.level = 1;
}

void set_banner(void)
{
        g_cfg.banner = "welcome";
}

const char *cfg_owner(void)
{
        return g_cfg.owner;
}

void report(void)
{
        printf("owner %s\n", g_cfg.owner); // expect: pi-logging "name"
        printf("level %d\n", g_cfg.level);
        printf("banner %s\n", g_cfg.banner);
}

void show(void)
{
        puts(cfg_owner()); // expect: pi-logging "name"
}
