/* xtu_programs_each_main: one project, several programs, each with its
 * own `main` (postfix's daemons, opensmtpd's mail.* helpers, gammu's
 * tools). Every program is analysed: a second `main` in another file is
 * not a copy of the first to be skipped, and what only it calls has a
 * caller. Here the PI reaches a file inside a static helper whose
 * parameter is declared PI; the finding stands at the call in this
 * program's main (CONTRACT §3), not in the helper. */
#include <stdio.h>
#include "pitrace.h"

static void append_mbox(const char *sender PI(email), const char *path)
{
        FILE *fp = fopen(path, "a");
        fprintf(fp, "From %s\n", sender);
        fclose(fp);
}

int main(int argc, char **argv)
{
        if (argc > 2)
                append_mbox(argv[1], argv[2]); // expect: pi-unencrypted-storage
        return 0;
}
