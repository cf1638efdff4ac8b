/* A number stored in a place named as a length, a size or a count is
 * that, whatever it was computed from (CONTRACT 3: data derived from PI
 * through a length is not PI): heuristic heur.length. freeradius decodes
 * a tunnel password's length from its first byte (`reallen = passwd[2] ^
 * digest[0]`, then `*pwlen = reallen`), and the password's "length" was
 * logged as the password.
 * Negatives: a local, a field and a parameter's target named as lengths,
 * each computed from the password, then printed.
 * Positives: the same numbers in places named otherwise; text in a
 * place named as a length is still what it holds; an `account` is not a
 * count. */
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct pair {
	size_t length;
	long value;
	char text[32];
};

static void decode(const unsigned char *password, size_t *pwlen, long *first)
{
	size_t reallen = password[2] ^ 0x5a;
	*pwlen = reallen;
	*first = password[0];
}

void show_lengths(const unsigned char *password, struct pair *vp)
{
	size_t pwlen;
	long first;
	decode(password, &pwlen, &first);
	printf("%zu\n", pwlen);
	vp->length = password[1] ^ password[3];
	printf("%zu\n", vp->length);
	printf("%ld\n", first);	// expect: pi-logging "credential"
	vp->value = password[1];
	printf("%ld\n", vp->value);	// expect: pi-logging "credential"
}

void text_named_len(const char *password)
{
	char len[16];
	strcpy(len, password);
	puts(len);	// expect: pi-logging "credential"
}

void account_not_count(const char *password)
{
	long account = password[0];
	printf("%ld\n", account);	// expect: pi-logging "credential"
}
