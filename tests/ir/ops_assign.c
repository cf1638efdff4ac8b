/* Every assignment operator: = += -= *= /= %= <<= >>= &= |= ^= (shown as
 * assign[+] for +=), on variables, fields, elements and through
 * pointers. */
struct s {
        int v;
};

void ops_assign(int a, int b, struct s *p, int *q)
{
        a = b;
        a += b;
        a -= b;
        a *= b;
        a /= b;
        a %= b;
        a <<= b;
        a >>= b;
        a &= b;
        a |= b;
        a ^= b;
        p->v += a;
        q[1] -= b;
        *q <<= 2;
        a=b;
        a+=b;
}
