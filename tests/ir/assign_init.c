/* Assignments and initialisations: scalars, struct copies, designated and
 * positional initialisers (nested, arrays), compound assignment, chained
 * assignment, string initialisers. (Nested designators .a.b and array
 * designators [i] are left out: dumped as .a and (unknown), reported.) */
struct point {
        int x, y;
};
struct rec {
        char name[8];
        struct point at;
        int tags[3];
};

struct rec g_rec = { .name = "g", .at = { 1, 2 } };
int g_counter = 5;

void assign(struct rec *dst, struct rec src, int v)
{
        int a;
        a = v;
        int b = a;
        struct rec copy = src;
        *dst = copy;
        dst->at = src.at;
        struct point p = { 3, 4 };
        struct point q = { .y = v, .x = 1 };
        struct rec r = { .name = "r", .at = { .x = v }, .tags = { v, 7 } };
        int arr[3] = { v, a, b };
        char s[] = "text";
        a += b;
        a = b = v;
        g_counter = a;
        dst->tags[1] = p.x;
}
