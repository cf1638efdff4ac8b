/* xtu_send_wrapper: a send_all() wrapper over send() defined in net.c; the
 * descriptor comes from socket() - directly in this file, or from the
 * connect helper in net.c. pi-cleartext-transmission at the caller's
 * send_all call.
 * Positives: send_all(fd, pi) for both descriptors.
 * Negatives: send_all(fd, non-PI); the send() inside net.c. */
// pitrace-args: --no-heuristics
#include <sys/socket.h>
#include "pitrace.h"
#include "net.h"

struct app {
        char id_number[19] PI(id_number);
        char version[8];
};

void upload(const struct app *a)
{
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        send_all(fd, a->id_number); // expect: pi-cleartext-transmission "id_number"
        send_all(fd, a->version);

        int conn = net_connect("api.example.com");
        send_all(conn, a->id_number); // expect: pi-cleartext-transmission "id_number"
        send_all(conn, a->version);
}
