/* Interprocedural: a state machine that keeps its state in the session
 * and moves on by assigning the parameter a constant and going back, as
 * opensmtpd's relay does (`s->state = newstate; switch (s->state)`, and
 * `mta_enter_state(s, X)` inside the function a macro for `newstate = X;
 * goto again`). A caller that enters one state gets the cases that state
 * reaches, the states it moves on to included, and no other.
 * Positives: entering RCPT queues the recipient (enter_rcpt); entering
 * MAIL moves on to RCPT (enter_mail); a state known only at run time
 * takes every case (enter_any); a parameter assigned something other
 * than a constant is not followed by value (enter_computed); a next state
 * assigned inside an expression is followed (enter_nested_ehlo); a callee
 * given the session between the store and the switch may change the
 * state, so the switch is not taken for the parameter's (enter_touched_banner).
 * Negatives: entering BANNER or EHLO queues nothing of the recipient,
 * though RCPT's case is in the same switch; nor does entering QUIT,
 * whose case is the default.
 * Each caller sends with a call of its own: one leak per call (CONTRACT
 * 3, one leak, one finding). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include "pitrace.h"

enum state { S_BANNER, S_EHLO, S_MAIL, S_RCPT, S_QUIT };

struct envelope {
	char rcpt[64] PI(email);
};

struct session {
	int sock;
	int state;
	char out[256];
	struct envelope *evp;
};

static void enter_state(struct session *s, int newstate)
{
again:
	s->state = newstate;
	switch (s->state) {
	case S_BANNER:
		strcpy(s->out, "");
		break;
	case S_EHLO:
		strcpy(s->out, "EHLO relay.example\r\n");
		break;
	case S_MAIL:
		strcpy(s->out, "MAIL FROM:<>\r\n");
		newstate = S_RCPT;
		goto again;
	case S_RCPT:
		snprintf(s->out, sizeof s->out, "RCPT TO:<%s>\r\n", s->evp->rcpt);
		break;
	default:
		strcpy(s->out, "QUIT\r\n");
		break;
	}
}

void enter_banner(struct session *s)
{
	enter_state(s, S_BANNER);
	send(s->sock, s->out, strlen(s->out), 0);
}

void enter_ehlo(struct session *s)
{
	enter_state(s, S_EHLO);
	send(s->sock, s->out, strlen(s->out), 0);
}

void enter_quit(struct session *s)
{
	enter_state(s, S_QUIT);
	send(s->sock, s->out, strlen(s->out), 0);
}

void enter_rcpt(struct session *s)
{
	enter_state(s, S_RCPT);
	send(s->sock, s->out, strlen(s->out), 0);	// expect: pi-cleartext-transmission "email"
}

void enter_mail(struct session *s)
{
	enter_state(s, S_MAIL);
	send(s->sock, s->out, strlen(s->out), 0);	// expect: pi-cleartext-transmission "email"
}

void enter_any(struct session *s, int st)
{
	enter_state(s, st);
	send(s->sock, s->out, strlen(s->out), 0);	// expect: pi-cleartext-transmission "email"
}

/* the next state computed, not a constant: every case */
static void step(struct session *s, int newstate)
{
	newstate = newstate + 1;
	s->state = newstate;
	switch (s->state) {
	case S_RCPT:
		snprintf(s->out, sizeof s->out, "RCPT TO:<%s>\r\n", s->evp->rcpt);
		break;
	default:
		strcpy(s->out, "NOOP\r\n");
		break;
	}
}

void enter_computed(struct session *s)
{
	step(s, S_BANNER);
	send(s->sock, s->out, strlen(s->out), 0);	// expect: pi-cleartext-transmission "email"
}

/* a callee given the session between the store and the switch may change
 * the state: the switch is not taken for the parameter's */
void touch(struct session *s);

static void enter_touched(struct session *s, int newstate)
{
	s->state = newstate;
	touch(s);
	switch (s->state) {
	case S_RCPT:
		snprintf(s->out, sizeof s->out, "RCPT TO:<%s>\r\n", s->evp->rcpt);
		break;
	default:
		strcpy(s->out, "NOOP\r\n");
		break;
	}
}

void enter_touched_banner(struct session *s)
{
	enter_touched(s, S_BANNER);
	send(s->sock, s->out, strlen(s->out), 0);	// expect: pi-cleartext-transmission "email"
}

/* the next state assigned inside an expression counts as well */
void note_state(int st);

static void enter_nested(struct session *s, int newstate)
{
again:
	s->state = newstate;
	switch (s->state) {
	case S_EHLO:
		note_state(newstate = S_RCPT);
		goto again;
	case S_RCPT:
		snprintf(s->out, sizeof s->out, "RCPT TO:<%s>\r\n", s->evp->rcpt);
		break;
	default:
		strcpy(s->out, "NOOP\r\n");
		break;
	}
}

void enter_nested_ehlo(struct session *s)
{
	enter_nested(s, S_EHLO);
	send(s->sock, s->out, strlen(s->out), 0);	// expect: pi-cleartext-transmission "email"
}

void enter_nested_banner(struct session *s)
{
	enter_nested(s, S_BANNER);
	send(s->sock, s->out, strlen(s->out), 0);
}
