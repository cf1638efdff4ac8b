/* xtu_handle_other_file: the sink kind of a write in main.c (or in io.c's
 * io_out wrapper) is decided by where the stream was made, in io.c
 * (CONTRACT §3: .log / under /var/log/ -> log; other files -> storage).
 * Positives: fprintf/io_out to g_audit and io_open_log() -> pi-logging; to
 * g_store and io_open_data() -> pi-unencrypted-storage; io_out(stderr, pi)
 * -> pi-logging.
 * Negatives: non-PI to the same streams. */
// pitrace-args: --no-heuristics
#include "pitrace.h"
#include "io.h"

struct app {
        char address[64] PI(address);
        char lang[8];
};

void handle(const struct app *a)
{
        fprintf(g_audit, "%s\n", a->address); // expect: pi-logging
        fprintf(g_store, "%s\n", a->address); // expect: pi-unencrypted-storage
        io_out(g_audit, a->address); // expect: pi-logging
        io_out(g_store, a->address); // expect: pi-unencrypted-storage
        io_out(io_open_log(), a->address); // expect: pi-logging
        io_out(io_open_data(), a->address); // expect: pi-unencrypted-storage
        io_out(stderr, a->address); // expect: pi-logging
        io_out(g_audit, a->lang);
        io_out(g_store, a->lang);
}
