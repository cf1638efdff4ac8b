/* rules/freetds.json: FreeTDS ct-lib. Language commands and parameters
 * are stored in the database; the connection's properties (the user name
 * and password it logs in with) go to no sink, and the call is known. */
#include <ctpublic.h>
#include <stdio.h>
#include <string.h>

#include <pitrace.h>

struct account {
        char holder[64] PI(name);
        char branch[16]; /* not PI */
};

void connect_as(CS_CONNECTION *conn, char *user, char *password PI(credential))
{
        ct_con_props(conn, CS_SET, CS_USERNAME, user, CS_NULLTERM, NULL);
        ct_con_props(conn, CS_SET, CS_PASSWORD, password, CS_NULLTERM, NULL);
}

void open_account(CS_COMMAND *cmd, struct account *a)
{
        char sql[256];
        snprintf(sql, sizeof sql, "INSERT INTO accounts VALUES('%s')", a->holder);
        ct_command(cmd, CS_LANG_CMD, sql, CS_NULLTERM, CS_UNUSED);      // expect: pi-unencrypted-storage "name"
        CS_DATAFMT fmt;
        memset(&fmt, 0, sizeof fmt);
        ct_param(cmd, &fmt, a->holder, (CS_INT)strlen(a->holder), 0);   // expect: pi-unencrypted-storage
        ct_command(cmd, CS_LANG_CMD, a->branch, CS_NULLTERM, CS_UNUSED);
}
