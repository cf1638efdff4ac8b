/* One leak, one finding (CONTRACT §3): routes from one read of a source
 * to one library sink call that leave the reading function "through the
 * same parameter or global it writes the PI into" are one leak. The
 * parameter, not the path below it: curl's do_SOCKS5 copies the SOCKS
 * password into its `data` argument, where it lands at `data->req` on one
 * route and `data->info` on another, and each path had been a leak of its
 * own at every sink.
 * Here socks_auth reads the password once and leaves it in two fields of
 * its handle argument; relay() sends each field through net_write's one
 * send(). Positive: one pi-cleartext-transmission, at the first route's
 * call (the routes tie in length); the other call is a route of it.
 * Negative: no second finding at send_info's call. */
// pitrace-args: --no-heuristics
#include <string.h>
#include <sys/socket.h>
#include "pitrace.h"

struct socks {
        const char *password PI(credential);
};

struct handle {
        char req[128];
        char info[128];
        int sock;
};

static void net_write(int fd, const char *buf)
{
        send(fd, buf, strlen(buf), 0);
}

void socks_auth(const struct socks *sx, struct handle *h)
{
        char pw[64];
        strcpy(pw, sx->password);
        strcpy(h->req, pw);
        strcpy(h->info, pw);
}

void send_req(struct handle *h)
{
        net_write(h->sock, h->req);
}

void send_info(struct handle *h)
{
        net_write(h->sock, h->info);
}

void relay(const struct socks *sx, struct handle *h)
{
        h->sock = socket(AF_INET, SOCK_STREAM, 0);
        socks_auth(sx, h);
        send_req(h); // expect: pi-cleartext-transmission
        send_info(h);
}
