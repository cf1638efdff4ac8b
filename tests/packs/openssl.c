/* rules/openssl.json: SSL_write is an encrypted channel to another party
 * (pi-external-transfer); EVP/AES/RSA encryption protects, digests hash,
 * base64 (EVP_EncodeBlock) is an encoding and protects nothing. */
#include <openssl/aes.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/md5.h>
#include <openssl/objects.h>
#include <openssl/rsa.h>
#include <openssl/sha.h>
#include <openssl/ssl.h>
#include <openssl/ui.h>
#include <stdio.h>
#include <unistd.h>
#include <string.h>
#include <sys/socket.h>

#include <pitrace.h>

struct holder {
        char id_number[19] PI(id_number);
        char mail[64] PI(email);
        char region[8]; /* not PI */
};

/* SSL_write: TLS to another party */
void tls_send(SSL *ssl, struct holder *h)
{
        SSL_write(ssl, h->id_number, 18);                               // expect: pi-external-transfer "id_number"
        size_t w;
        SSL_write_ex(ssl, h->mail, strlen(h->mail), &w);                // expect: pi-external-transfer
        SSL_write(ssl, h, sizeof *h);                                   // expect: pi-external-transfer
        SSL_write(ssl, h->region, 8);
}

/* encryption with EVP: the ciphertext may be stored, sent or logged */
void evp_encrypt(struct holder *h, const unsigned char *key, const unsigned char *iv)
{
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        unsigned char out[64];
        int n = 0, m = 0;
        EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);
        EVP_EncryptUpdate(ctx, out, &n, (const unsigned char *)h->id_number, 18);
        EVP_EncryptFinal_ex(ctx, out + n, &m);
        FILE *f = fopen("/data/ids.bin", "wb");
        fwrite(out, 1, (size_t)(n + m), f);
        int s = socket(AF_INET, SOCK_STREAM, 0);
        unsigned char out2[64];
        EVP_CipherUpdate(ctx, out2, &n, (const unsigned char *)h->mail, 10);
        send(s, out2, (size_t)n, 0);
        unsigned char sealed[64];
        EVP_SealUpdate(ctx, sealed, &n, (const unsigned char *)h->id_number, 18);
        fwrite(sealed, 1, (size_t)n, f);
        EVP_CIPHER_CTX_free(ctx);
}

/* a key the user typed keys the cipher and goes nowhere else */
void evp_keyed_by_passphrase(EVP_CIPHER_CTX *ctx, const unsigned char *iv)
{
        const char *passphrase = getpass("key> ");
        EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, (const unsigned char *)passphrase, iv);
        EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, (const unsigned char *)passphrase, iv);
}

/* the data a cipher context absorbed comes out encrypted at Final */
void evp_final_only(struct holder *h, EVP_CIPHER_CTX *ctx)
{
        unsigned char scratch[64], tail[32];
        int n;
        EVP_EncryptUpdate(ctx, scratch, &n, (const unsigned char *)h->mail, 10);
        EVP_EncryptFinal(ctx, tail, &n);
        FILE *f = fopen("/data/mail.bin", "wb");
        fwrite(tail, 1, 16, f);
}

void pkey_and_aes(struct holder *h, EVP_PKEY_CTX *pctx, RSA *rsa, const AES_KEY *k)
{
        FILE *f = fopen("/data/x.bin", "wb");
        unsigned char enc[256];
        size_t elen = sizeof enc;
        EVP_PKEY_encrypt(pctx, enc, &elen, (const unsigned char *)h->id_number, 18);
        fwrite(enc, 1, elen, f);
        unsigned char rs[256];
        RSA_public_encrypt(18, (const unsigned char *)h->id_number, rs, rsa, RSA_PKCS1_OAEP_PADDING);
        fwrite(rs, 1, 256, f);
        unsigned char blk[16];
        AES_encrypt((const unsigned char *)h->mail, blk, k);
        fwrite(blk, 1, 16, f);
        unsigned char cbc[64], iv[16] = {0};
        AES_cbc_encrypt((const unsigned char *)h->mail, cbc, 64, k, iv, AES_ENCRYPT);
        fwrite(cbc, 1, 64, f);
}

