/* A string builder: a buffer struct with a base pointer and a write
 * cursor, appended to through the cursor and written out through the
 * base (postfix's VSTRING, a growable buffer). The buffer's text is PI
 * once PI is appended, and only then.
 * Negatives: a builder given only constants; the builder's length. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pitrace.h"

struct buf {
        char *data;
        char *ptr;
        size_t len, cap;
};

struct rcpt {
        char *address PI(email);
        int flags;
};

static void buf_init(struct buf *b)
{
        b->cap = 64;
        b->data = malloc(b->cap);
        b->ptr = b->data;
        b->len = 0;
}

static void buf_putc(struct buf *b, int c)
{
        if (b->len + 1 >= b->cap) {
                b->cap *= 2;
                b->data = realloc(b->data, b->cap);
                b->ptr = b->data + b->len;
        }
        *b->ptr++ = (char)c;
        b->len++;
}

static void buf_puts(struct buf *b, const char *s)
{
        while (*s)
                buf_putc(b, *s++);
        *b->ptr = 0;
}

static void buf_printf(struct buf *b, const char *fmt, const char *arg)
{
        char tmp[256];
        snprintf(tmp, sizeof tmp, fmt, arg);
        buf_puts(b, tmp);
}

#define BUF_STR(b) ((b)->data)

void rcpt_to(const struct rcpt *r, FILE *q)
{
        struct buf b;
        buf_init(&b);
        buf_puts(&b, "RCPT TO:<");
        buf_puts(&b, r->address);
        buf_puts(&b, ">");
        fputs(BUF_STR(&b), stdout);                     // expect: pi-logging "email"

        struct buf c;
        buf_init(&c);
        buf_printf(&c, "to=<%s>", r->address);
        fwrite(c.data, 1, c.len, q);                    // expect: pi-unencrypted-storage "email"

        struct buf d;
        buf_init(&d);
        buf_puts(&d, "QUIT");
        fputs(BUF_STR(&d), stdout);
        printf("%zu\n", c.len);
}
