/* xtu_programs_same_name: two programs of one project define a function
 * of the same name in their own .c files (PostgreSQL's pg_basebackup and
 * its postgres_fdw extension both define GetConnection()). A call by
 * that name reaches the definition nearest the caller's file, not the
 * first one met: here the backup tool's copy, met first, sends what it is
 * given over a socket, and the extension's copy logs it. The extension's
 * password is logged by its own copy (a finding at its call) and never
 * sent by the tool's (none). */
#include <string.h>
#include <sys/socket.h>

int tool_socket;

int get_connection(const char *conninfo)
{
        return (int)send(tool_socket, conninfo, strlen(conninfo), 0);
}
