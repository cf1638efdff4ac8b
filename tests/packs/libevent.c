/* rules/libevent.json: the event loop calls a registered handler with the
 * descriptor and the argument given at registration. A reply queued in a
 * connection's buffer is written to the socket only by the write handler
 * that event_set registered: the flow stands at the call that queued the
 * PI, as if the event fired at once. A handler passed in by a caller is
 * resolved for that caller (io_reset takes it as a parameter, as
 * opensmtpd's does). Negatives: a handler that writes nothing of its
 * argument, a registration whose handler is NULL, and the registration
 * call itself, which hands nothing to a sink. */
#include <event.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <pitrace.h>

struct conn {
        int sock;
        char out[512];
        size_t len;
        struct event ev;
};

struct user {
        char email[64] PI(email);
        char lang[8];
};

static void on_write(int fd, short events, void *arg)
{
        struct conn *c = arg;
        (void)events;
        write(fd, c->out, c->len);
        c->len = 0;
}

static void on_tick(int fd, short events, void *arg)
{
        (void)fd;
        (void)events;
        (void)arg;
        puts("tick");
}

static void io_reset(struct conn *c, void (*dispatch)(int, short, void *))
{
        event_set(&c->ev, c->sock, EV_WRITE, dispatch, c);
        event_add(&c->ev, NULL);
}

static void queue(struct conn *c, const char *text)
{
        size_t n = strlen(text);
        memcpy(c->out + c->len, text, n);
        c->len += n;
        event_set(&c->ev, c->sock, EV_WRITE, on_write, c);
        event_add(&c->ev, NULL);
}

static void queue_via_reset(struct conn *c, const char *text)
{
        memcpy(c->out, text, strlen(text));
        io_reset(c, on_write);
}

void reply(struct conn *c, const struct user *u)
{
        c->sock = socket(AF_INET, SOCK_STREAM, 0);
        queue(c, u->email);                     // expect: pi-cleartext-transmission "email"
        queue(c, u->lang);
        queue_via_reset(c, u->email);           // expect: pi-cleartext-transmission "email"
}

void timers(struct conn *c, const struct user *u)
{
        struct event tick;
        memcpy(c->out, u->email, sizeof u->email);
        event_set(&tick, -1, 0, on_tick, c);
        event_set(&tick, -1, 0, NULL, c);
}

void assigned(struct event_base *base, struct conn *c, const struct user *u)
{
        struct event *ev;
        c->sock = socket(AF_INET, SOCK_STREAM, 0);
        memcpy(c->out, u->email, sizeof u->email);
        c->len = sizeof u->email;
        ev = event_new(base, c->sock, EV_WRITE, on_write, c);   // expect: pi-cleartext-transmission "email"
        event_add(ev, NULL);
}
