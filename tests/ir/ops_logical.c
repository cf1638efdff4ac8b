/* Every logical operator: && || and unary !, alone and combined. */
int ops_logical(int a, int b, int c)
{
        int r;
        r = a && b;
        r = a || b;
        r = !a;
        r = a && b || c;
        r = !(a || b);
        r = !!a;
        r = a&&!b;
        return r;
}
