/* crypto.c - AES-256-GCM field encryption (OpenSSL EVP), masks and digests. */
#include "crypto.h"
#include "log.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#define GCM_NONCE_LEN 12
#define GCM_TAG_LEN 16
#define FIELD_PREFIX "g1:"

static unsigned char field_key[32];
static int key_loaded;

int crypto_init(const char *key_path)
{
	FILE *f = fopen(key_path, "rb");
	size_t got;

	if (!f) {
		log_msg(LOG_ERR, "cannot open field key %s", key_path);
		return -1;
	}
	got = fread(field_key, 1, sizeof field_key, f);
	fclose(f);
	if (got != sizeof field_key) {
		log_msg(LOG_ERR, "field key %s is %zu bytes, expected %zu", key_path, got,
			sizeof field_key);
		OPENSSL_cleanse(field_key, sizeof field_key);
		return -1;
	}
	key_loaded = 1;
	return 0;
}

void crypto_shutdown(void)
{
	OPENSSL_cleanse(field_key, sizeof field_key);
	key_loaded = 0;
}

unsigned char *encrypt_blob(const unsigned char *in, size_t len, size_t *out_len)
{
	EVP_CIPHER_CTX *ctx;
	unsigned char *out;
	int n = 0, fin = 0;

	*out_len = 0;
	if (!key_loaded || len > (size_t)0x7fffffff - GCM_NONCE_LEN - GCM_TAG_LEN)
		return NULL;
	out = malloc(GCM_NONCE_LEN + len + GCM_TAG_LEN);
	if (!out)
		return NULL;
	ctx = EVP_CIPHER_CTX_new();
	if (!ctx || RAND_bytes(out, GCM_NONCE_LEN) != 1 ||
	    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, NULL, NULL) != 1 ||
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, GCM_NONCE_LEN, NULL) != 1 ||
	    EVP_EncryptInit_ex(ctx, NULL, NULL, field_key, out) != 1 ||
	    EVP_EncryptUpdate(ctx, out + GCM_NONCE_LEN, &n, in, (int)len) != 1 ||
	    EVP_EncryptFinal_ex(ctx, out + GCM_NONCE_LEN + n, &fin) != 1 ||
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, GCM_TAG_LEN,
				out + GCM_NONCE_LEN + n + fin) != 1) {
		EVP_CIPHER_CTX_free(ctx);
		free(out);
		return NULL;
	}
	EVP_CIPHER_CTX_free(ctx);
	*out_len = GCM_NONCE_LEN + (size_t)n + (size_t)fin + GCM_TAG_LEN;
	return out;
}

char *encrypt_field(const char *plaintext)
{
	size_t len = strlen(plaintext);
	EVP_CIPHER_CTX *ctx;
	unsigned char *sealed;
	char *b64, *token;
	int n = 0, fin = 0;

	if (!key_loaded)
		return NULL;
	sealed = malloc(GCM_NONCE_LEN + len + GCM_TAG_LEN);
	if (!sealed)
		return NULL;
	ctx = EVP_CIPHER_CTX_new();
	if (!ctx || RAND_bytes(sealed, GCM_NONCE_LEN) != 1 ||
	    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, NULL, NULL) != 1 ||
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, GCM_NONCE_LEN, NULL) != 1 ||
	    EVP_EncryptInit_ex(ctx, NULL, NULL, field_key, sealed) != 1 ||
	    EVP_EncryptUpdate(ctx, sealed + GCM_NONCE_LEN, &n, (const unsigned char *)plaintext,
			      (int)len) != 1 ||
	    EVP_EncryptFinal_ex(ctx, sealed + GCM_NONCE_LEN + n, &fin) != 1 ||
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, GCM_TAG_LEN,
				sealed + GCM_NONCE_LEN + n + fin) != 1) {
		EVP_CIPHER_CTX_free(ctx);
		free(sealed);
		return NULL;
	}
	EVP_CIPHER_CTX_free(ctx);

	b64 = b64_encode(sealed, GCM_NONCE_LEN + (size_t)n + (size_t)fin + GCM_TAG_LEN);
	free(sealed);
	if (!b64)
		return NULL;
	token = malloc(strlen(FIELD_PREFIX) + strlen(b64) + 1);
	if (token) {
		strcpy(token, FIELD_PREFIX);
		strcat(token, b64);
	}
	free(b64);
	return token;
}

