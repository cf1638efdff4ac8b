/* Interprocedural: helpers that write a whole object's bytes
 * (CONTRACT §3: "A sink that writes an object's bytes ... writes every PI
 * field the object holds").
 *  - save_app(f, a) fwrites *a: the helper itself reads every field of the
 *    object, like store() reading a->id_number; but the stream is its
 *    parameter, so the caller that passes a fopen()ed file decides the
 *    kind, and the finding stands at that call (CONTRACT §3, "each at the
 *    call that decides").
 *  - save_bytes(f, p, n) fwrites whatever buffer it is given: the caller
 *    handing it PI (a struct with tagged fields, or a tagged field) is
 *    reported at its save_bytes call.
 * Negatives: save_stats(), which fwrites a struct with no PI fields; the
 * fwrite inside save_app; save_bytes of a struct with no PI fields. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        int serial;
};

struct stats {
        int count;
        int errors;
};

void save_app(FILE *f, const struct app *a)
{
        fwrite(a, sizeof *a, 1, f);
}

void save_stats(FILE *f, const struct stats *s)
{
        fwrite(s, sizeof *s, 1, f);
}

void save_bytes(FILE *f, const void *p, size_t n)
{
        fwrite(p, n, 1, f);
}

void persist(const struct app *a, const struct stats *s)
{
        FILE *f = fopen("/data/apps.bin", "wb");
        save_app(f, a); // expect: pi-unencrypted-storage "id_number"
        save_stats(f, s);
        save_bytes(f, a, sizeof *a); // expect: pi-unencrypted-storage "id_number"
        save_bytes(f, a->id_number, sizeof a->id_number); // expect: pi-unencrypted-storage "id_number"
        save_bytes(f, s, sizeof *s);
        save_bytes(f, &a->serial, sizeof a->serial);
}
