/* xtu_programs_same_name: the server's lo_write(fd, buf, len), met first;
 * it sends what it is given. */
#include <sys/socket.h>

int lo_write(int fd, const char *buf, int len)
{
        return (int)send(fd, buf, (unsigned long)len, 0);
}
