/* Operators written in the file whose operands come from macros (object-
 * and function-like, at either side): the operator token is in the file,
 * so every libclang version must recover it. */
struct s {
        int count;
        char id[8];
};
struct s g;
struct s *g_ptr;

#define ONE 1
#define COUNT g.count
#define ID(p) ((p)->id)
#define PTR g_ptr
#define LIMIT 10

int macro_operands(struct s *p, int x)
{
        int r;
        r = x + ONE;
        r = ONE - x;
        r = COUNT * x;
        r = x % LIMIT;
        r = COUNT == ONE;
        r = ONE < COUNT;
        r = x && COUNT;
        r = !COUNT;
        r = -ONE;
        r = ~COUNT;
        COUNT = x;
        COUNT += ONE;
        x = COUNT;
        COUNT++;
        ++COUNT;
        COUNT--;
        char *q = ID(p);
        q = ID(PTR);
        r = ID(p)[0] != 97;
        r = *ID(p);
        r = PTR->count << ONE;
        return r;
}
