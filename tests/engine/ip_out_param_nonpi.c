/* Interprocedural negatives: out-parameter helpers that write non-PI into the
 * caller's buffer, even when they are handed a struct holding PI, produce
 * nothing in callers. Also a helper that receives PI but writes only a
 * constant into its out-parameter.
 * Positives: one control, a helper that does copy PI (so the test shows the
 * out-parameter path is live in this file).
 * Negatives: format_status(), make_ref(), tag_of() outputs logged. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        int status;
        int serial;
};

void format_status(char *out, size_t n, const struct app *a)
{
        snprintf(out, n, "status=%d", a->status);
}

void make_ref(char *out, size_t n, const struct app *a)
{
        snprintf(out, n, "REF-%06d", a->serial);
}

void tag_of(char *out, const char *id)
{
        (void)id;
        strcpy(out, "applicant");
}

void copy_id(char *out, const struct app *a)
{
        strcpy(out, a->id_number);
}

void use(const struct app *a)
{
        char s[32], ref[32], tag[32], id[19];

        format_status(s, sizeof s, a);
        puts(s);
        make_ref(ref, sizeof ref, a);
        fprintf(stderr, "ref %s\n", ref);
        tag_of(tag, a->id_number);
        printf("tag %s\n", tag);

        copy_id(id, a);
        printf("id %s\n", id); // expect: pi-logging
}
