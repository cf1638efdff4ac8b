/* fdopen: a stream over a descriptor is what the descriptor is (CONTRACT
 * §3, "Where data goes decides the sink kind"). A socket's stream is a
 * network stream, a log file's stream a log; over a descriptor the
 * function's caller passes, the caller decides (opensmtpd's mail.lmtp
 * writes MAIL FROM through fdopen(dup(fd)) of the connection main()
 * opened); over a descriptor of unknown origin, storage.
 * Positives: fprintf on fdopen(socket) -> pi-cleartext-transmission;
 * on fdopen(open(".log")) -> pi-logging; on fdopen(dup(socket)) ->
 * pi-cleartext-transmission; on fdopen of an unknown descriptor ->
 * pi-unencrypted-storage; lmtp_send(sock, ...) and lmtp_send(file, ...),
 * whose fprintf writes to fdopen(dup(fd)) of its parameter, at the calls.
 * Negatives: the same streams given non-PI; the fprintf inside lmtp_send. */
// pitrace-args: --no-heuristics
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/socket.h>
#include "pitrace.h"

struct envelope {
        char sender[64] PI(email);
        char queue_id[16];
};

int unknown_descriptor(void);

void lmtp_send(int fd, const char *from)
{
        FILE *w = fdopen(dup(fd), "w");
        fprintf(w, "MAIL FROM:<%s>\r\n", from);
}

void deliver(const struct envelope *e)
{
        int sock = socket(AF_INET, SOCK_STREAM, 0);
        FILE *net = fdopen(sock, "w");
        fprintf(net, "MAIL FROM:<%s>\r\n", e->sender); // expect: pi-cleartext-transmission
        fprintf(net, "X-Queue: %s\r\n", e->queue_id);

        FILE *log = fdopen(open("/srv/mail/deliver.log", O_WRONLY | O_APPEND), "a");
        fprintf(log, "from=<%s>\n", e->sender); // expect: pi-logging
        fprintf(log, "queue=%s\n", e->queue_id);

        FILE *copy = fdopen(dup(sock), "w");
        fprintf(copy, "RCPT TO:<%s>\r\n", e->sender); // expect: pi-cleartext-transmission

        FILE *other = fdopen(unknown_descriptor(), "w");
        fprintf(other, "%s\n", e->sender); // expect: pi-unencrypted-storage

        int file = open("/srv/mail/spool", O_WRONLY | O_CREAT, 0600);
        lmtp_send(sock, e->sender); // expect: pi-cleartext-transmission
        lmtp_send(file, e->sender); // expect: pi-unencrypted-storage
        lmtp_send(sock, e->queue_id);
}

/* The PI read here, the stream from the caller: the caller decides. */
void lmtp_engine(int fd, const struct envelope *e)
{
        FILE *w = fdopen(dup(fd), "w");
        fprintf(w, "MAIL FROM:<%s>\r\n", e->sender);
        fprintf(w, "X-Queue: %s\r\n", e->queue_id);
}

void lmtp_main(const struct envelope *e)
{
        int sock = socket(AF_INET, SOCK_STREAM, 0);
        lmtp_engine(sock, e); // expect: pi-cleartext-transmission
}
