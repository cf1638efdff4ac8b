/* Interprocedural: globals that receive PI indirectly in one function and
 * are read in another (CONTRACT §3: follow the data; the finding stands at
 * the reading function's sink call, as for g_last_phone = app->phone).
 *  - set_g(v) { g_x = v; }: a callee assigns its PI parameter to a global;
 *  - *pp = v through a local pointer to a global pointer; h->v = v through a
 *    local pointer to a global struct;
 *  - strcpy(g_buf, pi): a global array filled by a library copy;
 *  - copy_to(g_buf2, pi): a global array filled by a project helper;
 *  - set_slot(&g_z, pi): a global pointer set through an out-parameter;
 *  - swap_last(v): a static local keeps the previous argument and returns
 *    it on the next call (a static local is a global with a small scope).
 * Positives: each puts in report() of a global that received PI.
 * Negatives: the globals that received only non-PI (g_y, g_clean); the
 * writes themselves. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
        char phone[16] PI(phone);
        char city[16];
};

const char *g_x, *g_y, *g_z, *g_p;
char g_buf[16], g_buf2[16], g_clean[16];
struct holder { const char *v; } g_h;

void set_g(const char *v) { g_x = v; }
void set_y(const char *v) { g_y = v; }
void set_slot(const char **slot, const char *v) { *slot = v; }
void copy_to(char *dst, const char *v) { strcpy(dst, v); }

const char *swap_last(const char *v)
{
        static const char *last;
        const char *prev = last;
        last = v;
        return prev;
}

void write_all(const struct app *a)
{
        const char **pp = &g_p;
        struct holder *h = &g_h;

        set_g(a->phone);
        set_y(a->city);
        *pp = a->phone;
        h->v = a->phone;
        strcpy(g_buf, a->phone);
        copy_to(g_buf2, a->phone);
        copy_to(g_clean, a->city);
        set_slot(&g_z, a->phone);
        swap_last(a->phone);
}

void report(void)
{
        puts(g_x); // expect: pi-logging "phone"
        puts(g_y);
        puts(g_p); // expect: pi-logging "phone"
        puts(g_h.v); // expect: pi-logging "phone"
        puts(g_buf); // expect: pi-logging
        puts(g_buf2); // expect: pi-logging
        puts(g_clean);
        puts(g_z); // expect: pi-logging
        puts(swap_last("x")); // xfail: pi-logging
}
