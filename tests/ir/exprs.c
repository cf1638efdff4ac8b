/* Expression kinds that make a fresh value or keep one: comparisons versus
 * arithmetic, logical operators, sizeof, casts, ternaries and the comma
 * operator. (_Alignof and offsetof are left out: they are dumped as
 * sizeof[sizeof] and (unknown), reported.) */
#include <stddef.h>

struct s {
        int a;
        char b[10];
};

int exprs(int x, int y, struct s *p, void *vp)
{
        int cmp = x < y;
        int sum = x + y;
        int both = x && y;
        int either = x || p->a;
        int none = !x;
        size_t sz = sizeof p->b;
        size_t sz2 = sizeof(struct s);
        long l = (long)x;
        struct s *sp = (struct s *)vp;
        char *cp = (char *)p->b;
        int t = x ? y : sum;
        int t2 = p ? p->a : 0;
        int c = (x++, y);
        int c2 = (x = 1, y = 2, x + y);
        return cmp + both + (int)sz;
}
