/* pi-unverified-sanitizer follows the sanitizer's calls into the project's
 * own helpers: an encrypt sanitizer that calls a helper which calls
 * EVP_EncryptUpdate (two levels down) is not reported; one whose helper
 * only XORs is. */
// pitrace-args: --no-heuristics
#include <openssl/evp.h>
#include "pitrace.h"

static int do_cipher(EVP_CIPHER_CTX *ctx, unsigned char *out,
		     const unsigned char *in, int n)
{
	int len = 0;
	EVP_EncryptUpdate(ctx, out, &len, in, n);
	return len;
}

static int cipher_block(unsigned char *out, const unsigned char *in, int n,
			const unsigned char *key)
{
	EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
	EVP_EncryptInit_ex(ctx, EVP_aes_128_ctr(), NULL, key, key);
	int r = do_cipher(ctx, out, in, n);
	EVP_CIPHER_CTX_free(ctx);
	return r;
}

static int scramble(unsigned char *out, const unsigned char *in, int n)
{
	for (int i = 0; i < n; i++)
		out[i] = in[i] ^ 0x33;
	return n;
}

int seal_record(unsigned char *out, const unsigned char *in, int n,
		const unsigned char *key) PI_SANITIZER(encrypt);
int scramble_record(unsigned char *out, const unsigned char *in, int n) PI_SANITIZER(encrypt);

int seal_record(unsigned char *out, const unsigned char *in, int n,
		const unsigned char *key)
{
	return cipher_block(out, in, n, key);
}

int scramble_record(unsigned char *out, const unsigned char *in, int n) // expect: pi-unverified-sanitizer
{
	return scramble(out, in, n);
}
