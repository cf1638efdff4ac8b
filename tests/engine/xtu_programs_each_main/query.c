/* xtu_programs_each_main: the other program of the project, whose main
 * is the one met first. */
#include <stdio.h>
#include "pitrace.h"

struct account {
        char phone[16] PI(phone);
};

static struct account current;

int main(void)
{
        printf("%s\n", current.phone); // expect: pi-logging
        return 0;
}
