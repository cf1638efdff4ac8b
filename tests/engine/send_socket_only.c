/* send() works on a socket only: a descriptor kept in a record field
 * that the program also fills with a file (a transport that is a socket
 * in one configuration and a file or a serial line in another) is the
 * socket at a send, so the send is a cleartext transmission and not
 * storage; a write() on the same field stays both. A field that holds a
 * file or a Bluetooth link (a device, no sink) is the device at a send:
 * no finding. */
// pitrace-args: --no-heuristics
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/socket.h>
#ifndef AF_BLUETOOTH
#define AF_BLUETOOTH 31
#endif
#include "pitrace.h"

struct transport {
	int fd;
};

struct phone_link {
	int hphone;
};

struct account {
	char phone[16] PI(phone);
};

void transport_open_file(struct transport *t, const char *path)
{
	t->fd = open(path, O_WRONLY | O_APPEND);
}

void transport_open_socket(struct transport *t)
{
	t->fd = socket(AF_INET, SOCK_STREAM, 0);
}

void link_open_serial(struct phone_link *l, const char *dev)
{
	l->hphone = open(dev, O_RDWR);
}

void link_open_bluetooth(struct phone_link *l)
{
	l->hphone = socket(AF_BLUETOOTH, SOCK_STREAM, 3);
}

void transport_send(struct transport *t, const struct account *a)
{
	send(t->fd, a->phone, sizeof a->phone, 0);   // expect: pi-cleartext-transmission "phone"
	write(t->fd, a->phone, sizeof a->phone);     // expect: pi-cleartext-transmission pi-unencrypted-storage
}

void link_send(struct phone_link *l, const struct account *a)
{
	send(l->hphone, a->phone, sizeof a->phone, 0);
}
