/* pi-unverified-sanitizer is not reported for an encrypt sanitizer whose body
 * calls a known cipher: OpenSSL EVP_EncryptUpdate, or libsodium
 * crypto_secretbox_easy. */
// pitrace-args: --no-heuristics
#include <openssl/evp.h>
#include <sodium.h>
#include "pitrace.h"

int evp_encrypt(const unsigned char *in, int n, unsigned char *out,
		const unsigned char *key, const unsigned char *iv) PI_SANITIZER(encrypt);
int sodium_encrypt(unsigned char *out, const unsigned char *in,
		   unsigned long long n, const unsigned char *nonce,
		   const unsigned char *key) PI_SANITIZER(encrypt);

int evp_encrypt(const unsigned char *in, int n, unsigned char *out,
		const unsigned char *key, const unsigned char *iv)
{
	EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
	int len = 0, total = 0;
	EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
	EVP_EncryptUpdate(ctx, out, &len, in, n);
	total = len;
	EVP_EncryptFinal_ex(ctx, out + total, &len);
	EVP_CIPHER_CTX_free(ctx);
	return total + len;
}

int sodium_encrypt(unsigned char *out, const unsigned char *in,
		   unsigned long long n, const unsigned char *nonce,
		   const unsigned char *key)
{
	return crypto_secretbox_easy(out, in, n, nonce, key);
}
