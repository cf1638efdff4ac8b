/* Caller-chosen streams (CONTRACT §3): a FILE * or descriptor parameter
 * whose callers pass stdout in one place and a file in another gives both
 * rules, each at the call that decides, whether the PI comes from the
 * caller or is read by the writer itself. A stream passed up through
 * another function's parameter is decided by that function's caller; a
 * stream chosen at run time gives both rules where it is written.
 * Negatives: the writers called with non-PI, the writer's own write. */
// pitrace-args: --no-heuristics
#include <fcntl.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>
#include "pitrace.h"

struct person {
        char *phone PI(phone);
        char *city;
};

static void print_person(FILE *out, const struct person *p)
{
        fprintf(out, "%s\n", p->phone);
}

static void print_line(FILE *out, const char *s)
{
        fputs(s, out);
}

static void export_all(FILE *out, const struct person *p)
{
        print_person(out, p);
}

static void send_fd(int fd, const struct person *p)
{
        write(fd, p->phone, 11);
}

void to_console(const struct person *p)
{
        print_person(stdout, p);                        // expect: pi-logging "phone"
        print_line(stderr, p->phone);                   // expect: pi-logging
}

void to_file(const struct person *p)
{
        FILE *f = fopen("/data/people.txt", "w");
        print_person(f, p);                             // expect: pi-unencrypted-storage "phone"
        print_line(f, p->phone);                        // expect: pi-unencrypted-storage
}

void two_levels(const struct person *p)
{
        export_all(stdout, p);                          // expect: pi-logging
        FILE *f = fopen("/data/export.txt", "w");
        export_all(f, p);                               // expect: pi-unencrypted-storage
}

void chosen_at_run_time(const struct person *p, const char *name)
{
        FILE *f = name[0] == '-' ? stdout : fopen(name, "w");
        print_person(f, p);                             // expect: pi-logging pi-unencrypted-storage
}

void descriptors(const struct person *p)
{
        send_fd(1, p);                                  // expect: pi-logging
        send_fd(socket(AF_INET, SOCK_STREAM, 0), p);    // expect: pi-cleartext-transmission
        send_fd(open("/data/p.bin", O_WRONLY), p);      // expect: pi-unencrypted-storage
}

void not_pi(const struct person *p)
{
        print_line(stdout, p->city);
        print_line(stderr, "ready");
}
