/* Every comparison operator: == != < > <= >=, with operands of several
 * shapes (calls, fields, pointers against 0). */
struct s {
        int v;
};
int f(int);

int ops_compare(int a, int b, struct s *p)
{
        int r;
        r = a == b;
        r = a != b;
        r = a < b;
        r = a > b;
        r = a <= b;
        r = a >= b;
        r = f(a) == f(b);
        r = p->v<=a;
        r = p != 0;
        r = (a) >= (b);
        r = a<b;
        r = a>b;
        return r;
}
