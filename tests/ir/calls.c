/* Calls: direct calls, nested calls as arguments, calls through function
 * pointers (a variable, a struct field, an array), address-taken
 * functions, returns with and without a value. (twice is external: the
 * address-taken line of a static function holds an absolute path.) */
int helper(int a, const char *s);
int twice(int v) { return v * 2; }
static void nothing(void) { return; }

struct ops {
        int (*fn)(int);
};

int (*g_fp)(int) = twice;

int callers(struct ops *o, int (*table[])(int), int i)
{
        int r = helper(twice(i), "s");
        int (*fp)(int) = twice;
        r += fp(r);
        r += (*fp)(r);
        r += o->fn(r);
        r += table[i](r);
        o->fn = &twice;
        r += g_fp(r);
        nothing();
        if (r)
                return helper(r, 0);
        return r;
}

void returns_void(void)
{
        nothing();
}
