/* xtu_programs_same_name: the extension's own get_connection(), which
 * logs what it is given (its caller is in fdw.c). */
#include <stdio.h>

int get_connection(const char *conninfo)
{
        return printf("connecting with %s\n", conninfo) < 0;
}
