/* One record type, several owners (engine_handles.c): opensmtpd's
 * `struct io` is the relay's socket in mta_session (io_connect), the
 * MDA's pipe in mda (io_set_fd with a descriptor received from another
 * process) and the client's accepted socket in smtp_session (io_set_fd
 * with the descriptor its caller got from accept()). `io.sock` as a
 * record field holds all of them, so every write through an io was
 * network and storage. What each owner's field gets is told apart: a
 * write through `r->io` is the network only, one through `m->io`
 * storage only (a descriptor of unknown origin, CONTRACT §3), one
 * through `c->io` the network (accept() reaches io_set_fd through the
 * caller's parameter). An owner whose field is given an object made
 * elsewhere (`x->io = io`, a parameter) may hold another owner's object:
 * it keeps the record's kinds, both.
 * Positives: relay -> pi-cleartext-transmission; deliver ->
 * pi-unencrypted-storage; reply -> pi-cleartext-transmission; forward ->
 * both.
 * Negatives: no storage finding for the relay or the client, no network
 * finding for the MDA; non-PI text. */
// pitrace-args: --no-heuristics
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include "pitrace.h"

struct io {
        int sock;
        int flags;
};

struct relay_session {
        struct io *io;
};

struct mda_session {
        struct io *io;
};

struct client_session {
        struct io *io;
};

struct proxy_session {
        struct io *io;
};

int received_descriptor(void);

void io_set_fd(struct io *io, int fd)
{
        io->sock = fd;
}

int io_connect(struct io *io, int family)
{
        int sock = socket(family, SOCK_STREAM, 0);
        if (sock == -1)
                return -1;
        io->sock = sock;
        return 0;
}

void io_free(struct io *io)
{
        io->sock = -1;
}

void io_print(struct io *io, const char *text)
{
        write(io->sock, text, strlen(text));
}

void relay(struct relay_session *r, PI(email) const char *sender)
{
        io_connect(r->io, AF_INET);
        io_print(r->io, sender); // expect: pi-cleartext-transmission
        io_print(r->io, "QUIT\r\n");
        io_free(r->io);
}

void deliver(struct mda_session *m, PI(email) const char *rcpt)
{
        io_set_fd(m->io, received_descriptor());
        io_print(m->io, rcpt); // expect: pi-unencrypted-storage
}

static void client_start(struct client_session *c, int sock)
{
        io_set_fd(c->io, sock);
}

void reply(struct client_session *c, PI(email) const char *rcpt)
{
        io_print(c->io, rcpt); // expect: pi-cleartext-transmission
}

void accept_one(struct client_session *c, int listener)
{
        int sock = accept(listener, NULL, NULL);
        client_start(c, sock);
}

void proxy_adopt(struct proxy_session *x, struct io *io)
{
        x->io = io;
        io_set_fd(x->io, received_descriptor());
}

void forward(struct proxy_session *x, PI(email) const char *rcpt)
{
        io_print(x->io, rcpt); // expect: pi-cleartext-transmission pi-unencrypted-storage
}
