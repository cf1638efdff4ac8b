/* xtu_programs_same_name: the client library's lo_write(conn, fd, buf,
 * len), which logs what it is given. */
#include <stdio.h>

int lo_write(void *conn, int fd, const char *buf, unsigned long len)
{
        (void)conn;
        return printf("%d: %.*s\n", fd, (int)len, buf) < 0;
}
