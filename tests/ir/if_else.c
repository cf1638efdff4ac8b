/* if, if/else, else-if chains, nested ifs, and an if whose branches both
 * return. */
int f(int);

int branches(int a, int b)
{
        int r = 0;
        if (a)
                r = 1;
        if (a > b)
                r = 2;
        else
                r = 3;
        if (a == 1)
                r = 4;
        else if (a == 2)
                r = 5;
        else
                r = 6;
        if (a) {
                if (b)
                        r = f(r);
        }
        if (b)
                return r;
        else
                return -r;
}
