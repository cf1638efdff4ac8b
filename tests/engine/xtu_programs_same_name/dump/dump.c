/* xtu_programs_same_name: a tool in a third folder, as near the one
 * lo_write() as the other (PostgreSQL's pg_dump calls libpq's lo_write,
 * and the server defines one too). Its four arguments fit only the client
 * library's copy, which logs; the server's copy, met first, sends. */
#include "pitrace.h"

int lo_write(void *conn, int fd, const char *buf, unsigned long len);

int dump_blob(void *conn, const char *secret PI(credential), unsigned long n)
{
        return lo_write(conn, 3, secret, n);    // expect: pi-logging
}
