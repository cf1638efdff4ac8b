/* fileno: the descriptor under a stream is what the stream is (CONTRACT
 * 3, "Where data goes decides the sink kind"). A write() to
 * fileno(stdout) is a log line, to the descriptor of a stream opened on
 * a .log file a log, to the descriptor of fdopen(socket) a cleartext
 * send, to that of a stream of unknown origin storage. Before fileno was
 * modelled, every one of them was storage. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include "pitrace.h"

struct person {
	char phone[16] PI(phone);
};

FILE *stream_from_elsewhere(void);

void emit(const struct person *p)
{
	write(fileno(stdout), p->phone, sizeof p->phone); // expect: pi-logging "phone"
	FILE *log = fopen("/var/log/app/contacts.log", "a");
	write(fileno(log), p->phone, sizeof p->phone); // expect: pi-logging
	FILE *net = fdopen(socket(AF_INET, SOCK_STREAM, 0), "w");
	write(fileno(net), p->phone, sizeof p->phone); // expect: pi-cleartext-transmission
	write(fileno_unlocked(stream_from_elsewhere()), p->phone, sizeof p->phone); // expect: pi-unencrypted-storage
}
