/* Interprocedural: where a stream or descriptor comes from decides the sink
 * kind even when it is made in another function (CONTRACT §3).
 *  - globals g_log / g_db set in init() from fopen("/var/log/...") and
 *    fopen("/data/app.db"), written in other functions;
 *  - helpers returning a stream (open_log, open_db) or a connected socket
 *    (connect_server, a connect helper).
 * Positives: g_log -> pi-logging, g_db -> pi-unencrypted-storage,
 * open_log() -> pi-logging, open_db() -> pi-unencrypted-storage,
 * send on connect_server()'s descriptor -> pi-cleartext-transmission, and
 * a wrapper given g_log reported at the wrapper call.
 * Negatives: non-PI written to the same handles. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        char lang[8];
};

FILE *g_log, *g_db;

void init(void)
{
        g_log = fopen("/var/log/app/app.txt", "a");
        g_db = fopen("/data/app.db", "w");
}

FILE *open_log(void)
{
        return fopen("trace.log", "a");
}

FILE *open_db(void)
{
        return fopen("/data/x.dat", "a");
}

int connect_server(void)
{
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        return fd;
}

static void put_line(FILE *f, const char *s)
{
        fprintf(f, "%s\n", s);
}

void handle(const struct app *a)
{
        fputs(a->id_number, g_log); // expect: pi-logging
        fputs(a->id_number, g_db); // expect: pi-unencrypted-storage
        fputs(a->id_number, open_log()); // expect: pi-logging
        fputs(a->id_number, open_db()); // expect: pi-unencrypted-storage
        int fd = connect_server();
        send(fd, a->id_number, strlen(a->id_number), 0); // expect: pi-cleartext-transmission
        put_line(g_log, a->id_number); // expect: pi-logging
        put_line(g_db, a->id_number); // expect: pi-unencrypted-storage
        fputs(a->lang, g_log);
        fputs(a->lang, g_db);
        send(fd, a->lang, strlen(a->lang), 0);
}
