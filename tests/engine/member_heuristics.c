/* Member heuristics: a field whose own name says nothing (`Number`,
 * `user`) is PI when its record's name says what it is (gammu's
 * GSM_SMSMessage.Number, opensmtpd's mailaddr.user), and only when it is
 * text: an integer `Number` of such a record is a count or an id
 * (GSM_MultiSMSMessage.Number, GSM_SubMemoryEntry.Number). The from and
 * to of a mail or a recipient record are addresses (opensmtpd's
 * smtp_mail.from, smtp_rcpt.to), and so are the mailfrom and rcpts of an
 * LMTP session (opensmtpd's mail.lmtp), written with or without `_`.
 * The same names in other records say nothing (a route's from and to
 * are hosts), and a count of recipients is a number. */
#include <stdio.h>

typedef struct {
        unsigned char Number[64];       /* the sender's number, UCS-2 */
        int Folder;
} GSM_SMSMessage;

typedef struct {
        int Number;                     /* how many parts */
        GSM_SMSMessage SMS[4];
} GSM_MultiSMSMessage;

typedef struct {
        int Number;                     /* the entry's category id */
} GSM_SubMemoryEntry;

struct mailaddr {
        char user[64];
        char domain[64];
};

struct smtp_mail {
        char *from;
};

struct smtp_rcpt {
        char *to;
        int done;
};

struct session {
        const char *mailfrom;
        char **rcpts;
        int n_rcpts;
};

struct stats {
        char *rcpts;                    /* not a mail record: says nothing */
};

struct route {
        char *from;                     /* a relay host */
        char *to;
};

struct queue {
        int Number;
        char user[16];                  /* a queue's owner account name */
};

void show(GSM_SMSMessage *sms, GSM_MultiSMSMessage *multi, GSM_SubMemoryEntry *entry,
          struct mailaddr *to, struct queue *q, struct smtp_mail *m, struct smtp_rcpt *r,
          struct route *rt, struct session *ls, struct stats *st, int *rcpts, const char *rcptto)
{
        printf("MAIL FROM:<%s>\n", ls->mailfrom);        // expect: pi-logging "email"
        printf("RCPT TO:<%s>\n", ls->rcpts[0]);          // expect: pi-logging "email"
        printf("RCPT TO:<%s>\n", rcptto);                // expect: pi-logging "email"
        printf("%d recipients\n", ls->n_rcpts);
        printf("%d recipients\n", *rcpts);
        printf("%s\n", st->rcpts);
        printf("MAIL FROM:<%s>\n", m->from);             // expect: pi-logging "email"
        printf("RCPT TO:<%s> %d\n", r->to, r->done);     // expect: pi-logging "email"
        printf("%s -> %s\n", rt->from, rt->to);
        printf("%s\n", (char *)sms->Number);             // expect: pi-logging "phone"
        printf("%d parts\n", multi->Number);
        printf("category %d\n", entry->Number);
        printf("%s@%s\n", to->user, to->domain);         // expect: pi-logging
        printf("%d %s\n", q->Number, q->user);
}
