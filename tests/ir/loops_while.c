/* while and do-while: with a body, empty, infinite, with a call in the
 * condition. */
int more(int);

int loops(int n)
{
        int i = 0;
        while (i < n)
                i++;
        while (more(i))
                ;
        do {
                i--;
        } while (i > 0);
        do
                n = more(n);
        while (n);
        while (1) {
                if (i)
                        return i;
        }
}
