/* rules/odbc.json: ODBC. Statements and bound parameter values are
 * stored in the database; logging in with SQLConnect goes to no sink and
 * is known; SQLDriverConnect writes the completed connection string,
 * credentials included, to its output buffer. */
#include <sql.h>
#include <sqlext.h>
#include <stdio.h>
#include <string.h>

#include <pitrace.h>

struct patient {
        char id_card[19] PI(id_number);
        char ward[16]; /* not PI */
};

void log_in(SQLHDBC dbc, const char *user, const char *password PI(credential))
{
        SQLConnect(dbc, (SQLCHAR *)"clinic", SQL_NTS, (SQLCHAR *)user, SQL_NTS,
                   (SQLCHAR *)password, SQL_NTS);
}

void log_in_string(SQLHDBC dbc, const char *password PI(credential))
{
        char in[128], out[256];
        SQLSMALLINT outlen;
        snprintf(in, sizeof in, "DSN=clinic;PWD=%s", password);
        SQLDriverConnect(dbc, NULL, (SQLCHAR *)in, SQL_NTS, (SQLCHAR *)out, sizeof out, &outlen,
                         SQL_DRIVER_NOPROMPT);
        puts(out);                                                      // expect: pi-logging "credential"
}

void admit(SQLHSTMT st, struct patient *p)
{
        char sql[128];
        snprintf(sql, sizeof sql, "INSERT INTO patients VALUES('%s')", p->id_card);
        SQLExecDirect(st, (SQLCHAR *)sql, SQL_NTS);                     // expect: pi-unencrypted-storage "id_number"
        SQLPrepare(st, (SQLCHAR *)sql, SQL_NTS);                        // expect: pi-unencrypted-storage
        SQLLEN len = SQL_NTS;
        SQLBindParameter(st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 18, 0,   // expect: pi-unencrypted-storage
                         p->id_card, sizeof p->id_card, &len);
        SQLPutData(st, p->id_card, 18);                                 // expect: pi-unencrypted-storage
        SQLExecDirect(st, (SQLCHAR *)p->ward, SQL_NTS);
}
