/* xtu_handle_other_file: the streams. g_audit is a .log file, g_store a
 * data file; io_out() writes to whatever stream it is given. Nothing is
 * reported here. */
#include "io.h"

FILE *g_audit;
FILE *g_store;

void io_init(void)
{
        g_audit = fopen("/var/log/app/audit", "a");
        g_store = fopen("/srv/app/data.csv", "a");
}

FILE *io_open_log(void)
{
        return fopen("session.log", "a");
}

FILE *io_open_data(void)
{
        return fopen("session.csv", "a");
}

void io_out(FILE *f, const char *s)
{
        fputs(s, f);
}
