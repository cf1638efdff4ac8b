/* One leak, one finding, for a stream the callers choose. `put_member`
 * reads the phone number and writes it to the descriptor it is given.
 * Its direct callers each decide what the descriptor is, and each call
 * is a finding (an exporter called twice in one function with two files
 * is two leaks, as the evaluation set's labels have it). Where a caller
 * passes its own descriptor on again, every caller above that chooses
 * is another route of one leak: reported once, at the shortest route,
 * the others listed with it (curl's SOCKS password and its one `send`,
 * whose socket every filter and state machine above passes on). */
// pitrace-args: --no-heuristics
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "pitrace.h"

struct member {
        char phone[16] PI(phone);
};

static struct member current;

static void put_member(int fd)
{
        write(fd, current.phone, strlen(current.phone));
}

void export_twice(void)
{
        int a = open("members-a.dat", O_WRONLY | O_CREAT, 0600);
        int b = open("members-b.dat", O_WRONLY | O_CREAT, 0600);
        put_member(a); // expect: pi-unencrypted-storage
        put_member(b); // expect: pi-unencrypted-storage
        close(a);
        close(b);
}

static void relay(int fd)
{
        put_member(fd);
}

static void relay_again(int fd)
{
        relay(fd);
}

void send_short(void)
{
        int s = socket(AF_INET, SOCK_STREAM, 0);
        relay(s); // expect: pi-cleartext-transmission
        close(s);
}

void send_long(void)
{
        int s = socket(AF_INET, SOCK_STREAM, 0);
        relay_again(s); // the same leak, a longer route: listed with send_short's
        close(s);
}
