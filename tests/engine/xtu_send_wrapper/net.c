/* xtu_send_wrapper: net_connect() returns a descriptor from socket() (a
 * connect helper); send_all() wraps send(). Nothing is reported here. */
#include <string.h>
#include <sys/socket.h>
#include "net.h"

int net_connect(const char *host)
{
        (void)host;
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        return fd;
}

int send_all(int fd, const char *buf)
{
        size_t len = strlen(buf), off = 0;
        while (off < len) {
                ssize_t n = send(fd, buf + off, len - off, 0);
                if (n <= 0)
                        return -1;
                off += (size_t)n;
        }
        return 0;
}
