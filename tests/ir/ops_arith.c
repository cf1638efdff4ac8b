/* Every arithmetic and bitwise binary operator: + - * / % << >> & | ^.
 * Each statement uses exactly one, on operands of several shapes. */
int ops_arith(int a, int b, int *p, unsigned u)
{
        int r;
        r = a + b;
        r = a - b;
        r = a * b;
        r = a / b;
        r = a % b;
        r = a << b;
        r = a >> b;
        r = a & b;
        r = a | b;
        r = a ^ b;
        r = p[0] + p[1];
        r = (a) - (b);
        r = a*b;
        r = -a - -b;
        r = a-1;
        r = *p * *p;
        r = (int)u >> 1;
        return r;
}
