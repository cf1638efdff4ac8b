/* A formatter walks its va_list: the text it takes out carries the PI of
 * the variadic arguments, a number it takes out does not. A va_list holds
 * every argument's facts without knowing which is which, so a field width
 * or a type code taken with `va_arg(ap, int)` would otherwise carry the
 * PI of the string next to it into everything it touches (postfix's
 * vbuf_print puts `width` into a static format buffer, and its
 * attr_print panics with a type code; both became PI).
 * Negatives: a number taken from a va_list that also holds an id number,
 * logged and stored; a descriptor taken from a va_list keeps its kind. */
// pitrace-args: --no-heuristics
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>
#include <fcntl.h>
#include "pitrace.h"

struct applicant {
        char *id_number PI(id_number);
        int age;
};

static char width_note[32];

/* The text goes on to stdout; the width is remembered in a global. */
static void show(const char *fmt, ...)
{
        va_list ap;
        va_start(ap, fmt);
        int width = va_arg(ap, int);
        const char *text = va_arg(ap, const char *);
        snprintf(width_note, sizeof width_note, "%d", width);
        printf("%*s\n", width, text);
        va_end(ap);
}

static void note_type(const char *what, ...)
{
        va_list ap;
        va_start(ap, what);
        int type = va_arg(ap, int);
        fprintf(stderr, "%s: unknown type %d\n", what, type); // ok: a type code, not the id number beside it
        va_end(ap);
}

static void write_to(int unused, ...)
{
        va_list ap;
        va_start(ap, unused);
        int fd = va_arg(ap, int);
        const char *text = va_arg(ap, const char *);
        write(fd, text, 18);
        va_end(ap);
}

/* The same, one level down: the list is handed to a v-function. */
static void vnote(const char *what, va_list ap)
{
        int type = va_arg(ap, int);
        const char *text = va_arg(ap, const char *);
        fprintf(stderr, "%s: type %d\n", what, type); // ok: the type code again
        fprintf(stderr, "%s: %s\n", what, text);
}

static void note(const char *what, ...)
{
        va_list ap;
        va_start(ap, what);
        vnote(what, ap);
        va_end(ap);
}

static void vwrite_to(va_list ap)
{
        int fd = va_arg(ap, int);
        const char *text = va_arg(ap, const char *);
        write(fd, text, 18);
}

static void write_via(int unused, ...)
{
        va_list ap;
        va_start(ap, unused);
        vwrite_to(ap);
        va_end(ap);
}

void review(struct applicant *a)
{
        show("%*s", 20, a->id_number); // expect: pi-logging
        note_type("review", 7, a->id_number);
        int fd = open("/dev/ttyS0", O_WRONLY);
        write_to(0, fd, a->id_number); // ok: a serial port stays a device through the va_list
        write_via(0, fd, a->id_number); // ok: and through a va_list passed on
        int log = open("/var/log/review.log", O_WRONLY);
        write_via(0, log, a->id_number); // expect: pi-logging
        note("review", 3, a->id_number); // expect: pi-logging
}

void keep_width(void)
{
        FILE *f = fopen("widths.txt", "w");
        fputs(width_note, f); // ok: the width was a number, not the id number
        fclose(f);
}
