/* xtu_global_other_file: a global written with PI in another translation
 * unit is PI when read here; the finding is at this file's sink call.
 * Positives: puts(g_last_phone); printf of g_operator_name (tagged on the
 * extern declaration); fputs of a local copy of g_last_phone.
 * Negatives: puts(g_last_region) (only ever non-PI). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "state.h"

void report(void)
{
        const char *copy = g_last_phone;
        puts(g_last_phone); // expect: pi-logging "phone"
        puts(g_last_region);
        printf("operator %s\n", g_operator_name); // expect: pi-logging "name"
        fputs(copy, stderr); // expect: pi-logging "phone"
}
