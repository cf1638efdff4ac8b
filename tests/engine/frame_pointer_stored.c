/* A pointer to a local, stored where the program keeps it after the
 * function returns, does not carry the local's PI past the return
 * (docs/engine.md, "Pointers to locals"). gammu's commands keep the
 * caller's buffer in the phone's state for the reply handler to fill
 * (NOKIA_GetPhoneString: `s->Phone.Data.PhoneString = value`); Identify
 * passes a local buffer that already holds the IMEI, and that state
 * stayed PI for every later command: reset() below writing the state's
 * pointer to the device is the shape (there the pointer dangles). What
 * the function itself reads through the state before it returns is still
 * PI, and so are copies of the bytes and pointers to memory that lives
 * on. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "pitrace.h"

struct data {
        char *dest;
        char copy[32];
        int start;
};

struct phone {
        struct data d;
        int fd;
};

struct phone *gsm;

struct sim {
        char imei[16] PI(other);
};

extern struct sim *the_sim(void);

static void keep_buffer(struct phone *s, char *ret)
{
        s->d.dest = ret;
        s->d.start = 4;
}

/* two levels: the row says "stores its parameter's pointer" here too */
void get_original(struct phone *s, char *value)
{
        keep_buffer(s, value);
}

void copy_in(struct phone *s, const char *value)
{
        strcpy(s->d.copy, value);
}

/* into a global's object */
void identify(void)
{
        char buffer[16];
        strcpy(buffer, the_sim()->imei);
        printf("%s\n", buffer);                 // expect: pi-logging
        get_original(gsm, buffer);
}

void reset(void)
{
        write(gsm->fd, gsm->d.dest, 4);
}

/* into a parameter's object: the caller's caller sees nothing of it */
void identify_into(struct phone *s)
{
        char buffer[16];
        strcpy(buffer, the_sim()->imei);
        get_original(s, buffer);
        printf("%s\n", s->d.dest);              // expect: pi-logging
}

void after_identify(struct phone *s)
{
        identify_into(s);
        printf("%s\n", s->d.dest);
}

/* the bytes copied live on in the global's object */
void remember(void)
{
        char buffer[16];
        strcpy(buffer, the_sim()->imei);
        copy_in(gsm, buffer);
}

void report(void)
{
        printf("%s\n", gsm->d.copy);            // expect: pi-logging
}

/* heap memory lives on too */
void keep_heap(struct phone *s)
{
        char *buffer = malloc(16);
        strcpy(buffer, the_sim()->imei);
        get_original(s, buffer);
}

void after_heap(struct phone *s)
{
        keep_heap(s);
        printf("%s\n", s->d.dest);              // expect: pi-logging
}

/* a copy made from the local lives on, though a duplicating function's
 * summary reads as returning its argument */
static char *dup_text(const char *s)
{
        size_t n = strlen(s) + 1;
        char *r = malloc(n);
        memcpy(r, s, n);
        return r;
}

void keep_copy(struct phone *s, const char *value)
{
        s->d.dest = dup_text(value);
}

void identify_copy(struct phone *s)
{
        char buffer[16];
        strcpy(buffer, the_sim()->imei);
        keep_copy(s, buffer);
}

void after_copy(struct phone *s)
{
        identify_copy(s);
        printf("%s\n", s->d.dest);              // expect: pi-logging
}

/* the function itself keeping its local's address: its own reads see it,
 * its caller does not, and neither does the rest of the program */
void hold_local(struct phone *s)
{
        char buffer[16];
        strcpy(buffer, the_sim()->imei);
        s->d.dest = buffer;
        printf("%s\n", s->d.dest);              // expect: pi-logging
}

void after_hold(struct phone *s)
{
        hold_local(s);
        printf("%s\n", s->d.dest);
}

void hold_in_global(void)
{
        char buffer[16];
        strcpy(buffer, the_sim()->imei);
        gsm->d.dest = buffer;
}

void after_hold_in_global(void)
{
        hold_in_global();
        printf("%s\n", gsm->d.dest);
}
