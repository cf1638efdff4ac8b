/* A record smeared as a whole holds PI in its text, not in its numbers.
 * freeradius's cf_section_parse writes configuration into a record at
 * offsets (here: bytes copied over it from a buffer that holds a
 * password), so pitrace loses track of which field got what; reading the
 * record's text fields still finds the PI, but its prefix length and
 * address family are numbers the smear never made PI. A number field
 * that itself was given PI still carries it. */
#include <stdio.h>
#include <string.h>

struct listen_sock {
	int af;
	unsigned char prefix;
	char label[32];
	long card;
};

void parse(struct listen_sock *sock, const char *login_password)
{
	char buf[sizeof *sock];
	strncpy(buf, login_password, sizeof buf);
	memcpy(sock, buf, sizeof *sock);
	fprintf(stderr, "af %d prefix %u\n", sock->af, sock->prefix);
	fprintf(stderr, "label %s\n", sock->label);             // expect: pi-logging "credential"
}

void own(struct listen_sock *sock, long bank_card_number)
{
	sock->card = bank_card_number;
	fprintf(stderr, "%ld\n", sock->card);                   // expect: pi-logging "bank_account"
}
