/* xtu_header_static_copies: the TU whose backend() logs. */
#include "emit.h"

static void backend(const char *s)
{
        printf("%s\n", s);
}

void log_entry(const char *id_number, const struct holder *h)
{
        emit(id_number); // expect: pi-logging
        show(h);
}
