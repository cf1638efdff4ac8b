/* xtu_programs_same_name: the extension's caller. Its call reaches
 * fdw/connection.c's get_connection(), which logs the password; the
 * backup tool's copy, which sends, is another program's. */
#include "pitrace.h"

int get_connection(const char *conninfo);

int fdw_connect(const char *password PI(credential))
{
        return get_connection(password);        // expect: pi-logging
}
