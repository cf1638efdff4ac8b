/* xtu_test_code_not_linked: the test suite's fake device, under tests/:
 * it echoes back what the library wrote to it. */
#include <stdio.h>
#include <string.h>
#include "pitrace.h"
#include "../device.h"

static char echo[64];

static int fake_write(const char *buf)
{
        strncpy(echo, buf, sizeof echo - 1);
        return 0;
}

static int fake_read(char *buf, int len)
{
        strncpy(buf, echo, (size_t)len);
        return 0;
}

struct device_ops fake = { fake_write, fake_read };

void test_echo(const char *number PI(phone))
{
        char back[64];
        fake.write(number);
        fake.read(back, sizeof back);
        printf("%s\n", back);                   // expect: pi-logging "phone"
}
