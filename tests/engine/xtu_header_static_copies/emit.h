/* xtu_header_static_copies: a header's static functions are one function
 * in every TU that includes it when each TU's copy is the same code, and
 * a function of each TU when it is not.
 *
 * show() is the same code everywhere: one function, whose finding stands
 * once, here. emit() calls backend(), a static function each .c file
 * defines for itself: log.c's logs, quiet.c's does nothing. Taken as one
 * function, quiet.c's emit(id_number) would reach log.c's printf. */
#ifndef EMIT_H
#define EMIT_H
#include <stdio.h>

static void backend(const char *s);

static inline void emit(const char *s)
{
        backend(s);
}

struct holder {
        char id_number[19];
};

static inline void show(const struct holder *h)
{
        printf("id %s\n", h->id_number); // expect: pi-logging
}
#endif
