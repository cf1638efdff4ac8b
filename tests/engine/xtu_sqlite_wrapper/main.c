/* xtu_sqlite_wrapper: sqlite3 binding across translation units.
 * Positives: db_bind(st, 1, a->id_number) -> pi-unencrypted-storage at this
 * call; db_save_name() is reported inside db.c.
 * Negatives: db_bind of db_seal(a->id_number) (encrypted in db.c); of a
 * non-PI value; the call db_save_name(st, a). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "db.h"

void save(sqlite3_stmt *st, const struct app *a)
{
        char year[8];
        snprintf(year, sizeof year, "%d", a->year);
        db_bind(st, 1, a->id_number); // expect: pi-unencrypted-storage "id_number"
        db_bind(st, 1, db_seal(a->id_number));
        db_bind(st, 3, year);
        db_save_name(st, a);
        sqlite3_step(st);
}
