/* xtu_out_param_other_file: cross-TU out-parameters. PI written into the
 * caller's buffer by a helper in ids.c is reported at the caller's sink.
 * Positives: puts(buf) after copy_id(); fputs after copy_str(buf, PI).
 * Negatives: puts after make_ref(); puts after copy_str(buf, non-PI). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "ids.h"

void show(const struct app *a)
{
        char id[19], ref[16], c1[19], c2[19];

        copy_id(id, a);
        puts(id); // expect: pi-logging "id_number"
        make_ref(ref, sizeof ref, a);
        puts(ref);
        copy_str(c1, a->id_number);
        fputs(c1, stderr); // expect: pi-logging "id_number"
        copy_str(c2, "anonymous");
        fputs(c2, stderr);
}
