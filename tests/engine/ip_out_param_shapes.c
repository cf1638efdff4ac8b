/* Interprocedural: other shapes by which PI travels up to a caller.
 *  - a pointer out-parameter (get_ptr(&p, a) sets *p = a->id_number);
 *  - a callee storing a pointer into a caller's struct field (set_ref);
 *  - a struct returned by value (dup_app) and a heap copy (new_app);
 *  - an array element filled by a helper (fill_slot).
 * The caller that logs is reported at its log call.
 * Positives: puts(p), puts(r.ref), puts(c.id_number) ... see lines.
 * Negatives: a sibling field the callee set to a literal (r.other); a
 * non-PI field of the returned struct (c.serial); another slot of the array
 * that the helper did not touch. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        int serial;
};

struct rec {
        const char *ref;
        const char *other;
};

void get_ptr(const char **out, const struct app *a)
{
        *out = a->id_number;
}

void set_ref(struct rec *r, const char *v)
{
        r->ref = v;
        r->other = "fixed";
}

struct app dup_app(const struct app *a)
{
        return *a;
}

struct app *new_app(const struct app *a)
{
        struct app *p = malloc(sizeof *p);
        if (p)
                memcpy(p, a, sizeof *p);
        return p;
}

void fill_slot(char slots[][19], int i, const struct app *a)
{
        strcpy(slots[i], a->id_number);
}

void use(const struct app *a)
{
        const char *p;
        struct rec r;
        char slots[2][19] = { "a", "b" };

        get_ptr(&p, a);
        puts(p); // expect: pi-logging "id_number"

        set_ref(&r, a->id_number);
        puts(r.ref); // expect: pi-logging "id_number"
        puts(r.other);

        struct app c = dup_app(a);
        puts(c.id_number); // expect: pi-logging "id_number"
        printf("%d\n", c.serial);

        struct app *h = new_app(a);
        if (h)
                fputs(h->id_number, stderr); // expect: pi-logging "id_number"

        fill_slot(slots, 0, a);
        puts(slots[0]); // expect: pi-logging "id_number"
}
