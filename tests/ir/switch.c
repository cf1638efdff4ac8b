/* switch with and without default, fall-through, several labels on one
 * statement, enum cases, nested break. */
enum color { RED, GREEN = 5, BLUE };

int with_default(int k)
{
        int r = 0;
        switch (k) {
        case 1:
                r = 10;
                break;
        case 2:
        case 3:
                r = 20;
                /* fall through */
        case 4:
                r += 1;
                break;
        default:
                r = -1;
        }
        return r;
}

int without_default(enum color c)
{
        int r = 0;
        switch (c) {
        case RED:
                r = 1;
                break;
        case BLUE:
                return 3;
        }
        return r;
}

int default_first(int k)
{
        switch (k) {
        default:
                return 0;
        case 7:
                return 7;
        }
}
