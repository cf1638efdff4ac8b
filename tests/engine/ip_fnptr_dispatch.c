/* Interprocedural: calls through function pointers - a dispatch table of
 * handlers. A flow into the called function's sink is found at the indirect
 * call, in the function that hands the PI over.
 * Positives: handlers[kind](a->id_number) where some handler logs or stores
 * its argument; both rules, since the table holds a logging and a storing
 * handler.
 * Negatives: the same indirect call with non-PI; a table of handlers of
 * another function type that discard or only measure their argument (the
 * indirect call resolves to functions of its own type only).
 * Not here (a known gap, see the report): a table of the SAME type whose
 * handlers never log is still resolved to every address-taken function of
 * that type, so quiet[kind](pi) with quiet = {h_drop, h_len} is reported. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        char note[32];
};

typedef void (*handler_fn)(const char *);

static FILE *store_file;

static void h_log(const char *v) { fprintf(stderr, "v=%s\n", v); }
static void h_store(const char *v) { fputs(v, store_file); }
static int h_drop(const char *v, int n) { (void)v; return n; }
static int h_len(const char *v, int n) { return (int)strlen(v) + n; }

static handler_fn handlers[] = { h_log, h_store };
typedef int (*measure_fn)(const char *, int);
static measure_fn quiet[] = { h_drop, h_len };

void dispatch(const struct app *a, int kind)
{
        store_file = fopen("/data/out.txt", "w");
        handlers[kind](a->id_number); // expect: pi-logging pi-unencrypted-storage
        handlers[kind](a->note);
        printf("%d\n", quiet[kind](a->id_number, 0));
}
