/* xtu_send_wrapper: network helpers in net.c used by app.c. */
#ifndef NET_H
#define NET_H
int net_connect(const char *host);
int send_all(int fd, const char *buf);
#endif
