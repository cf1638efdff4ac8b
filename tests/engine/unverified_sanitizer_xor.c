/* pi-unverified-sanitizer: a function declared PI_SANITIZER(encrypt) whose
 * body calls no known cipher - it only XORs with a fixed key, or only
 * base64-encodes - is reported at its name in its definition. A mask or hash
 * sanitizer is never this rule's concern, nor is an encrypt sanitizer that is
 * only declared here (its body is elsewhere). The attribute may sit on the
 * definition itself, and the name may be on its own line (GNU style): the
 * finding is on the name's line. */
// pitrace-args: --no-heuristics
#include <stddef.h>
#include <string.h>
#include "pitrace.h"

char *xor_encrypt(char *buf, size_t n) PI_SANITIZER(encrypt);
char *b64_encrypt(const char *in, char *out) PI_SANITIZER(encrypt);
char *mask_tail(char *buf) PI_SANITIZER(mask);
char *elsewhere_encrypt(const char *in) PI_SANITIZER(encrypt);

char *xor_encrypt(char *buf, size_t n)       // expect: pi-unverified-sanitizer
{
	for (size_t i = 0; i < n; i++)
		buf[i] ^= 0x5a;
	return buf;
}

static const char b64[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

char *b64_encrypt(const char *in, char *out) // expect: pi-unverified-sanitizer
{
	size_t n = strlen(in), o = 0;
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned char)in[i] << 16;
		if (i + 1 < n)
			v |= (unsigned char)in[i + 1] << 8;
		if (i + 2 < n)
			v |= (unsigned char)in[i + 2];
		out[o++] = b64[(v >> 18) & 63];
		out[o++] = b64[(v >> 12) & 63];
		out[o++] = i + 1 < n ? b64[(v >> 6) & 63] : '=';
		out[o++] = i + 2 < n ? b64[v & 63] : '=';
	}
	out[o] = '\0';
	return out;
}

char *mask_tail(char *buf)
{
	size_t n = strlen(buf);
	if (n > 4)
		memset(buf, '*', n - 4);
	return buf;
}

PI_SANITIZER(encrypt) static char *
copy_encrypt(char *dst, const char *src)     // expect: pi-unverified-sanitizer
{
	return strcpy(dst, src);
}

char *use(char *d, const char *s)
{
	return copy_encrypt(d, s);
}
