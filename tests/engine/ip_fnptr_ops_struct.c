/* Interprocedural: "ops" structs of function pointers (a common C plug-in
 * pattern). A call through o->write is resolved to the functions that can
 * be stored there; the flow into the called function's sink is found at
 * the indirect call, or at the caller's call of a function that makes the
 * indirect call.
 * Positives: g_console.write(pi) -> pi-logging; flush_with(&g_store, f, pi)
 * -> pi-unencrypted-storage at flush_with's call (the FILE * comes from
 * fopen of a data file in the caller).
 * Negatives: g_console.write("x"); a member of another function type
 * (measure) that only returns a length.
 * Each ops type has one implementation here: with two implementations of
 * the same type, pitrace merges them (a known gap, see the report). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
};

struct console_ops {
        void (*write)(const char *);
        size_t (*measure)(const char *, int);
};

struct store_ops {
        void (*put)(FILE *, const char *);
};

static void console_write(const char *s) { fprintf(stdout, "%s\n", s); }
static size_t plain_measure(const char *s, int extra) { return strlen(s) + (size_t)extra; }
static void file_put(FILE *f, const char *s) { fputs(s, f); }

static struct console_ops g_console = { console_write, plain_measure };
static struct store_ops g_store = { file_put };

void flush_with(const struct store_ops *o, FILE *f, const char *s)
{
        o->put(f, s);
}

void handle(const struct app *a)
{
        FILE *f = fopen("/data/out.bin", "w");
        g_console.write(a->id_number); // expect: pi-logging
        flush_with(&g_store, f, a->id_number); // expect: pi-unencrypted-storage
        g_console.write("x");
        printf("%zu\n", g_console.measure(a->id_number, 1));
}
