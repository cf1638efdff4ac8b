/* send()/sendto()/write() on a descriptor from socket() or accept() is a
 * cleartext network send: pi-cleartext-transmission. */
// pitrace-args: --no-heuristics
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	char city[16];
};

void show(struct app *a, int listener)
{
	int sock = socket(AF_INET, SOCK_STREAM, 0);
	send(sock, a->phone, strlen(a->phone), 0);   // expect: pi-cleartext-transmission "phone"
	send(sock, a->city, strlen(a->city), 0);
	write(sock, a->phone, 16);                   // expect: pi-cleartext-transmission
	sendto(sock, a->phone, 16, 0, NULL, 0);      // expect: pi-cleartext-transmission
	int peer = accept(listener, NULL, NULL);
	send(peer, a->phone, 16, 0);                 // expect: pi-cleartext-transmission
	close(sock);
	close(peer);
}
