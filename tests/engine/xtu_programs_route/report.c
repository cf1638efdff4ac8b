/* xtu_programs_route: another program. It prints the shared global too,
 * but in this program nothing puts PI there: billing.c's store is in
 * billing's copy of the global. Only the analysis' single store joins
 * them, and the route from billing's main to this program's own function
 * runs in no program. */
#include <stdio.h>

extern const char *last_seen;
void console_direct(void);

static void print_report(void)
{
        printf("last: %s\n", last_seen);
}

int main(void)
{
        print_report();
        console_direct();
        return 0;
}
