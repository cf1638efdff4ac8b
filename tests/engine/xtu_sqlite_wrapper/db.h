/* xtu_sqlite_wrapper: database helpers in db.c used by main.c. */
#ifndef DB_H
#define DB_H
#include <stddef.h>
#include <sqlite3.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        char name[32] PI(name);
        int year;
};

void db_bind(sqlite3_stmt *st, int col, const char *v);
void db_save_name(sqlite3_stmt *st, const struct app *a);
char *db_seal(const char *v);
#endif
