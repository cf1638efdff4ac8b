/* xtu_recursion: even half. */
#include "walk.h"

void walk_even(const char *s, int n)
{
        if (n > 0)
                walk_odd(s, n - 1);
}

const char *fold_a(const char *s, int n)
{
        return n > 0 ? fold_b(s, n - 1) : s;
}
