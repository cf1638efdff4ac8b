/* Interprocedural: calls through a function-pointer field of a record
 * (an ops table) reach the functions the program stores in that field,
 * not every function of the pointer's type.
 * struct store_ops.save holds file_save (a designated initializer) and
 * log_save (positional); struct cache_ops.save, of the very same type,
 * holds only quiet_save, which keeps its argument in memory, and
 * net_save, given by assignment.
 * Positives: a call through store_ops.save reaches fwrite and syslog-like
 * logging; a call through cache_ops.save reaches send() (net_save, stored
 * by assignment).
 * Negatives: with type-based resolution, the cache_ops call would also
 * reach file_save and log_save (same type) and be reported as storage and
 * logging; it is not. A field given a callback from a parameter is open
 * and falls back to the type: see hooks.on_save below. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include "pitrace.h"

struct person {
	char id_number[19] PI(id_number);
};

typedef void (*save_fn)(const char *value);

struct store_ops {
	const char *name;
	save_fn save;
};

struct cache_ops {
	save_fn save;
};

static char memory[64];
static FILE *db;
static int sock;

static void file_save(const char *v) { fwrite(v, 1, strlen(v), db); }
static void log_save(const char *v) { fprintf(stderr, "saved %s\n", v); }
static void quiet_save(const char *v) { strncpy(memory, v, sizeof memory - 1); }
static void net_save(const char *v) { send(sock, v, strlen(v), 0); }

static const struct store_ops file_ops = { .name = "file", .save = file_save };
static const struct store_ops log_ops = { "log", log_save };
static struct cache_ops cache = { quiet_save };

struct hooks {
	save_fn on_save;
};

void use_network(void)
{
	cache.save = net_save;
}

void set_hook(struct hooks *h, save_fn fn)
{
	h->on_save = fn;	/* anything a caller passes: open */
}

void save_person(const struct store_ops *ops, const struct person *p)
{
	ops->save(p->id_number); // expect: pi-unencrypted-storage "file_save" pi-logging "log_save"
}

void cache_person(const struct person *p)
{
	cache.save(p->id_number); // expect: pi-cleartext-transmission "net_save"
}

void hook_person(const struct hooks *h, const struct person *p)
{
	/* open field: every address-taken save_fn, quiet_save and net_save too */
	h->on_save(p->id_number); // expect: pi-unencrypted-storage pi-logging pi-cleartext-transmission
}

const struct store_ops *pick(int i)
{
	return i ? &file_ops : &log_ops;
}
