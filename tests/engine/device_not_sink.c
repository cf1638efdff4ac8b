/* Devices are not sinks (CONTRACT 3): a descriptor or stream opened on a
 * path under /dev/, configured as a terminal (a serial port: tcsetattr),
 * or a Bluetooth socket (an RFCOMM link to a phone) is none of storage,
 * log or network, and writing PI to it is no finding. /dev/stdout and
 * /dev/stderr are the console: a log. The same writes to a file chosen at
 * run time and to an Internet socket are findings. */
// pitrace-args: --no-heuristics
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>
#include "pitrace.h"

#ifndef AF_BLUETOOTH
#define AF_BLUETOOTH 31
#endif

struct contact {
        char *number PI(phone);
};

void to_modem(const struct contact *c)
{
        int fd = open("/dev/ttyUSB0", O_RDWR);
        write(fd, c->number, strlen(c->number));
        FILE *tty = fopen("/dev/tty", "w");
        fputs(c->number, tty);
        FILE *con = fopen("/dev/stderr", "w");
        fputs(c->number, con);                          // expect: pi-logging
}

void to_serial(const char *device, const struct contact *c)
{
        struct termios t = { 0 };
        int fd = open(device, O_RDWR | O_NOCTTY);
        tcsetattr(fd, TCSANOW, &t);
        write(fd, c->number, strlen(c->number));
}

void to_file(const char *path, const struct contact *c)
{
        int fd = open(path, O_WRONLY);
        write(fd, c->number, strlen(c->number));       // expect: pi-unencrypted-storage
}

void to_phone(const struct contact *c)
{
        int s = socket(AF_BLUETOOTH, SOCK_STREAM, 3);
        send(s, c->number, strlen(c->number), 0);
}

void to_internet(const struct contact *c)
{
        int s = socket(AF_INET, SOCK_STREAM, 0);
        send(s, c->number, strlen(c->number), 0);       // expect: pi-cleartext-transmission
}
