/* A rule file can declare fields of records that only a system header
 * defines (struct passwd, struct utmp): reading them is a source, and a
 * sink that writes the whole record writes them.
 * Negatives: other fields of the same records; a record of the program's
 * own with a field of the same name. */
// pitrace-args: --rules rules.json --no-heuristics
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <utmp.h>

struct session {
        char ut_user[32];
        int tty;
};

void greet(const char *login)
{
        struct passwd *pw = getpwnam(login);
        if (!pw)
                return;
        printf("hello %s\n", pw->pw_gecos);                     // expect: pi-logging "name"
        printf("home %s\n", pw->pw_dir);
}

void account(const char *login, FILE *wtmp)
{
        struct utmp ut;
        memset(&ut, 0, sizeof ut);
        strncpy(ut.ut_line, "radius", sizeof ut.ut_line);
        fwrite(&ut, sizeof ut, 1, wtmp);                        // expect: pi-unencrypted-storage "name"
        struct session s = { { 0 }, 1 };
        strncpy(s.ut_user, login, sizeof s.ut_user);
        fwrite(&s, sizeof s, 1, wtmp);
}
