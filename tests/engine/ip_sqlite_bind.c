/* SQLite through helpers: sqlite3_bind_text of PI is the storage sink call
 * (CONTRACT §3: SQLite's bind then step - the call that receives the PI).
 * Positives: bind_text(stmt, 1, app->id_number) directly; through a
 * bind_str() helper (reported at the caller's bind_str call); of PI
 * returned by a getter.
 * Negatives: PI encrypted first by a PI_SANITIZER(encrypt) function, also
 * through a project wrapper that encrypts; non-PI bound; sqlite3_step. */
// pitrace-args: --no-heuristics
#include <stddef.h>
#include <sqlite3.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        char name[32] PI(name);
        int year;
        char lang[8];
};

char *seal(const char *plain) PI_SANITIZER(encrypt);

static char *seal_field(const char *v)
{
        return seal(v);
}

static const char *owner_name(const struct app *a)
{
        return a->name;
}

static void bind_str(sqlite3_stmt *st, int col, const char *v)
{
        sqlite3_bind_text(st, col, v, -1, NULL);
}

void save(sqlite3_stmt *stmt, const struct app *app)
{
        sqlite3_bind_text(stmt, 1, app->id_number, -1, NULL); // expect: pi-unencrypted-storage "id_number"
        bind_str(stmt, 2, app->name); // expect: pi-unencrypted-storage "name"
        sqlite3_bind_text(stmt, 3, owner_name(app), -1, NULL); // expect: pi-unencrypted-storage "name"
        sqlite3_bind_int(stmt, 4, app->year);
        bind_str(stmt, 5, app->lang);
        sqlite3_step(stmt);
}

void save_sealed(sqlite3_stmt *stmt, const struct app *app)
{
        char *enc = seal(app->id_number);
        sqlite3_bind_text(stmt, 1, enc, -1, NULL);
        bind_str(stmt, 2, seal_field(app->name));
        sqlite3_bind_text(stmt, 3, seal_field(owner_name(app)), -1, NULL);
        sqlite3_step(stmt);
}
