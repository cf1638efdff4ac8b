/* The comma operator: two and three operands, in a for header, as an
 * argument in parentheses, and a comma that is not an operator (argument
 * and declarator separators). */
int f(int, int);

int ops_comma(int a, int b)
{
        int r = (a, b);
        r = (a++, b++, a + b);
        for (a = 0, b = 1; a < b; a++, b--)
                r = f((a, b), r);
        int x = 1, y = 2;
        return r + x + y;
}