/* hashes: fine in a log, not enough for storage or the network */
void digests(struct holder *h)
{
        unsigned char md[SHA256_DIGEST_LENGTH];
        SHA256((const unsigned char *)h->id_number, 18, md);
        fwrite(md, 1, sizeof md, stderr);
        FILE *f = fopen("/data/hashes.bin", "wb");
        fwrite(md, 1, sizeof md, f);                                    // expect: pi-unencrypted-storage
        unsigned char *r = SHA1((const unsigned char *)h->mail, 10, NULL);
        printf("%02x\n", r[0]);
        unsigned char m5[MD5_DIGEST_LENGTH];
        MD5((const unsigned char *)h->mail, 10, m5);
        printf("%02x\n", m5[0]);
        unsigned char mac[32];
        unsigned int maclen;
        HMAC(EVP_sha256(), "k", 1, (const unsigned char *)h->id_number, 18, mac, &maclen);
        printf("%02x\n", mac[0]);
        fwrite(mac, 1, maclen, f);                                      // expect: pi-unencrypted-storage
}

/* a digest context: Update absorbs the data, Final copies the hash out */
void digest_ctx(struct holder *h)
{
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int len;
        EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
        EVP_DigestUpdate(ctx, h->id_number, 18);
        EVP_DigestFinal_ex(ctx, md, &len);
        printf("%02x\n", md[0]);
        FILE *f = fopen("/data/d.bin", "wb");
        fwrite(md, 1, len, f);                                          // expect: pi-unencrypted-storage
}

/* a signing context absorbs the data as a digest context does; a copy
 * of it holds the same; freeing one is no blind spot */
void sign_ctx(struct holder *h, EVP_PKEY *key)
{
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        EVP_MD_CTX *copy = EVP_MD_CTX_new();
        unsigned char sig[512];
        size_t len = sizeof sig;
        EVP_DigestSignInit(ctx, NULL, EVP_sha256(), NULL, key);
        EVP_DigestSignUpdate(ctx, h->mail, strlen(h->mail));
        EVP_MD_CTX_copy_ex(copy, ctx);
        EVP_DigestSignFinal(copy, sig, &len);
        printf("%02x\n", sig[0]);
        FILE *f = fopen("/data/s.bin", "wb");
        fwrite(sig, 1, len, f);                                         // expect: pi-unencrypted-storage "email"
        EVP_MD_CTX_free(copy);
        EVP_MD_CTX_free(ctx);
}

/* the private key's pass phrase goes back to the program's callback; an
 * SRP password is proved, never sent; a prompt's answer goes back to the
 * caller that asked */
void key_phrase(SSL_CTX *sc, UI *ui, UI_STRING *answer, struct holder *h)
{
        SSL_CTX_set_default_passwd_cb_userdata(sc, h->id_number);
        SSL_CTX_set_srp_password(sc, h->id_number);
        UI_set_result(ui, answer, h->id_number);
}

/* a salt added after the PI keeps the context holding (hashed) PI; the
 * rules lack "mode": "append" on openssl.EVP_DigestUpdate, so the second
 * Update replaces what the context held */
void digest_ctx_salted(struct holder *h)
{
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int len;
        EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
        EVP_DigestUpdate(ctx, h->id_number, 18);
        EVP_DigestUpdate(ctx, "salt", 4);
        EVP_DigestFinal_ex(ctx, md, &len);
        FILE *f = fopen("/data/d.bin", "wb");
        fwrite(md, 1, len, f);                                          // xfail: pi-unencrypted-storage
}

/* base64 is not protection */
void base64(struct holder *h)
{
        unsigned char b64[64];
        EVP_EncodeBlock(b64, (const unsigned char *)h->id_number, 18);
        puts((char *)b64);                                              // expect: pi-logging
        int s = socket(AF_INET, SOCK_STREAM, 0);
        send(s, b64, sizeof b64, 0);                                    // expect: pi-cleartext-transmission
}

/* OPENSSL_cleanse wipes the buffer */
void cleansed(struct holder *h)
{
        char buf[64];
        strcpy(buf, h->id_number);
        OPENSSL_cleanse(buf, sizeof buf);
        puts(buf);
}

/* negatives */
void negatives(SSL *ssl, struct holder *h)
{
        unsigned char md[SHA256_DIGEST_LENGTH];
        SHA256((const unsigned char *)h->region, 8, md);
        FILE *f = fopen("/data/r.bin", "wb");
        fwrite(md, 1, sizeof md, f);
        SSL_write(ssl, "hello", 5);
        printf("%d\n", SSL_get_error(ssl, 0));
}

/* an object identifier looked up by its name sends the name nowhere (and
 * no problem names the call as a blind spot) */
int oid_of(struct holder *c)
{
        return OBJ_txt2nid(c->mail);
}

/* the application's data kept with the connection for its own callbacks:
 * known (no "no model" problem), and no sink */
void keep_holder(SSL *ssl, SSL_CTX *ctx, struct holder *h)
{
        SSL_set_ex_data(ssl, 0, h->id_number);
        SSL_CTX_set_ex_data(ctx, 0, h->mail);
}
