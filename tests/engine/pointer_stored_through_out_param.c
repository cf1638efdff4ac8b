/* A callee that stores a pointer through a pointer to a pointer
 * (`*a = b`, a list's head) hands the caller what b points to: ppp's
 * RADIUS plugin builds its request with rc_avpair_add(&send, ...), whose
 * rc_avpair_insert makes the new pair the head, and sends the list. The
 * row `$1 (the pointer) -> $0.*` carried b's value, but the caller's
 * place for the head did not point to b's object, so the pair's text
 * (the calling station's phone number) was not in it. */
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

struct value_pair {
	char strvalue[64];
	struct value_pair *next;
};

char remote_number[32];

static void pair_insert(struct value_pair **head, struct value_pair *b)
{
	if (*head == NULL) {
		*head = b;
		return;
	}
	(*head)->next = b;
}

struct value_pair *pair_add(struct value_pair **list, const char *text)
{
	struct value_pair *vp = malloc(sizeof *vp);
	if (!vp)
		return NULL;
	strncpy(vp->strvalue, text, sizeof vp->strvalue);
	vp->next = NULL;
	pair_insert(list, vp);
	return vp;
}

int send_head(int s)
{
	struct value_pair *send = NULL;
	pair_add(&send, remote_number);
	return (int)sendto(s, send->strvalue, 64, 0, NULL, 0);	// expect: pi-cleartext-transmission "phone"
}

int send_returned(int s)
{
	struct value_pair *unused = NULL;
	struct value_pair *vp = pair_add(&unused, remote_number);
	return (int)sendto(s, vp->strvalue, 64, 0, NULL, 0);	// expect: pi-cleartext-transmission "phone"
}

int send_other(int s)
{
	struct value_pair *send = NULL;
	pair_add(&send, "NAS-Identifier");
	return (int)sendto(s, send->strvalue, 64, 0, NULL, 0);
}
