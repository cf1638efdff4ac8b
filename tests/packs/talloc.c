/* rules/talloc.json: talloc's string builders and copies keep what they
 * copy (freeradius builds its log lines and attribute values with them);
 * allocating and freeing make no PI and are no blind spot. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <talloc.h>

#include <pitrace.h>

struct user {
        char *name PI(name);
        char *password PI(credential);
        char *realm; /* not PI */
};

char *seal(const char *s) PI_SANITIZER(encrypt);

void builders(TALLOC_CTX *ctx, struct user *u)
{
        char *a = talloc_strdup(ctx, u->name);
        puts(a);                                        // expect: pi-logging "name"
        char *b = talloc_asprintf(ctx, "user=%s", u->name);
        puts(b);                                        // expect: pi-logging "name"
        char *c = talloc_strdup(ctx, "realm=");
        c = talloc_strdup_append(c, u->realm);
        puts(c);
        c = talloc_asprintf_append(c, " pass=%s", u->password);
        puts(c);                                        // expect: pi-logging "credential"
        char *d = talloc_memdup(ctx, u->password, strlen(u->password) + 1);
        fputs(d, stderr);                               // expect: pi-logging "credential"
        char *e = talloc_array(ctx, char, 64);
        strcpy(e, u->name);
        e = talloc_realloc(ctx, e, char, 128);
        puts(e);                                        // expect: pi-logging "name"
        char *f = talloc_strndup(ctx, u->name, 4);
        puts(talloc_steal(NULL, f));                    // expect: pi-logging "name"
        talloc_free(a);
        talloc_free(b);
}

void negatives(TALLOC_CTX *ctx, struct user *u)
{
        char *r = talloc_strdup(ctx, u->realm);
        puts(r);
        char *s = talloc_asprintf(ctx, "%zu", strlen(u->name));
        puts(s);
        char *t = talloc_strdup(ctx, seal(u->password));
        puts(t);
        struct user *copy = talloc_zero(ctx, struct user);
        printf("%p\n", (void *)copy);
        talloc_free(ctx);
}
