/* Interprocedural: a function pointer read from a table's field into a
 * local carries the table's functions only up to the bound a call
 * through a plain pointer follows (16, FPTR_SPECIFIC_FANOUT,
 * docs/engine.md "A field read into a local"). PostgreSQL's fmgr does
 * `finfo->fn_addr = fbp->func` from a table of 2,804 built-in
 * functions; carried as facts, that pointer made every FmgrInfo of the
 * server hold 2,804 functions and the whole-program analysis never
 * finished.
 * Positive: a table of 16 printers, one of which copies the recipient,
 * looked up by name and called through a local (send_narrow).
 * Known gap: the same with 17 printers is not followed (send_wide), as
 * a call through a pointer whose type has more than 16 functions is not
 * (the run's --stats counts it among the calls of unknown functions). */
// pitrace-args: --no-heuristics
#include <string.h>
#include <sys/socket.h>
#include "pitrace.h"

struct recipient {
	char *mailbox PI(email);
};

struct message {
	struct recipient *rcpt;
	char buf[512];
	size_t len;
};

typedef void (*print_fn)(struct message *m);
typedef void (*wide_fn)(struct message *m, int flags);

struct narrow_entry {
	const char *name;
	print_fn func;
};

struct wide_entry {
	const char *name;
	wide_fn func;
};

static void print_to(struct message *m)
{
	size_t n = strlen(m->rcpt->mailbox);
	memcpy(m->buf, m->rcpt->mailbox, n);
	m->len = n;
}

static void wide_to(struct message *m, int flags)
{
	size_t n = strlen(m->rcpt->mailbox);
	memcpy(m->buf, m->rcpt->mailbox, n);
	m->len = n + (size_t)flags;
}

/* fifteen constant printers of each kind */
#define CONSTANT_PRINTER(k)                              \
	static void print_##k(struct message *m)         \
	{                                                \
		memcpy(m->buf, #k, sizeof #k - 1);       \
		m->len = sizeof #k - 1;                  \
	}                                                \
	static void wide_##k(struct message *m, int f)   \
	{                                                \
		memcpy(m->buf, #k, sizeof #k - 1);       \
		m->len = sizeof #k - 1 + (size_t)f;      \
	}
CONSTANT_PRINTER(a) CONSTANT_PRINTER(b) CONSTANT_PRINTER(c) CONSTANT_PRINTER(d)
CONSTANT_PRINTER(e) CONSTANT_PRINTER(f) CONSTANT_PRINTER(g) CONSTANT_PRINTER(h)
CONSTANT_PRINTER(i) CONSTANT_PRINTER(j) CONSTANT_PRINTER(k) CONSTANT_PRINTER(l)
CONSTANT_PRINTER(m) CONSTANT_PRINTER(n) CONSTANT_PRINTER(o)

static void wide_p(struct message *m, int f)
{
	memcpy(m->buf, "p", 1);
	m->len = 1 + (size_t)f;
}

static const struct narrow_entry narrow_table[] = {
	{ "To", print_to }, { "a", print_a }, { "b", print_b }, { "c", print_c },
	{ "d", print_d }, { "e", print_e }, { "f", print_f }, { "g", print_g },
	{ "h", print_h }, { "i", print_i }, { "j", print_j }, { "k", print_k },
	{ "l", print_l }, { "m", print_m }, { "n", print_n }, { "o", print_o },
};

static const struct wide_entry wide_table[] = {
	{ "To", wide_to }, { "a", wide_a }, { "b", wide_b }, { "c", wide_c },
	{ "d", wide_d }, { "e", wide_e }, { "f", wide_f }, { "g", wide_g },
	{ "h", wide_h }, { "i", wide_i }, { "j", wide_j }, { "k", wide_k },
	{ "l", wide_l }, { "m", wide_m }, { "n", wide_n }, { "o", wide_o },
	{ "p", wide_p },
};

static const struct narrow_entry *find_narrow(const char *name)
{
	for (unsigned i = 0; i < sizeof narrow_table / sizeof narrow_table[0]; i++)
		if (strcmp(narrow_table[i].name, name) == 0)
			return &narrow_table[i];
	return NULL;
}

static const struct wide_entry *find_wide(const char *name)
{
	for (unsigned i = 0; i < sizeof wide_table / sizeof wide_table[0]; i++)
		if (strcmp(wide_table[i].name, name) == 0)
			return &wide_table[i];
	return NULL;
}

void send_narrow(int sock, struct recipient *r)
{
	struct message m = { .rcpt = r };
	print_fn fn = find_narrow("To")->func;
	fn(&m);
	send(sock, m.buf, m.len, 0);	// expect: pi-cleartext-transmission "email"
}

void send_wide(int sock, struct recipient *r)
{
	struct message m = { .rcpt = r };
	wide_fn fn = find_wide("To")->func;
	fn(&m, 0);
	send(sock, m.buf, m.len, 0);	// xfail: pi-cleartext-transmission
}
