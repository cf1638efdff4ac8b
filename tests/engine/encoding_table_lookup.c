/* A character read from a constant table of characters by an index
 * (`base64[c >> 2]`, `hex[b & 0xf]`) is the index encoded: base64 and
 * hex are encodings, not protection (CONTRACT 3). libesmtp's AUTH PLAIN
 * exchange base64-encodes the password so before it writes it; the
 * lookup took nothing of its index, and the password was lost there.
 * Any other array's element is what it holds, whatever index picked it.
 * A table the caller passes as a `const char *` is read the same way:
 * curl's base64_encode(table64, ...) is given the standard or the
 * URL-safe alphabet, and the HTTP Basic header it encodes was lost. A
 * writable buffer passed in (`char *`) is not a table. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "pitrace.h"

static const char base64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static char scratch[64] = "not a table: written at run time";

static int b64_encode(char *dst, const char *src, int n)
{
	char *to = dst;
	for (int i = 0; i < n; i++) {
		unsigned char c = (unsigned char)src[i];
		*to++ = base64[c >> 2];
		*to++ = base64[(c & 0x03) << 4];
	}
	*to = '\0';
	return (int)(to - dst);
}

static int pick(char *dst, const char *src, int n)
{
	char *to = dst;
	for (int i = 0; i < n; i++)
		*to++ = scratch[(unsigned char)src[i] & 0x3f];
	*to = '\0';
	return (int)(to - dst);
}

void auth_plain(int sock, const char *password PI(credential))
{
	char buf[256];
	int len = b64_encode(buf, password, (int)strlen(password));
	write(sock, buf, (size_t)len);		// expect: pi-unencrypted-storage "credential"
}

void shuffle(const char *password PI(credential))
{
	char buf[256];
	pick(buf, password, (int)strlen(password));
	puts(buf);
}

/* the alphabet as its caller passes it */
static int encode_with(const char *table64, char *dst, const char *src, int n)
{
	char *to = dst;
	for (int i = 0; i < n; i++)
		*to++ = table64[(unsigned char)src[i] >> 2];
	*to = '\0';
	return (int)(to - dst);
}

static int pick_from(char *pool, char *dst, const char *src, int n)
{
	char *to = dst;
	for (int i = 0; i < n; i++)
		*to++ = pool[(unsigned char)src[i] & 0x3f];
	*to = '\0';
	return (int)(to - dst);
}

void auth_basic(int sock, const char *password PI(credential))
{
	char buf[256];
	int len = encode_with(base64, buf, password, (int)strlen(password));
	write(sock, buf, (size_t)len);		// expect: pi-unencrypted-storage "credential"
}

void shuffle_passed(const char *password PI(credential))
{
	char buf[256];
	pick_from(scratch, buf, password, (int)strlen(password));
	puts(buf);
}
