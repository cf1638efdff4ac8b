/* Every unary operator: & * + - ~ ! and ++x x++ --x x--, on variables,
 * fields, elements and through pointers. */
struct s {
        int v;
};

int ops_unary(int a, int *p, struct s *o)
{
        int *q = &a;
        int r = *p;
        r = +a;
        r = -a;
        r = ~a;
        r = !a;
        ++a;
        a++;
        --a;
        a--;
        r = ++a + a++;
        r = --a - a--;
        o->v++;
        ++o->v;
        p[0]--;
        --*p;
        (*p)++;
        r = - -a;
        r = -(a);
        return r + *q;
}
