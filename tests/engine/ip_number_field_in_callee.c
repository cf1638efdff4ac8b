/* A callee that reads a number field of a record its caller passes (a
 * length, a count) gets what the caller put in that field, not what the
 * caller put elsewhere in the record, exactly as a read in the caller
 * itself would (tests/engine/field_store.c). This holds where the
 * callee's path is long enough to be cut (`m->SMS[0].UDH.Length` is four
 * steps below `m`): gammu logs the header lengths of a message whose
 * text its caller has just filled. A number field that holds a
 * descriptor still decides the callee's sink, and a number field the
 * caller filled from PI still carries it. A field updated in place
 * (`Length += n`, as gammu's GSM_AddSMS_Text_UDH grows the header it
 * appends to) is read as the field too, in the function between. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include "pitrace.h"

struct udh {
        int Length;
        char Text[140];
};

struct sms {
        int Length;
        struct udh UDH;
        char Text[160];
};

struct multi {
        int Number;
        struct sms SMS[4];
};

struct conn {
        struct {
                struct {
                        int fd;
                } io;
        } *link;
        char line[256];
};

static void log_lengths(const struct multi *m)
{
        fprintf(stderr, "udh %d text %d\n", m->SMS[0].UDH.Length, m->SMS[0].Length);
}

static void log_count(const struct multi *m)
{
        fprintf(stderr, "%d parts\n", m->Number);
}

void add_udh_text(struct multi *m, const char *email PI(email))
{
        strcpy(m->SMS[0].UDH.Text, email);
        strcpy(m->SMS[0].Text, email);
        m->SMS[0].UDH.Length = 0;
        log_lengths(m);
        log_count(m);
}

/* the function between grows the header: its `+=` reads the length as
 * the length, so the text a first call appended is not taken for the
 * length, in the second call or after it */
static void append_udh(struct multi *m, const char *buf, int n)
{
        memcpy(m->SMS[0].UDH.Text + m->SMS[0].UDH.Length, buf, n);
        m->SMS[0].UDH.Length += n;
        m->SMS[0].UDH.Text[0] += n;
        log_lengths(m);
}

void append_email(struct multi *m, const char *email PI(email))
{
        char buf[64];
        strcpy(buf, email);
        append_udh(m, buf, 10);
        append_udh(m, "x", 1);
        fprintf(stderr, "header %d\n", m->SMS[0].UDH.Length);
}

/* ... and a length grown by PI is PI */
static void grow_udh(struct multi *m, int n)
{
        m->SMS[0].Length += n;
        log_lengths(m);
}

void grow_by_pin(struct multi *m, int pin PI(credential))
{
        grow_udh(m, pin);                               // expect: pi-logging "credential"
}

/* the caller put PI into the number field itself */
void number_is_pi(struct multi *m, int pin PI(credential))
{
        m->SMS[0].Length = pin;
        log_lengths(m);                                 // expect: pi-logging "credential"
}

/* a descriptor deep in a record decides where the callee writes */
static void send_line(struct conn *c)
{
        send(c->link->io.fd, c->line, strlen(c->line), 0);
}

void send_email(struct conn *c, const char *email PI(email))
{
        c->link->io.fd = socket(AF_INET, SOCK_STREAM, 0);
        strcpy(c->line, email);
        send_line(c);                                   // expect: pi-cleartext-transmission "email"
}
