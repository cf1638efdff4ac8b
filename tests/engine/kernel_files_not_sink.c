/* The kernel's own files are not sinks, as devices are not (CONTRACT 3):
 * what a program writes under /proc/ or /sys/ (its OOM score, a sysctl,
 * a LED's brightness) is handed to the kernel, not stored in a file, a
 * log or sent to another party. A file whose name only begins like one
 * (/procedures/) is a file. */
// pitrace-args: --no-heuristics
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "pitrace.h"

struct subscriber {
	char msisdn[16] PI(phone);
};

void to_kernel(const struct subscriber *s)
{
	int fd = open("/proc/self/comm", O_WRONLY);
	write(fd, s->msisdn, strlen(s->msisdn));
	FILE *f = fopen("/sys/class/leds/status/trigger", "w");
	fputs(s->msisdn, f);
	int p = open("/procedures/subscribers.txt", O_WRONLY | O_APPEND);
	write(p, s->msisdn, strlen(s->msisdn)); // expect: pi-unencrypted-storage "phone"
}
