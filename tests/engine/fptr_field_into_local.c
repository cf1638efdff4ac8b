/* Interprocedural: a function pointer read from a record field into a
 * local, then called through the local, reaches the functions the
 * program stores in that field, also when another path gives the local a
 * fallback (libesmtp's header printers: `print = act->print` from a
 * table entry found by name, `if (print == NULL) print = print_string`).
 * Before, the fallback was the only function the call reached: the
 * lookup's entry is memory the analysis knows nothing of, so the read
 * gave no function, and the fallback's address was "what is known".
 * Positives: the recipient the table's printer copies into the header
 * buffer is sent, through a lookup with a fallback (header_text), and
 * through the same without the ternary (header_text_plain).
 * The same when the entry comes from a table of the caller's, searched
 * by name (libesmtp's process_header: the entry is below a widened input,
 * which names nothing the caller could resolve; header_from_registry).
 * Negative: a field that only ever holds the quiet printer
 * (quiet_actions.print) keeps the call away from the recipient. */
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

struct header_action {
	const char *name;
	print_fn print;
};

struct quiet_action {
	const char *name;
	print_fn print;
};

static void print_to(struct message *m)
{
	size_t n = strlen(m->rcpt->mailbox);
	memcpy(m->buf, m->rcpt->mailbox, n);
	m->len = n;
}

static void print_string(struct message *m)
{
	memcpy(m->buf, "x", 1);
	m->len = 1;
}

static const struct header_action header_actions[] = {
	{ "To", print_to },
	{ "Subject", print_string },
};

static const struct quiet_action quiet_actions[] = {
	{ "Subject", print_string },
};

static const struct header_action *find_header(const char *name)
{
	for (unsigned i = 0; i < sizeof header_actions / sizeof header_actions[0]; i++)
		if (strcmp(header_actions[i].name, name) == 0)
			return &header_actions[i];
	return NULL;
}

static const struct quiet_action *find_quiet(const char *name)
{
	for (unsigned i = 0; i < sizeof quiet_actions / sizeof quiet_actions[0]; i++)
		if (strcmp(quiet_actions[i].name, name) == 0)
			return &quiet_actions[i];
	return NULL;
}

static void header_text(struct message *m, const char *name)
{
	const struct header_action *act = find_header(name);
	print_fn print = act ? act->print : NULL;
	if (print == NULL)
		print = print_string;
	(*print)(m);
}

static void header_text_plain(struct message *m, const char *name)
{
	const struct header_action *act = find_header(name);
	print_fn print = act->print;
	if (print == NULL)
		print = print_string;
	print(m);
}

static void quiet_text(struct message *m, const char *name)
{
	const struct quiet_action *act = find_quiet(name);
	print_fn print = act ? act->print : NULL;
	if (print == NULL)
		print = print_string;
	print(m);
}

void send_header(int sock, struct recipient *r)
{
	struct message m = { .rcpt = r };
	header_text(&m, "To");
	send(sock, m.buf, m.len, 0);	// expect: pi-cleartext-transmission "email"
}

void send_header_plain(int sock, struct recipient *r)
{
	struct message m = { .rcpt = r };
	header_text_plain(&m, "To");
	send(sock, m.buf, m.len, 0);	// expect: pi-cleartext-transmission "email"
}

void send_quiet(int sock, struct recipient *r)
{
	struct message m = { .rcpt = r };
	quiet_text(&m, "Subject");
	send(sock, m.buf, m.len, 0);
}

/* entries of a registry the caller owns, as libesmtp's hash of header
 * names (h_search returns the node's payload) */
struct node {
	struct node *next;
	const char *name;
	const struct header_action *action;
};

struct registry {
	struct node *buckets[16];
};

static struct node *lookup(struct registry *r, const char *name)
{
	for (struct node *n = r->buckets[name[0] & 15]; n != NULL; n = n->next)
		if (strcmp(n->name, name) == 0)
			return n;
	return NULL;
}

static void header_from_registry(struct registry *r, struct message *m, const char *name)
{
	struct node *n = lookup(r, name);
	print_fn print = NULL;
	if (n != NULL && n->action != NULL)
		print = n->action->print;
	if (print == NULL)
		print = print_string;
	(*print)(m);
}

void send_registered(int sock, struct registry *reg, struct recipient *r)
{
	struct message m = { .rcpt = r };
	header_from_registry(reg, &m, "To");
	send(sock, m.buf, m.len, 0);	// expect: pi-cleartext-transmission "email"
}
