/* Address-of and dereference: pointers to locals, to fields, to pointers,
 * writes through pointers, &* and *& pairs, arrays decaying. */
struct cell {
        int v;
        struct cell *next;
};

void pointers(struct cell *c, int **pp)
{
        int x = 1;
        int *p = &x;
        *p = 2;
        int y = *p;
        int **q = &p;
        **q = y;
        *pp = p;
        int *r = &*p;
        int z = *&x;
        struct cell *n = &c->next->next[0];
        (*c).v = *(&c->v);
        int arr[2];
        int *a0 = arr;
        *(arr + 1) = **pp;
}
