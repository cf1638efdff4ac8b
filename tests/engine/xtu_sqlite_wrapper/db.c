/* xtu_sqlite_wrapper: db_bind() binds whatever it is given (reported at
 * callers that hand it PI); db_save_name() reads the tagged field itself
 * (reported here, at its bind); db_seal() encrypts through a
 * PI_SANITIZER(encrypt) function. */
#include "db.h"

char *aes_gcm_seal(const char *v) PI_SANITIZER(encrypt);

void db_bind(sqlite3_stmt *st, int col, const char *v)
{
        sqlite3_bind_text(st, col, v, -1, SQLITE_TRANSIENT);
}

void db_save_name(sqlite3_stmt *st, const struct app *a)
{
        sqlite3_bind_text(st, 2, a->name, -1, NULL); // expect: pi-unencrypted-storage "name"
}

char *db_seal(const char *v)
{
        return aes_gcm_seal(v);
}
