/* xtu_recursion: odd half; its printf is not reported itself (the PI comes
 * from main.c through the cycle). */
#include <stdio.h>
#include "walk.h"

void walk_odd(const char *s, int n)
{
        printf("%d %s\n", n, s);
        if (n > 0)
                walk_even(s, n - 1);
}

const char *fold_b(const char *s, int n)
{
        return n > 0 ? fold_a(s, n - 1) : s;
}