char *decrypt_field(const char *token)
{
	EVP_CIPHER_CTX *ctx;
	unsigned char *raw;
	char *plain = NULL;
	size_t raw_len, ct_len;
	int n = 0, fin = 0;

	if (!key_loaded || strncmp(token, FIELD_PREFIX, strlen(FIELD_PREFIX)) != 0)
		return NULL;
	raw = b64_decode(token + strlen(FIELD_PREFIX), &raw_len);
	if (!raw)
		return NULL;
	if (raw_len < GCM_NONCE_LEN + GCM_TAG_LEN)
		goto out;
	ct_len = raw_len - GCM_NONCE_LEN - GCM_TAG_LEN;
	plain = malloc(ct_len + 1);
	if (!plain)
		goto out;
	ctx = EVP_CIPHER_CTX_new();
	if (!ctx || EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, NULL, NULL) != 1 ||
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, GCM_NONCE_LEN, NULL) != 1 ||
	    EVP_DecryptInit_ex(ctx, NULL, NULL, field_key, raw) != 1 ||
	    EVP_DecryptUpdate(ctx, (unsigned char *)plain, &n, raw + GCM_NONCE_LEN,
			      (int)ct_len) != 1 ||
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, GCM_TAG_LEN,
				raw + GCM_NONCE_LEN + ct_len) != 1 ||
	    EVP_DecryptFinal_ex(ctx, (unsigned char *)plain + n, &fin) != 1) {
		EVP_CIPHER_CTX_free(ctx);
		free(plain);
		plain = NULL;
		goto out;
	}
	EVP_CIPHER_CTX_free(ctx);
	plain[n + fin] = '\0';
out:
	free(raw);
	return plain;
}

static char *mask_middle(const char *s, size_t keep_head, size_t keep_tail)
{
	size_t len = strlen(s), i;
	char *out = malloc(len + 1);

	if (!out)
		return NULL;
	for (i = 0; i < len; i++)
		out[i] = (i < keep_head || i + keep_tail >= len) ? s[i] : '*';
	out[len] = '\0';
	return out;
}

char *mask_id_number(const char *id)
{
	/* region code and check character stay visible */
	return mask_middle(id, 6, 4);
}

char *mask_phone(const char *number)
{
	return mask_middle(number, 3, 4);
}

char *mask_name(const char *full)
{
	size_t first = 1, rest = 0, i;
	const unsigned char *p = (const unsigned char *)full;
	char *out;

	if (*p == '\0')
		return xstrdup("");
	/* keep the whole first UTF-8 character (the family name) */
	while (p[first] != '\0' && (p[first] & 0xc0) == 0x80)
		first++;
	for (i = first; p[i] != '\0'; i++)
		if ((p[i] & 0xc0) != 0x80)
			rest++;
	out = malloc(first + (rest ? rest : 1) + 1);
	if (!out)
		return NULL;
	memcpy(out, full, first);
	memset(out + first, '*', rest ? rest : 1);
	out[first + (rest ? rest : 1)] = '\0';
	return out;
}

char *address_region(const char *full)
{
	static const char city_mark[] = "\xe5\xb8\x82"; /* U+5E02, city */
	const char *mark = strstr(full, city_mark);
	const char *comma;
	char *out;
	size_t len;

	if (mark) {
		/* "浙江省杭州市西湖区..." -> "浙江省杭州市" */
		len = (size_t)(mark - full) + strlen(city_mark);
		out = malloc(len + 1);
		if (out) {
			memcpy(out, full, len);
			out[len] = '\0';
		}
		return out;
	}
	/* "No. 8 Demo Road, Chaoyang District, Beijing" -> "Beijing" */
	comma = strrchr(full, ',');
	if (!comma)
		return xstrdup("");
	comma++;
	while (*comma == ' ')
		comma++;
	return xstrdup(comma);
}

char *sha256_hex(const char *text)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int md_len = 0, i;
	char *out;

	if (EVP_Digest(text, strlen(text), md, &md_len, EVP_sha256(), NULL) != 1)
		return NULL;
	out = malloc(2 * md_len + 1);
	if (!out)
		return NULL;
	for (i = 0; i < md_len; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 0xf];
	}
	out[2 * md_len] = '\0';
	return out;
}
