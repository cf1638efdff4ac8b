/* GNU statement expressions: as an initialiser, as an argument, with
 * locals and control flow inside, and the typical max() macro. */
int f(int);

#define MAX(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })

int stmt_exprs(int x, int y)
{
        int a = ({ int t = f(x); t + 1; });
        int b = f(({ int u = y; u * 2; }));
        int c = ({ int v = 0; if (x) v = y; v; });
        int m = MAX(x, y);
        return a + b + c + m;
}
