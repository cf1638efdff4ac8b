/* A rule file's function source applies whether or not the program
 * defines the function (CONTRACT §2): customer_phone() and lookup_name()
 * have bodies here, and their results are PI where they are called.
 * Positives: their results logged and stored, directly and through a
 * copy. Negatives: the length of one; another accessor with a body that
 * the rule file does not name. */
// pitrace-args: --rules rules.json --no-heuristics
#include <stdio.h>
#include <string.h>

struct customer {
        char *tel;
        char *display;
        char *name;
};

const char *customer_phone(const struct customer *c)
{
        return c->tel;
}

const char *customer_display(const struct customer *c)
{
        return c->display;
}

char *lookup_name(struct customer *c, char *buf, size_t n)
{
        snprintf(buf, n, "%s", c->name);
        return buf;
}

void show(struct customer *c)
{
        printf("tel=%s\n", customer_phone(c));                  // expect: pi-logging "phone"
        char copy[32];
        strcpy(copy, customer_phone(c));
        FILE *f = fopen("/data/customers.txt", "a");
        fputs(copy, f);                                         // expect: pi-unencrypted-storage "phone"
        char b[64];
        fprintf(stderr, "%s\n", lookup_name(c, b, sizeof b));  // expect: pi-logging "name"
        printf("%zu\n", strlen(customer_phone(c)));
        printf("%s\n", customer_display(c));
}
