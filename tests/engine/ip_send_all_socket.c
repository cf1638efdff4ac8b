/* Interprocedural: a send_all(int fd, const char *buf) wrapper over send().
 * The descriptor comes from socket() / accept() in the caller, so the sink
 * is a plain network send: pi-cleartext-transmission at the caller's
 * send_all call. A write_all() wrapper over write() shows that the caller's
 * descriptor decides the kind: socket -> pi-cleartext-transmission,
 * open("/data/...") -> pi-unencrypted-storage.
 * Negatives: send_all / write_all with non-PI; the send() and write()
 * inside the wrappers.
 * Not here (a known gap, see the report): write_all(2, pi) should be
 * pi-logging (descriptor 2), but the constant descriptor is not carried into
 * the wrapper and it is reported as pi-unencrypted-storage. */
// pitrace-args: --no-heuristics
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        char lang[8];
};

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

void write_all(int fd, const char *buf)
{
        write(fd, buf, strlen(buf));
}

void upload(const struct app *a, int listener)
{
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        send_all(fd, a->id_number); // expect: pi-cleartext-transmission
        send_all(fd, a->lang);

        int client = accept(listener, NULL, NULL);
        send_all(client, a->id_number); // expect: pi-cleartext-transmission

        write_all(fd, a->id_number); // expect: pi-cleartext-transmission
        int file = open("/data/ids.bin", O_WRONLY | O_CREAT, 0600);
        write_all(file, a->id_number); // expect: pi-unencrypted-storage
        write_all(file, a->lang);
}
