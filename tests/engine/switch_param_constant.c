/* Interprocedural: a function that switches on a parameter, called with
 * a constant there, does for that caller what that case does. opensmtpd's
 * relay session enters each state with mta_enter_state(s, STATE); one
 * case queues RCPT TO with the recipient, the others do not. Joined over
 * every case, entering the banner state queued the recipient, and the
 * flush after it (io_set_read in mta_tls_verified) was reported as
 * sending it. curl_url_get(u, CURLUPART_SCHEME, &p) likewise returns the
 * scheme, not the password another case returns.
 * Each caller sends with a call of its own: one leak per call (CONTRACT
 * 3, one leak, one finding).
 * Positives: entering the RCPT state queues the recipient, and the
 * send after it sends it (enter_rcpt); a wrapper that passes the state on (go) is
 * followed to the same case (go_rcpt); a state known only at run time
 * takes every case (enter_any); get_part's password case logs it.
 * Negatives: entering the banner state, directly or through the wrapper,
 * sends nothing of the recipient; asking for the scheme logs no password;
 * a parameter the function assigns before its switch is not a constant
 * there (step_assigned: every case, a positive). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include "pitrace.h"

enum state { S_BANNER, S_EHLO, S_RCPT, S_QUIT };

struct envelope {
	char rcpt[64] PI(email);
};

struct session {
	int sock;
	char out[256];
	struct envelope *evp;
};

static void enter_state(struct session *s, enum state st)
{
	switch (st) {
	case S_BANNER:
		strcpy(s->out, "");
		break;
	case S_EHLO:
		strcpy(s->out, "EHLO relay.example\r\n");
		break;
	case S_RCPT:
		snprintf(s->out, sizeof s->out, "RCPT TO:<%s>\r\n", s->evp->rcpt);
		break;
	default:
		strcpy(s->out, "QUIT\r\n");
		break;
	}
}

static void go(struct session *s, enum state st)
{
	enter_state(s, st);
}

void enter_banner(struct session *s)
{
	enter_state(s, S_BANNER);
	send(s->sock, s->out, strlen(s->out), 0);
}

void enter_rcpt(struct session *s)
{
	enter_state(s, S_RCPT);
	send(s->sock, s->out, strlen(s->out), 0);	// expect: pi-cleartext-transmission "email"
}

void go_banner(struct session *s)
{
	go(s, S_BANNER);
	send(s->sock, s->out, strlen(s->out), 0);
}

void go_rcpt(struct session *s)
{
	go(s, S_RCPT);
	send(s->sock, s->out, strlen(s->out), 0);	// expect: pi-cleartext-transmission "email"
}

void enter_any(struct session *s, enum state st)
{
	enter_state(s, st);
	send(s->sock, s->out, strlen(s->out), 0);	// expect: pi-cleartext-transmission "email"
}

/* a getter switching on which part is asked for */
enum part { P_SCHEME, P_PASSWORD };

struct url {
	char scheme[8];
	char password[32] PI(credential);
};

static const char *get_part(const struct url *u, enum part what)
{
	switch (what) {
	case P_SCHEME:
		return u->scheme;
	case P_PASSWORD:
		return u->password;
	}
	return "";
}

void show_scheme(const struct url *u)
{
	printf("scheme %s\n", get_part(u, P_SCHEME));
}

void show_password(const struct url *u)
{
	printf("password %s\n", get_part(u, P_PASSWORD));	// expect: pi-logging "credential"
}

/* assigned before the switch: not the caller's constant any more */
static const char *step_assigned(const struct url *u, enum part what)
{
	what = what == P_SCHEME ? P_PASSWORD : P_SCHEME;
	switch (what) {
	case P_SCHEME:
		return u->scheme;
	default:
		return u->password;
	}
}

void show_step(const struct url *u)
{
	printf("step %s\n", step_assigned(u, P_SCHEME));	// expect: pi-logging "credential"
}
