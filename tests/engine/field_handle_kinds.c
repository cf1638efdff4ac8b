/* A stream kept in a record field, written where no caller says which it
 * is: the kind comes from what the program stores in that field. The io
 * object reaches its writer through a `void *` callback argument, as in
 * an event loop, so the analysis cannot follow the socket from the
 * connect to the write; `conn.sock` is only ever given a socket, so a
 * write to it is a network send, not a file of unknown origin. A field
 * configured as a terminal (tcsetattr) is a serial line, and one given a
 * Bluetooth socket an RFCOMM link: a device, no sink at all. A field given only what callers pass (`log.fd = fd`) keeps the
 * default. */
#include <string.h>
#include <sys/socket.h>
#ifndef AF_BLUETOOTH
#define AF_BLUETOOTH 31
#endif
#include <termios.h>
#include <fcntl.h>
#include <unistd.h>

struct conn {
	int sock;
};

struct modem {
	int line;
};

struct logfile {
	int fd;
};

struct bt {
	int hPhone;
};

void conn_open(struct conn *c)
{
	int s = socket(AF_INET, SOCK_STREAM, 0);
	c->sock = s;
}

void modem_open(struct modem *m, const char *dev)
{
	struct termios t;
	m->line = open(dev, O_RDWR);
	tcgetattr(m->line, &t);
	tcsetattr(m->line, TCSANOW, &t);
}

/* an RFCOMM link to a phone: the Bluetooth socket rule stands instead of
 * the plain socket's, here as at a call */
void bt_open(struct bt *b)
{
	int fd = socket(AF_BLUETOOTH, SOCK_STREAM, 3);
	b->hPhone = fd;
}

void log_attach(struct logfile *l, int fd)
{
	l->fd = fd;
}

void on_writable(void *arg, const char *email)
{
	struct conn *c = arg;
	write(c->sock, email, strlen(email));       // expect: pi-cleartext-transmission
}

void dial(void *arg, const char *phone)
{
	struct modem *m = arg;
	write(m->line, phone, strlen(phone));
}

static int socket_write(const char *buf, size_t n, int fd)
{
	return (int)send(fd, buf, n, 0);
}

void bt_send(struct bt *b, const char *phone)
{
	socket_write(phone, strlen(phone), b->hPhone);
}

void note(void *arg, const char *email)
{
	struct logfile *l = arg;
	write(l->fd, email, strlen(email));         // expect: pi-unencrypted-storage
}
