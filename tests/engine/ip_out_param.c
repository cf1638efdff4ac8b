/* Interprocedural: PI written through an out-parameter travels up to the
 * caller (CONTRACT §3: "through return values and out-parameters").
 * copy_id(out, a) strcpy's a tagged field into out; the caller then logs out,
 * so the finding is at the caller's log call.
 * Positives: puts(out) after copy_id; printf of a struct member filled by
 * fill_rec(&r, a); a two-level out-param helper (copy_id_twice -> copy_id).
 * Negatives: the strcpy inside copy_id; logging another buffer of the caller
 * that the helper did not touch; logging the non-PI member of the record. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        char phone[16] PI(phone);
};

struct rec {
        char key[32];
        char label[32];
};

void copy_id(char *out, const struct app *a)
{
        strcpy(out, a->id_number);
}

void fill_rec(struct rec *r, const struct app *a)
{
        strcpy(r->key, a->phone);
        strcpy(r->label, "applicant");
}

void copy_id_twice(char *out, const struct app *a)
{
        char tmp[19];
        copy_id(tmp, a);
        memcpy(out, tmp, sizeof tmp);
}

void use(const struct app *a)
{
        char out[19];
        char other[19] = "none";
        struct rec r;
        char deep[19];

        copy_id(out, a);
        puts(out); // expect: pi-logging "id_number"
        puts(other);

        fill_rec(&r, a);
        printf("key=%s\n", r.key); // expect: pi-logging "phone"
        printf("label=%s\n", r.label);

        copy_id_twice(deep, a);
        fputs(deep, stderr); // expect: pi-logging "id_number"
}
