/* rules/libdbi.json: libdbi. Statement text is stored in the database;
 * the quoting copies keep the data; the connection's options (the user
 * name and password it logs in with) go to no sink, and the calls are
 * known: no "no body and no model" problem. */
#include <dbi/dbi.h>
#include <stdio.h>
#include <stdlib.h>

#include <pitrace.h>

struct subscriber {
        char phone[16] PI(phone);
        char home[128] PI(address);
        char plan[16]; /* not PI */
};

dbi_conn open_db(dbi_inst inst, const char *user, const char *password PI(credential))
{
        dbi_conn conn = dbi_conn_new_r("mysql", inst);
        dbi_conn_set_option(conn, "username", user);
        dbi_conn_set_option(conn, "password", password);
        dbi_conn_set_option_numeric(conn, "port", 3306);
        dbi_conn_connect(conn);
        return conn;
}

void save(dbi_conn conn, struct subscriber *s)
{
        char sql[256];
        snprintf(sql, sizeof sql, "INSERT INTO subs VALUES('%s')", s->phone);
        dbi_conn_query(conn, sql);                                      // expect: pi-unencrypted-storage "phone"
        dbi_conn_queryf(conn, "UPDATE subs SET home='%s'", s->home);   // expect: pi-unencrypted-storage "address"
        dbi_conn_query_null(conn, (const unsigned char *)s->home, 10);  // expect: pi-unencrypted-storage
        dbi_conn_queryf(conn, "UPDATE subs SET plan='%s'", s->plan);
}

void save_quoted(dbi_conn conn, struct subscriber *s)
{
        char *quoted = NULL, sql[256];
        dbi_conn_quote_string_copy(conn, s->phone, &quoted);
        snprintf(sql, sizeof sql, "INSERT INTO subs VALUES(%s)", quoted);
        dbi_conn_query(conn, sql);                                      // expect: pi-unencrypted-storage "phone"
        free(quoted);
        char *plan = NULL;
        dbi_conn_quote_string_copy(conn, s->plan, &plan);
        dbi_conn_query(conn, plan);
        free(plan);
}
