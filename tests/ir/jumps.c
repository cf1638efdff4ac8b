/* break and continue in while, for and do-while; goto forward and
 * backward; labels that are never jumped to. */
int get(int);

int jumps(int n)
{
        int i = 0, s = 0;
        while (i < n) {
                i++;
                if (get(i))
                        continue;
                if (i > 10)
                        break;
                s += i;
        }
        for (i = 0; i < n; i++) {
                if (i == 3)
                        continue;
                if (i == 5)
                        break;
        }
        do {
                if (s)
                        break;
                continue;
        } while (get(s));
again:
        s++;
        if (s < 100)
                goto again;
        if (s > 200)
                goto out;
        s = 0;
unused:
        s--;
out:
        return s;
}
