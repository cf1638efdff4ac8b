/* A struct copied by value keeps each field's PI in that field: the copy
 * as a whole gets only what the source holds as a whole. opensmtpd's
 * lka_expand copies the session's envelope into a local, puts a decoded
 * recipient into its `rcpt`, and copies it back (`lks->envelope = ep`);
 * the dispatcher name that lka_submit then reads from the envelope and
 * prints in a fatal error was the recipient as well, because the copy
 * gave the whole envelope every field's PI. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct mailaddr {
        char user[64];
        char domain[64];
};

struct envelope {
        struct mailaddr rcpt;
        char dispatcher[64];
};

struct session {
        struct envelope envelope;
};

struct node {
        char email[64] PI(email);
};

/* the copy back into the session: the other field stays clean */
void expand(struct session *lks, const struct node *xn)
{
        struct envelope ep = lks->envelope;
        memcpy(ep.rcpt.user, xn->email, sizeof ep.rcpt.user);
        lks->envelope = ep;
        printf("%s\n", lks->envelope.dispatcher);
        printf("%s\n", lks->envelope.rcpt.user);                // expect: pi-logging
}

/* through a callee that reads one field of the caller's copy */
static void show_dispatcher(const struct session *lks)
{
        printf("%s\n", lks->envelope.dispatcher);
}

static void show_rcpt(const struct session *lks)
{
        printf("%s\n", lks->envelope.rcpt.user);
}

void expand_then_show(struct session *lks, const struct node *xn)
{
        struct envelope ep = lks->envelope;
        memcpy(ep.rcpt.user, xn->email, sizeof ep.rcpt.user);
        lks->envelope = ep;
        show_dispatcher(lks);
        show_rcpt(lks);                                         // expect: pi-logging
}

/* what a caller put in a field comes through a copy made in the callee */
static void copy_and_log(const struct session *lks)
{
        struct envelope ep = lks->envelope;
        printf("%s\n", ep.rcpt.user);
        printf("%s\n", ep.dispatcher);
}

void caller_fills(struct session *lks, const struct node *xn)
{
        memcpy(lks->envelope.rcpt.user, xn->email, sizeof lks->envelope.rcpt.user);
        copy_and_log(lks);                                      // expect: pi-logging
}

/* a record that holds PI as a whole (bytes copied over it) still does
 * in every field of its copy */
void whole_record(const struct node *xn)
{
        struct envelope raw, copy;
        memcpy(&raw, xn->email, sizeof xn->email);
        copy = raw;
        printf("%s\n", copy.dispatcher);                        // expect: pi-logging
}

/* copies of copies keep the fields apart */
void twice(struct session *lks, const struct node *xn)
{
        struct envelope a, b;
        memset(&a, 0, sizeof a);
        memcpy(a.rcpt.user, xn->email, sizeof a.rcpt.user);
        b = a;
        lks->envelope = b;
        printf("%s\n", lks->envelope.dispatcher);
        printf("%s\n", b.rcpt.user);                            // expect: pi-logging
}

/* the copy made in a callee (`*dst = *src`) moves the fields the same
 * way at its caller */
static void copy_envelope(struct envelope *dst, const struct envelope *src)
{
        *dst = *src;
}

void through_callee(const struct node *xn)
{
        struct envelope src, dst;
        memset(&src, 0, sizeof src);
        memcpy(src.rcpt.user, xn->email, sizeof src.rcpt.user);
        copy_envelope(&dst, &src);
        printf("%s\n", dst.dispatcher);
        printf("%s\n", dst.rcpt.user);                          // expect: pi-logging
}

/* into an array of records in the caller's object (gammu's event queue:
 * `s->events[n] = *event`) */
struct queue {
        struct envelope events[4];
        int n;
};

static void push(struct queue *q, const struct envelope *ev)
{
        q->events[q->n] = *ev;
}

void queue_rcpt(struct queue *q, const struct node *xn)
{
        struct envelope ev;
        memset(&ev, 0, sizeof ev);
        memcpy(ev.rcpt.user, xn->email, sizeof ev.rcpt.user);
        push(q, &ev);
        printf("%s\n", q->events[0].dispatcher);
        printf("%s\n", q->events[0].rcpt.user);                 // expect: pi-logging
}

/* memcpy of a whole record moves the fields the same way */
void copied_bytes(const struct node *xn)
{
        struct envelope a, b;
        memset(&a, 0, sizeof a);
        memcpy(a.rcpt.user, xn->email, sizeof a.rcpt.user);
        memcpy(&b, &a, sizeof b);
        printf("%s\n", b.dispatcher);
        printf("%s\n", b.rcpt.user);                            // expect: pi-logging
}

/* a record returned by value, a copy of the caller's */
static struct envelope copy_of(const struct envelope *src)
{
        struct envelope e = *src;
        return e;
}

void returned(const struct node *xn)
{
        struct envelope src, dst;
        memset(&src, 0, sizeof src);
        memcpy(src.rcpt.user, xn->email, sizeof src.rcpt.user);
        dst = copy_of(&src);
        printf("%s\n", dst.dispatcher);
        printf("%s\n", dst.rcpt.user);                          // expect: pi-logging
}
