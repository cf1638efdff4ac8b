/* header_static_named: a header's static functions are lowered only when
 * the TU's code names them, directly or through another one it names.
 *
 * show_id() is named by app.c's report(), and calls print_id(): both are
 * the TU's, and print_id's printf is a finding. dump_all() logs the same
 * global but nothing in the TU names it: the compiler drops it, no
 * program has it, and it is no finding. at_start() is named by nothing
 * either, but as a constructor it runs before main: its finding stands. */
#ifndef LOG_H
#define LOG_H
#include <stdio.h>
#include "pitrace.h"

extern char holder_id[19] PI(id_number);

static inline void print_id(const char *what)
{
        printf("%s %s\n", what, holder_id); // expect: pi-logging
}

static inline void show_id(void)
{
        print_id("id");
}

static inline void dump_all(void)
{
        printf("all %s\n", holder_id);
}
static void __attribute__((constructor)) at_start(void)
{
        fprintf(stderr, "starting for %s\n", holder_id); // expect: pi-logging
}
#endif
