/* Variadic functions: va_start, va_arg, va_copy, va_end, passing a
 * va_list on, and calls with extra arguments. */
#include <stdarg.h>

int vsum(int n, va_list ap);

int sum(int n, ...)
{
        va_list ap, copy;
        va_start(ap, n);
        va_copy(copy, ap);
        int s = 0;
        for (int i = 0; i < n; i++)
                s += va_arg(ap, int);
        s += vsum(n, copy);
        const char *str = va_arg(copy, const char *);
        va_end(copy);
        va_end(ap);
        return s + (str != 0);
}

int caller(void)
{
        return sum(3, 1, 2, 3) + sum(0);
}
