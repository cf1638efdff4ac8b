/* write()/send() of a struct's bytes carry every PI field it holds: storage
 * to a file descriptor, cleartext transmission on a socket; a struct without
 * tagged fields carries none. */
// pitrace-args: --no-heuristics
#include <fcntl.h>
#include <unistd.h>
#include <sys/socket.h>
#include "pitrace.h"

struct app {
	int seq;
	char phone[16] PI(phone);
};

struct hdr {
	int version;
	int length;
};

void save(struct app *app, struct hdr *h)
{
	int fd = open("apps.db", O_WRONLY | O_CREAT, 0600);
	write(fd, app, sizeof *app);             // expect: pi-unencrypted-storage "phone"
	write(fd, h, sizeof *h);
	int sock = socket(AF_INET, SOCK_STREAM, 0);
	send(sock, app, sizeof *app, 0);         // expect: pi-cleartext-transmission
	send(sock, h, sizeof *h, 0);
	close(fd);
	close(sock);
}
