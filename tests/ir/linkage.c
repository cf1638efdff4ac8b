/* Static and external functions and globals, declarations and definitions,
 * a tentative definition, extern declarations, function-scope statics. */
extern int ext_counter;
int tentative;
static int file_counter = 1;

extern int ext_fn(int);
static int local_fn(int v);

int public_fn(int v)
{
        static int calls;
        calls++;
        return local_fn(v) + ext_fn(calls) + ext_counter + tentative;
}

static int local_fn(int v)
{
        file_counter += v;
        return file_counter;
}

static inline int inline_fn(void)
{
        return 0;
}

int uses_inline(void)
{
        return inline_fn();
}
