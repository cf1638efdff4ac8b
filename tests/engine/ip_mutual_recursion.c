/* Interprocedural: mutual recursion (ping <-> pong), where only pong logs.
 * The analysis terminates; a caller handing PI to ping() is reported at its
 * ping call, because PI reaches pong's printf through the cycle.
 * Also a mutually recursive pair that passes PI around but never reaches a
 * sink (even <-> odd) and one that returns its argument (walk_a <-> walk_b).
 * Positives: ping(a->phone); puts(walk_a(a->phone, 3)).
 * Negatives: ping("x"); even(a->phone, 4); puts(walk_a("x", 3)). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
        char phone[16] PI(phone);
};

void pong(const char *s, int n);

void ping(const char *s, int n)
{
        if (n > 0)
                pong(s, n - 1);
}

void pong(const char *s, int n)
{
        if (n % 2)
                printf("pong %s\n", s);
        ping(s, n - 1);
}

int odd(const char *s, int n);

int even(const char *s, int n)
{
        return n == 0 ? 1 : odd(s, n - 1);
}

int odd(const char *s, int n)
{
        return n == 0 ? 0 : even(s, n - 1);
}

const char *walk_b(const char *s, int n);

const char *walk_a(const char *s, int n)
{
        return n ? walk_b(s, n - 1) : s;
}

const char *walk_b(const char *s, int n)
{
        return n ? walk_a(s, n - 1) : s;
}

void handle(const struct app *a)
{
        ping(a->phone, 5); // expect: pi-logging "phone"
        ping("x", 5);
        if (even(a->phone, 4))
                puts("even");
        puts(walk_a(a->phone, 3)); // expect: pi-logging "phone"
        puts(walk_a("x", 3));
}
