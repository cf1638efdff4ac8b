/* crypto.h - field protection: AES-256-GCM, masking, digests. */
#ifndef CERTPLATFORM_CRYPTO_H
#define CERTPLATFORM_CRYPTO_H

#include <stddef.h>

#include "pitrace.h"

#define FIELD_KEY_PATH "/etc/certplatform/field.key"

int crypto_init(const char *key_path);
void crypto_shutdown(void);

/* AES-256-GCM under the field key: "g1:" + base64(nonce | ciphertext | tag).
 * The caller frees the result. */
char *encrypt_field(const char *plaintext) PI_SANITIZER(encrypt);
/* AES-256-GCM of a binary document: nonce | ciphertext | tag */
unsigned char *encrypt_blob(const unsigned char *in, size_t len, size_t *out_len) PI_SANITIZER(encrypt);
char *decrypt_field(const char *token) PI(other);

/* v1 storage format of the 2019 release, still used for the phone column */
char *legacy_encrypt(const char *plaintext) PI_SANITIZER(encrypt);
char *legacy_decrypt(const char *token);

/* 110105********1239 */
char *mask_id_number(const char *id) PI_SANITIZER(mask);
/* 138****5678 */
char *mask_phone(const char *number) PI_SANITIZER(mask);
/* lowercase hex SHA-256 */
char *sha256_hex(const char *text) PI_SANITIZER(hash);

#endif
