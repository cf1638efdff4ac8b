/* xtu_fptr_same_record_name: the program, whose own `struct table_type`
 * compares through a parameter of its own record type, and logs what it
 * compares. Handing PI to the vendored lookup reaches no log. */
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app_table;

struct table_type {
	int (*compare)(struct app_table *t, const void *a, const void *b);
};

struct app_table {
	const struct table_type *type;
	int verbose;
};

struct table {
	const struct table_type *type;
	void *priv;
	const char *keys[4];
};

struct instance {
	char auth_pass[64] PI(credential);
};

int lib_find(struct table *t, const char *key);

static int app_compare(struct app_table *t, const void *a, const void *b)
{
	if (t->verbose)
		fprintf(stderr, "comparing %s with %s\n", (const char *)a, (const char *)b);
	return strcmp(a, b) == 0;
}

const struct table_type app_type = { app_compare };

struct hook_type {
	void (*run)(struct app_table *t);
};

struct hook {
	const struct hook_type *type;
};

void lib_run(struct hook *h, char *arg);

/* stored through a cast: a call through a field of any type may reach it */
static void print_arg(void *arg)
{
	puts((const char *)arg);
}

const struct hook_type app_hooks = { (void (*)(struct app_table *))print_arg };

int app_lookup(struct app_table *t, const char *key)
{
	return t->type->compare(t, key, "x");
}

void send_auth(struct table *callbacks, struct hook *hooks, struct instance *ri)
{
	lib_find(callbacks, ri->auth_pass);
	lib_run(hooks, ri->auth_pass); // expect: pi-logging
}
