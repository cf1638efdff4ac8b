/* PI copied byte by byte by the program's own helpers is still PI: a
 * one-character copy, a `while ((*o++ = *v++))` loop, an indexed loop, a
 * cursor passed by pointer to pointer (`*(*out)++ = c`), and the same loop
 * written inline. The same data through strcpy is found too.
 * Negatives: the helpers given a non-PI field; a helper that only counts. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct contact {
        char email[64] PI(email);
        char note[64];
};

static void copy1(char *o, const char *v) { *o = *v; }
static void copy_str(char *o, const char *v) { while ((*o++ = *v++)) ; }
static void put_char(char **out, char c) { *(*out)++ = c; }
static void copy_cursor(char **out, const char *v) { while (*v) put_char(out, *v++); **out = 0; }
static void copy_index(char *o, const char *v)
{
        size_t i;
        for (i = 0; v[i]; i++)
                o[i] = v[i];
        o[i] = 0;
}
static size_t count(const char *v) { size_t n = 0; while (*v++) n++; return n; }

void copies(const struct contact *c)
{
        char a[64], b[64], d[64], e[64], g[64], h[64];
        copy1(a, c->email);
        puts(a);                        // expect: pi-logging "email"
        copy_str(b, c->email);
        puts(b);                        // expect: pi-logging
        char *cur = d;
        copy_cursor(&cur, c->email);
        puts(d);                        // expect: pi-logging
        copy_index(e, c->email);
        puts(e);                        // expect: pi-logging
        char *p = g;
        const char *s = c->email;
        while ((*p++ = *s++))
                ;
        puts(g);                        // expect: pi-logging
        strcpy(h, c->email);
        puts(h);                        // expect: pi-logging
}

void not_pi(const struct contact *c)
{
        char a[64], b[64], d[64];
        copy_str(a, c->note);
        puts(a);
        char *cur = b;
        copy_cursor(&cur, c->note);
        puts(b);
        copy_index(d, "none");
        puts(d);
        printf("%zu\n", count(c->email));
}
