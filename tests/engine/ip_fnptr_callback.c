/* Interprocedural: a callback passed as an argument. for_each() calls the
 * callback with the data it was given; print_cb logs it, count_cb does not.
 * A flow into the callee's sink is found at the indirect call; the caller
 * that hands PI to for_each() is the highest function on the path, so the
 * finding is at its for_each(...) call.
 * Positives: for_each(a->phone, print_cb); apply(print_cb, a->phone).
 * Negatives: for_each("x", print_cb); for_count(a->phone, count_cb), an
 * iterator whose callback type (int (*)(const char *)) no logging function
 * has.
 * Not here (a known gap, see the report): for_each(a->phone, count_cb) with
 * count_cb of the same type as print_cb is reported, because the indirect
 * call inside for_each resolves to every address-taken function of its type
 * whatever the caller passes. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
        char phone[16] PI(phone);
};

typedef void (*visit_fn)(const char *item, void *ctx);

static void print_cb(const char *item, void *ctx)
{
        (void)ctx;
        printf("item %s\n", item);
}

static int count_cb(const char *item)
{
        int n = 0;
        while (item[n])
                n++;
        return n;
}

int for_count(const char *item, int (*fn)(const char *))
{
        return fn(item);
}

void for_each(const char *item, visit_fn fn, void *ctx)
{
        fn(item, ctx);
}

void apply(visit_fn fn, const char *item)
{
        fn(item, NULL);
}

void handle(const struct app *a)
{
        for_each(a->phone, print_cb, NULL); // expect: pi-logging "phone"
        apply(print_cb, a->phone); // expect: pi-logging "phone"
        printf("%d\n", for_count(a->phone, count_cb));
        for_each("x", print_cb, NULL);
}
