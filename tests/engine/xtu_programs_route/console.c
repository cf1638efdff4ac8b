/* xtu_programs_route: the driver. Both programs reach console_show:
 * billing.c through shared.c's table, report.c by a direct call. */
#include <stdio.h>

extern const char *last_seen;

static void console_show(void)
{
        printf("%s\n", last_seen); // expect: pi-logging
}

struct driver {
        void (*show)(void);
};

struct driver console_driver = { console_show };

void console_direct(void)
{
        console_show();
}
