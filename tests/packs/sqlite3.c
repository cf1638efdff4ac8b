/* rules/sqlite3.json: SQL text and bound values are stored in the database.
 * The call that receives the PI (sqlite3_bind_text) is the sink call, not the
 * later sqlite3_step. sqlite3_mprintf and sqlite3_str_* carry PI into SQL. */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include <pitrace.h>

struct patient {
        char name[32] PI(name);
        char diagnosis_text[256] PI(health);
        int age PI(other);
        char ward[8]; /* not PI */
        int bed;      /* not PI */
};

char *seal(const char *s) PI_SANITIZER(encrypt);
char *mask(const char *s) PI_SANITIZER(mask);
char *pseudonym(const char *s) PI_SANITIZER(anonymize);

void exec_sql(sqlite3 *db, struct patient *p)
{
        char sql[512];
        snprintf(sql, sizeof sql, "INSERT INTO p VALUES('%s')", p->name);
        sqlite3_exec(db, sql, NULL, NULL, NULL);                        // expect: pi-unencrypted-storage "name"
        char *q = sqlite3_mprintf("INSERT INTO d VALUES(%Q)", p->diagnosis_text);
        sqlite3_exec(db, q, NULL, NULL, NULL);                          // expect: pi-unencrypted-storage "health"
        sqlite3_free(q);
}

void prepared(sqlite3 *db, struct patient *p)
{
        sqlite3_stmt *st;
        sqlite3_prepare_v2(db, "INSERT INTO p VALUES(?, ?, ?)", -1, &st, NULL);
        sqlite3_bind_text(st, 1, p->name, -1, SQLITE_STATIC);           // expect: pi-unencrypted-storage
        sqlite3_bind_blob(st, 2, p->diagnosis_text, 256, SQLITE_STATIC); // expect: pi-unencrypted-storage
        sqlite3_bind_int(st, 3, p->age);                                // expect: pi-unencrypted-storage
        sqlite3_bind_int64(st, 3, (sqlite3_int64)p->age);               // expect: pi-unencrypted-storage
        sqlite3_bind_text64(st, 1, p->name, 32, SQLITE_TRANSIENT, SQLITE_UTF8); // expect: pi-unencrypted-storage
        sqlite3_bind_text16(st, 1, p->name, -1, SQLITE_STATIC);         // expect: pi-unencrypted-storage
        sqlite3_step(st);
        sqlite3_finalize(st);
}

void prepare_variants(sqlite3 *db, struct patient *p)
{
        sqlite3_stmt *st;
        char *q = sqlite3_mprintf("SELECT * FROM p WHERE name=%Q", p->name);
        sqlite3_prepare(db, q, -1, &st, NULL);                          // expect: pi-unencrypted-storage
        sqlite3_prepare_v3(db, q, -1, 0, &st, NULL);                    // expect: pi-unencrypted-storage
        sqlite3_prepare16_v2(db, q, -1, &st, NULL);                     // expect: pi-unencrypted-storage
        char buf[256];
        sqlite3_snprintf(sizeof buf, buf, "DELETE FROM p WHERE name=%Q", p->name);
        sqlite3_exec(db, buf, NULL, NULL, NULL);                        // expect: pi-unencrypted-storage
        char *r = sqlite3_snprintf(sizeof buf, buf, "%Q", p->diagnosis_text);
        sqlite3_exec(db, r, NULL, NULL, NULL);                          // expect: pi-unencrypted-storage
}

void string_builder(sqlite3 *db, struct patient *p)
{
        sqlite3_str *s = sqlite3_str_new(db);
        sqlite3_str_appendall(s, "INSERT INTO p VALUES('");
        sqlite3_str_appendall(s, p->name);
        char *sql = sqlite3_str_finish(s);
        sqlite3_exec(db, sql, NULL, NULL, NULL);                        // expect: pi-unencrypted-storage
        /* appending to a sqlite3_str keeps what it held: the rules lack
         * "mode": "append" on sqlite3.str_append*, so the last append of a
         * constant replaces the PI */
        sqlite3_str *s2 = sqlite3_str_new(db);
        sqlite3_str_appendall(s2, "INSERT INTO p VALUES('");
        sqlite3_str_appendall(s2, p->name);
        sqlite3_str_appendall(s2, "')");
        sqlite3_exec(db, sqlite3_str_finish(s2), NULL, NULL, NULL);     // expect: pi-unencrypted-storage
        sqlite3_str *t = sqlite3_str_new(db);
        sqlite3_str_appendf(t, "UPDATE p SET d=%Q", p->diagnosis_text);
        sqlite3_exec(db, sqlite3_str_finish(t), NULL, NULL, NULL);      // expect: pi-unencrypted-storage
        sqlite3_str *u = sqlite3_str_new(db);
        sqlite3_str_append(u, p->name, 5);
        char *v = sqlite3_str_finish(u);
        sqlite3_exec(db, v, NULL, NULL, NULL);                          // expect: pi-unencrypted-storage
}

/* encrypted or anonymised values may be stored; masked ones may not */
void protected_values(sqlite3 *db, struct patient *p)
{
        sqlite3_stmt *st;
        sqlite3_prepare_v2(db, "INSERT INTO p VALUES(?)", -1, &st, NULL);
        sqlite3_bind_text(st, 1, seal(p->name), -1, SQLITE_TRANSIENT);
        char *anon = pseudonym(p->diagnosis_text);
        sqlite3_bind_text(st, 2, anon, -1, SQLITE_TRANSIENT);
        char *q = sqlite3_mprintf("INSERT INTO e VALUES(%Q)", seal(p->diagnosis_text));
        sqlite3_exec(db, q, NULL, NULL, NULL);
        sqlite3_bind_text(st, 3, mask(p->name), -1, SQLITE_TRANSIENT);  // expect: pi-unencrypted-storage
}

/* negatives: non-PI columns, the statement handle and constant SQL */
void negatives(sqlite3 *db, struct patient *p)
{
        sqlite3_stmt *st;
        sqlite3_exec(db, "CREATE TABLE p(name, d)", NULL, NULL, NULL);
        sqlite3_prepare_v2(db, "UPDATE beds SET ward=? WHERE bed=?", -1, &st, NULL);
        sqlite3_bind_text(st, 1, p->ward, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 2, p->bed);
        sqlite3_bind_int(st, 3, (int)strlen(p->name));
        sqlite3_bind_int(st, 4, strcmp(p->name, "x") == 0);
        sqlite3_step(st);
        char *q = sqlite3_mprintf("SELECT * FROM beds WHERE ward=%Q", p->ward);
        sqlite3_exec(db, q, NULL, NULL, NULL);
}
