/* rules/libpq.json: SQL text and parameter values given to libpq are stored
 * in the database; the escaping functions carry PI into the SQL text. */
#include <postgresql/libpq-fe.h>
#include <stdio.h>
#include <string.h>

#include <pitrace.h>

struct customer {
        char full[64] PI(name);
        char mail[64] PI(email);
        char card[20] PI(bank_account);
        char tier[8]; /* not PI */
};

char *seal(const char *s) PI_SANITIZER(encrypt);
char *mask(const char *s) PI_SANITIZER(mask);

void exec_text(PGconn *c, struct customer *u)
{
        char sql[256];
        snprintf(sql, sizeof sql, "INSERT INTO u VALUES('%s')", u->mail);
        PQexec(c, sql);                                                 // expect: pi-unencrypted-storage "email"
        PQsendQuery(c, sql);                                            // expect: pi-unencrypted-storage
        PQprepare(c, "ins", sql, 0, NULL);                              // expect: pi-unencrypted-storage
        PQsendPrepare(c, "ins", sql, 0, NULL);                          // expect: pi-unencrypted-storage
}

void exec_params(PGconn *c, struct customer *u)
{
        const char *values[2] = { u->full, u->tier };
        PQexecParams(c, "INSERT INTO u VALUES($1, $2)", 2, NULL, values, NULL, NULL, 0); // expect: pi-unencrypted-storage "name"
        PQsendQueryParams(c, "INSERT INTO u VALUES($1, $2)", 2, NULL, values, NULL, NULL, 0); // expect: pi-unencrypted-storage
        const char *card_only[1] = { u->card };
        PQexecPrepared(c, "ins", 1, card_only, NULL, NULL, 0);          // expect: pi-unencrypted-storage "bank_account"
        PQsendQueryPrepared(c, "ins", 1, card_only, NULL, NULL, 0);     // expect: pi-unencrypted-storage
}

void copy_in(PGconn *c, struct customer *u)
{
        PQputCopyData(c, u->card, (int)strlen(u->card));                // expect: pi-unencrypted-storage
        PQputCopyData(c, (const char *)u, (int)sizeof *u);              // expect: pi-unencrypted-storage
        PQputline(c, u->mail);                                          // expect: pi-unencrypted-storage
}

/* escaping keeps the data: the escaped string is still PI */
void escaped(PGconn *c, struct customer *u)
{
        char *lit = PQescapeLiteral(c, u->full, strlen(u->full));
        char sql[256];
        snprintf(sql, sizeof sql, "INSERT INTO u(name) VALUES(%s)", lit);
        PQexec(c, sql);                                                 // expect: pi-unencrypted-storage
        char esc[160];
        int err;
        PQescapeStringConn(c, esc, u->mail, strlen(u->mail), &err);
        PQsendQuery(c, esc);                                            // expect: pi-unencrypted-storage
        char esc2[160];
        PQescapeString(esc2, u->card, strlen(u->card));
        PQexec(c, esc2);                                                // expect: pi-unencrypted-storage
        size_t n;
        unsigned char *by = PQescapeByteaConn(c, (const unsigned char *)u->card, 20, &n);
        PQexec(c, (const char *)by);                                    // expect: pi-unencrypted-storage
}

/* protection: encrypted values may be stored, masked ones may not */
void protected_values(PGconn *c, struct customer *u)
{
        const char *enc[1] = { seal(u->card) };
        PQexecParams(c, "INSERT INTO u(card) VALUES($1)", 1, NULL, enc, NULL, NULL, 0);
        char *e = seal(u->mail);
        PQputCopyData(c, e, (int)strlen(e));
        const char *m[1] = { mask(u->card) };
        PQexecParams(c, "INSERT INTO u(card) VALUES($1)", 1, NULL, m, NULL, NULL, 0); // expect: pi-unencrypted-storage
}

/* negatives: constant SQL, non-PI parameters, the statement name */
void negatives(PGconn *c, struct customer *u)
{
        PQexec(c, "CREATE TABLE u(name text, mail text)");
        const char *values[1] = { u->tier };
        PQexecParams(c, "UPDATE u SET tier=$1", 1, NULL, values, NULL, NULL, 0);
        PQexecPrepared(c, u->tier, 0, NULL, NULL, NULL, 0);
        char sql[64];
        snprintf(sql, sizeof sql, "SELECT %zu", strlen(u->card));
        PQexec(c, sql);
}

/* logging in: the conninfo or parameters hold the account's name and
 * password; the call is known (no "no model" problem) and no sink */
PGconn *connect_as(const struct customer *u, const char *password PI(credential))
{
        char conninfo[256];
        snprintf(conninfo, sizeof conninfo, "host=db user=%s password=%s", u->full, password);
        PGconn *c = PQconnectdb(conninfo);
        if (PQstatus(c) != CONNECTION_OK)
                c = PQsetdbLogin("db", "5432", NULL, NULL, "shop", u->full, password);
        const char *keys[] = { "user", "password", NULL };
        const char *values[] = { u->full, password, NULL };
        if (PQstatus(c) != CONNECTION_OK)
                c = PQconnectdbParams(keys, values, 0);
        return c;
}
