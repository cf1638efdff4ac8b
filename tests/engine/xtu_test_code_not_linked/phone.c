/* xtu_test_code_not_linked: the product. It writes a phone number to the
 * device and prints what it reads back from it. The only functions behind
 * dev->read that could return the number are the test suite's fake device
 * (tests/fake_device.c echoes what was written), which is not linked into
 * the product: printing the reply is not a leak. The test's own use of the
 * fake still is. */
#include <stdio.h>
#include <string.h>
#include "pitrace.h"
#include "device.h"

static int serial_write(const char *buf)
{
        (void)buf;
        return 0;
}

static int serial_read(char *buf, int len)
{
        memset(buf, 0, (size_t)len);
        return 0;
}

static struct device_ops serial = { serial_write, serial_read };
struct device_ops *dev = &serial;

void dial(const char *number PI(phone))
{
        dev->write(number);
}

void show_reply(void)
{
        char reply[64];
        dev->read(reply, sizeof reply);
        printf("%s\n", reply);
}
