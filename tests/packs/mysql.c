/* rules/mysql.json: MySQL / MariaDB client. Statement text and bound values
 * are stored in the database; the escaping functions keep PI. */
#include <mariadb/mysql.h>
#include <stdio.h>
#include <string.h>

#include <pitrace.h>

struct employee {
        char id_card[19] PI(id_number);
        char home[128] PI(address);
        char dept[16]; /* not PI */
        int level;     /* not PI */
};

char *seal(const char *s) PI_SANITIZER(encrypt);
char *hash_of(const char *s) PI_SANITIZER(hash);

void queries(MYSQL *db, struct employee *e)
{
        char sql[256];
        snprintf(sql, sizeof sql, "INSERT INTO e VALUES('%s')", e->id_card);
        mysql_query(db, sql);                                           // expect: pi-unencrypted-storage "id_number"
        mysql_real_query(db, sql, strlen(sql));                         // expect: pi-unencrypted-storage
        mysql_send_query(db, sql, strlen(sql));                         // expect: pi-unencrypted-storage
        mysql_query(db, e->home);                                       // expect: pi-unencrypted-storage "address"
}

void statements(MYSQL *db, struct employee *e)
{
        MYSQL_STMT *st = mysql_stmt_init(db);
        char sql[256];
        snprintf(sql, sizeof sql, "SELECT * FROM e WHERE id='%s'", e->id_card);
        mysql_stmt_prepare(st, sql, strlen(sql));                       // expect: pi-unencrypted-storage
        MYSQL_BIND bind[1];
        memset(bind, 0, sizeof bind);
        bind[0].buffer_type = MYSQL_TYPE_STRING;
        bind[0].buffer = e->home;
        bind[0].buffer_length = strlen(e->home);
        mysql_stmt_bind_param(st, bind);                                // expect: pi-unencrypted-storage
        mysql_stmt_send_long_data(st, 0, e->home, strlen(e->home));     // expect: pi-unencrypted-storage
        mysql_stmt_execute(st);
}

/* escaping and hex encoding keep the data */
void escaped(MYSQL *db, struct employee *e)
{
        char esc[64], sql[256];
        mysql_real_escape_string(db, esc, e->id_card, strlen(e->id_card));
        snprintf(sql, sizeof sql, "INSERT INTO e(id) VALUES('%s')", esc);
        mysql_query(db, sql);                                           // expect: pi-unencrypted-storage
        char esc2[300];
        mysql_escape_string(esc2, e->home, strlen(e->home));
        mysql_query(db, esc2);                                          // expect: pi-unencrypted-storage
        char hex[64];
        mysql_hex_string(hex, e->id_card, 18);
        mysql_query(db, hex);                                           // expect: pi-unencrypted-storage
}

/* encrypted values may be stored; a hash may not (hashing does not cover storage) */
void protected_values(MYSQL *db, struct employee *e)
{
        char sql[256];
        snprintf(sql, sizeof sql, "INSERT INTO e(id) VALUES('%s')", seal(e->id_card));
        mysql_query(db, sql);
        char sql2[256];
        snprintf(sql2, sizeof sql2, "INSERT INTO e(h) VALUES('%s')", hash_of(e->id_card));
        mysql_query(db, sql2);                                          // expect: pi-unencrypted-storage
}

/* negatives */
void negatives(MYSQL *db, struct employee *e)
{
        char sql[128];
        mysql_query(db, "CREATE TABLE e(id char(18))");
        snprintf(sql, sizeof sql, "UPDATE e SET level=%d WHERE dept='%s'", e->level, e->dept);
        mysql_query(db, sql);
        mysql_real_query(db, e->dept, strlen(e->dept));
        MYSQL_STMT *st = mysql_stmt_init(db);
        mysql_stmt_prepare(st, "SELECT 1", 8);
        MYSQL_BIND bind[1];
        memset(bind, 0, sizeof bind);
        bind[0].buffer = &e->level;
        mysql_stmt_bind_param(st, bind);
}

/* logging in: the account's name and password authenticate the
 * connection; the call is known (no "no model" problem) and no sink */
struct login {
        char user[32] PI(name);
        char password[64] PI(credential);
};

MYSQL *connect_as(MYSQL *db, const struct login *l)
{
        MYSQL *c = mysql_real_connect(db, "db.internal", l->user, l->password, "hr", 0, NULL, 0);
        if (c)
                mysql_change_user(c, l->user, l->password, "hr");
        return c;
}
