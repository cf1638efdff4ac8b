/* Interprocedural: the sink kind of a wrapper's write depends on the FILE *
 * its caller passes (CONTRACT §3, "Where data goes decides the sink kind").
 * out(FILE *f, const char *s) fputs s to f.
 * Positives: out(stdout, pi) and out(stderr, pi) -> pi-logging;
 * out(fopen("x.csv"), pi) -> pi-unencrypted-storage;
 * out(fopen("/var/log/app/audit.txt"), pi) and out(fopen("run.log"), pi)
 * -> pi-logging; out(fp, pi) where fp is one of a log and a data file
 * chosen at run time -> both rules; a second-level wrapper that passes its
 * own FILE * parameter down (out2).
 * Negatives: the same calls with non-PI; the fputs inside out(). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
        char name[32] PI(name);
        char city[32];
};

void out(FILE *f, const char *s)
{
        fputs(s, f);
}

void out2(FILE *f, const char *s)
{
        out(f, s);
}

void handle(const struct app *a, int verbose)
{
        FILE *csv = fopen("x.csv", "w");
        FILE *varlog = fopen("/var/log/app/audit.txt", "a");
        FILE *dotlog = fopen("run.log", "a");
        FILE *either = verbose ? stderr : csv;

        out(stdout, a->name); // expect: pi-logging
        out(stderr, a->name); // expect: pi-logging
        out(csv, a->name); // expect: pi-unencrypted-storage
        out(varlog, a->name); // expect: pi-logging
        out(dotlog, a->name); // expect: pi-logging
        out(either, a->name); // expect: pi-logging pi-unencrypted-storage
        out2(csv, a->name); // expect: pi-unencrypted-storage
        out2(stdout, a->name); // expect: pi-logging

        out(stdout, a->city);
        out(csv, a->city);
}
