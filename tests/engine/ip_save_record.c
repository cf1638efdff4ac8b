/* Interprocedural: a save_record(const char *v) helper that fwrites its
 * argument to a data file it opens itself. CONTRACT §3: the finding is at the
 * caller's save_record(...) call that hands it PI, not at the fwrite.
 * Positives: save_record(a->id_number), save_record(a->bank_account).
 * Negatives: save_record of a non-PI field and of a literal; the fwrite. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        char bank_account[32] PI(bank_account);
        char note[64];
};

void save_record(const char *v)
{
        FILE *f = fopen("/data/records.dat", "ab");
        if (!f)
                return;
        fwrite(v, 1, strlen(v), f);
        fclose(f);
}

void persist(const struct app *a)
{
        save_record(a->id_number); // expect: pi-unencrypted-storage "id_number"
        save_record(a->bank_account); // expect: pi-unencrypted-storage "bank_account"
        save_record(a->note);
        save_record("header");
}
