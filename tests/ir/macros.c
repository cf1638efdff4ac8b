/* Code inside macros: calls, operators, assignments, field accesses and
 * control flow written in a macro body, macro arguments, nested macros,
 * and a do { } while (0) wrapper. The operators must be the same as when
 * written out. */
struct r {
        int v;
        char id[8];
};

void sink(const char *fmt, ...);

#define ADD(a, b) ((a) + (b))
#define LESS(a, b) ((a) < (b))
#define SHIFT_OR(a, b) (((a) << 2) | (b))
#define NEG(a) (-(a))
#define SET(x, v) ((x) = (v))
#define BUMP(x) ((x) += 3)
#define INC(x) ((x)++)
#define FIELD(p) ((p)->id)
#define LOG(...) sink(__VA_ARGS__)
#define CHECK(c) do { if (!(c)) sink("fail"); } while (0)
#define TWICE(a) ADD(a, a)
#define LOOP(i, n) for ((i) = 0; (i) < (n); (i)++)
#define ADDR(x) (&(x))
#define DEREF(p) (*(p))
#define NOT(a) (!(a))

int macros(struct r *p, int x, int y)
{
        int a = ADD(x, y);
        int b = LESS(x, y);
        int c = SHIFT_OR(x, y);
        int d = NEG(x);
        SET(a, b);
        BUMP(a);
        INC(b);
        LOG("%s", FIELD(p));
        CHECK(x == y);
        int e = TWICE(x) * 2;
        int i;
        LOOP(i, y)
                e += i;
        int f = ADD(x, y) - LESS(x, y);
        int *ap = ADDR(x);
        f += DEREF(ap);
        f += NOT(y);
        return a + b + c + d + e + f;
}
