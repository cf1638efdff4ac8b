/* write() to a descriptor from open()/creat() on a data path is storage; an
 * open() of a .log path is a log. */
// pitrace-args: --no-heuristics
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
	char city[16];
};

void show(struct app *a)
{
	int fd = open("x.db", O_WRONLY | O_CREAT, 0600);
	write(fd, a->phone, strlen(a->phone));   // expect: pi-unencrypted-storage "phone"
	write(fd, a->city, strlen(a->city));
	int c = creat("/data/out.bin", 0600);
	write(c, a->phone, 16);                  // expect: pi-unencrypted-storage
	int lg = open("/var/log/app.log", O_WRONLY | O_APPEND);
	write(lg, a->phone, 16);                 // expect: pi-logging
	close(fd);
	close(c);
	close(lg);
}
