/* Interprocedural: the same finding reached by several paths is reported
 * once - one finding per rule and call (CONTRACT §3: "Findings with the same
 * rule at the same call are one finding").
 * Each expect below must be matched by exactly ONE finding: the runner's
 * summary line must read "PASS: 5 expected, 5 found" (a duplicate would make
 * the found count larger).
 * - emit_both() logs its argument along two branches and twice in sequence;
 * - diamond(): PI reaches the log through two helpers (left, right);
 * - one call passes the same PI twice and two PI fields;
 * - a call reaching a log AND storage gives two findings (different rules).
 * Negatives: the inner printf / fprintf calls; non-PI calls. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        char phone[16] PI(phone);
};

static FILE *data_file;

void emit_both(const char *s, int v)
{
        if (v)
                printf("a %s\n", s);
        else
                fprintf(stderr, "b %s\n", s);
        puts(s);
}

static void left(const char *s) { printf("L %s\n", s); }
static void right(const char *s) { fprintf(stderr, "R %s\n", s); }

void diamond(const char *s)
{
        left(s);
        right(s);
}

void log_and_store(const char *s)
{
        puts(s);
        fputs(s, data_file);
}

void handle(const struct app *a)
{
        data_file = fopen("/data/x.dat", "w");
        emit_both(a->id_number, 1); // expect: pi-logging
        diamond(a->phone); // expect: pi-logging
        printf("%s %s %s\n", a->id_number, a->id_number, a->phone); // expect: pi-logging
        log_and_store(a->phone); // expect: pi-logging pi-unencrypted-storage
        emit_both("none", 0);
        diamond("none");
}
