/* xtu_recursion: callers of the cross-TU recursive cycles.
 * Positives: walk_even(pi, 4) reaches walk_odd's printf through the cycle:
 * reported at this call; puts(fold_a(pi, 3)) logs PI returned through the
 * cycle.
 * Negatives: walk_even("x", 4); puts(fold_a("x", 3)). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"
#include "walk.h"

struct app {
        char birthdate[11] PI(birthdate);
};

void run(const struct app *a)
{
        walk_even(a->birthdate, 4); // expect: pi-logging "birthdate"
        walk_even("x", 4);
        puts(fold_a(a->birthdate, 3)); // expect: pi-logging "birthdate"
        puts(fold_a("x", 3));
}
