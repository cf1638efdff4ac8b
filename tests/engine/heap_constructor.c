/* Objects made by a constructor carry what it put in them: the summary of
 * mk() says its result points to an object whose `data` holds its
 * argument. Shapes: a field of the call's result read at once
 * (`mk(email)->data`), a local holding the result, a child object made by
 * another constructor, and a list built in one function and walked in
 * another (nodes of a list are folded into one).
 * Negatives: objects made from constants, and a list of non-PI values. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pitrace.h"

struct user {
        char *email PI(email);
        char *nick;
};

typedef struct node {
        char *data;
        struct node *next;
} node;

struct pair {
        int id;
        node *value;
};

static node *mk(const char *s)
{
        node *t = malloc(sizeof *t);
        t->data = strdup(s);
        t->next = NULL;
        return t;
}

static struct pair *mk_pair(int id, const char *s)
{
        struct pair *p = malloc(sizeof *p);
        p->id = id;
        p->value = mk(s);
        return p;
}

static node *emails, *nicks;

static void add_email(const char *s)
{
        node *t = mk(s);
        t->next = emails;
        emails = t;
}

static void add_nick(const char *s)
{
        node *t = mk(s);
        t->next = nicks;
        nicks = t;
}

void use(const struct user *u, FILE *out)
{
        fprintf(out, "%s\n", mk(u->email)->data);       // expect: pi-unencrypted-storage "email"
        node *n = mk(u->email);
        printf("%s\n", n->data);                        // expect: pi-logging "email"
        struct pair *p = mk_pair(1, u->email);
        printf("%s\n", p->value->data);                 // expect: pi-logging
        node *k = mk("constant");
        printf("%s\n", k->data);
        printf("%s\n", mk(u->nick)->data);
        printf("%d\n", p->id);
}

void collect(const struct user *u)
{
        add_email(u->email);
        add_nick(u->nick);
}

void dump(void)
{
        for (node *n = emails; n; n = n->next)
                printf("%s\n", n->data);                // expect: pi-logging "email"
        for (node *n = nicks; n; n = n->next)
                printf("%s\n", n->data);
}
