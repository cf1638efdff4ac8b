/* xtu_programs_route: two programs of one project share this file, as
 * postfix's daemons share libglobal and libutil. Each program has its own
 * copy of `last_seen` at run time; the analysis, which links every TU into
 * one program, has one. A route that starts in one program's code and
 * ends in the other's cannot run, and is not reported. */
#include <stdio.h>

const char *last_seen;

struct driver {
        void (*show)(void);
};

extern struct driver console_driver;

/* The driver is reached only through the table console.c initialises:
 * this file names the table, so a program that calls show_last links
 * console.c, and console_show is part of it. */
void show_last(void)
{
        console_driver.show();
}
