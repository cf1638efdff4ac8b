/* rules/sodium.json: libsodium authenticated encryption protects (encrypt),
 * hashes and MACs hash; base64/hex encodings carry PI unprotected;
 * sodium_memzero wipes. */
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <pitrace.h>

struct member {
        char id_number[19] PI(id_number);
        char diagnosis_note[128] PI(health);
        char club[16]; /* not PI */
};

static const unsigned char key[32], nonce[24];

/* ciphertext may go anywhere */
void encrypted(struct member *m, int fd)
{
        FILE *f = fopen("/data/members.bin", "wb");
        int s = socket(AF_INET, SOCK_STREAM, 0);
        unsigned char c1[64 + crypto_secretbox_MACBYTES];
        crypto_secretbox_easy(c1, (const unsigned char *)m->id_number, 18, nonce, key);
        fwrite(c1, 1, sizeof c1, f);
        send(s, c1, sizeof c1, 0);
        unsigned char c2[160], mac[16];
        crypto_secretbox_detached(c2, mac, (const unsigned char *)m->diagnosis_note, 128, nonce, key);
        fwrite(c2, 1, sizeof c2, f);
        unsigned char c3[200];
        unsigned long long clen;
        crypto_aead_xchacha20poly1305_ietf_encrypt(c3, &clen, (const unsigned char *)m->id_number, 18,
                                                   NULL, 0, NULL, nonce, key);
        fwrite(c3, 1, (size_t)clen, f);
        crypto_aead_chacha20poly1305_ietf_encrypt(c3, &clen, (const unsigned char *)m->diagnosis_note, 128,
                                                  NULL, 0, NULL, nonce, key);
        send(s, c3, (size_t)clen, 0);
        crypto_aead_aes256gcm_encrypt(c3, &clen, (const unsigned char *)m->id_number, 18,
                                      NULL, 0, NULL, nonce, key);
        fwrite(c3, 1, (size_t)clen, f);
        unsigned char pk[crypto_box_PUBLICKEYBYTES] = {0}, sk[crypto_box_SECRETKEYBYTES] = {0};
        unsigned char c4[200];
        crypto_box_easy(c4, (const unsigned char *)m->id_number, 18, nonce, pk, sk);
        fwrite(c4, 1, sizeof c4, f);
        unsigned char c5[200];
        crypto_box_seal(c5, (const unsigned char *)m->diagnosis_note, 128, pk);
        write(fd, c5, sizeof c5);
        crypto_secretstream_xchacha20poly1305_state st;
        unsigned char c6[200];
        crypto_secretstream_xchacha20poly1305_push(&st, c6, NULL, (const unsigned char *)m->id_number, 18,
                                                   NULL, 0, 0);
        fwrite(c6, 1, sizeof c6, f);
}

/* the additional data of an AEAD is authenticated, not encrypted */
void aead_additional_data(struct member *m)
{
        FILE *f = fopen("/data/members.bin", "wb");
        unsigned char c[200];
        unsigned long long clen;
        crypto_aead_xchacha20poly1305_ietf_encrypt(c, &clen, (const unsigned char *)m->club, 16,
                                                   (const unsigned char *)m->id_number, 18, NULL, nonce, key);
        fwrite(c, 1, (size_t)clen, f);
        fwrite(m->id_number, 1, 18, f);                                 // expect: pi-unencrypted-storage
}

/* hashes: fine in logs, not enough for storage */
void hashes(struct member *m)
{
        unsigned char h[crypto_generichash_BYTES];
        crypto_generichash(h, sizeof h, (const unsigned char *)m->id_number, 18, NULL, 0);
        fprintf(stderr, "%02x\n", h[0]);
        FILE *f = fopen("/data/h.bin", "wb");
        fwrite(h, 1, sizeof h, f);                                      // expect: pi-unencrypted-storage
        unsigned char h2[crypto_hash_sha256_BYTES];
        crypto_hash_sha256(h2, (const unsigned char *)m->diagnosis_note, 128);
        printf("%02x\n", h2[0]);
        unsigned char mac[crypto_auth_BYTES];
        crypto_auth(mac, (const unsigned char *)m->id_number, 18, key);
        printf("%02x\n", mac[0]);
        char pw[crypto_pwhash_STRBYTES];
        crypto_pwhash_str(pw, m->id_number, 18, 2, 67108864);
        puts(pw);
}

/* a hash state: update absorbs, final reads out (still hashed) */
void hash_state(struct member *m)
{
        crypto_generichash_state st;
        unsigned char out[32];
        crypto_generichash_init(&st, NULL, 0, sizeof out);
        crypto_generichash_update(&st, (const unsigned char *)m->id_number, 18);
        crypto_generichash_final(&st, out, sizeof out);
        printf("%02x\n", out[0]);
        FILE *f = fopen("/data/h.bin", "wb");
        fwrite(out, 1, sizeof out, f);                                  // expect: pi-unencrypted-storage
        crypto_hash_sha512_state s5;
        unsigned char o5[64];
        crypto_hash_sha512_init(&s5);
        crypto_hash_sha512_update(&s5, (const unsigned char *)m->diagnosis_note, 128);
        crypto_hash_sha512_final(&s5, o5);
        fwrite(o5, 1, sizeof o5, f);                                    // expect: pi-unencrypted-storage
}

/* encodings are not protection */
void encodings(struct member *m)
{
        char b64[64];
        sodium_bin2base64(b64, sizeof b64, (const unsigned char *)m->id_number, 18,
                          sodium_base64_VARIANT_ORIGINAL);
        puts(b64);                                                      // expect: pi-logging
        char hex[64];
        char *r = sodium_bin2hex(hex, sizeof hex, (const unsigned char *)m->diagnosis_note, 20);
        printf("%s\n", r);                                              // expect: pi-logging "health"
}

/* sodium_memzero wipes */
void wiped(struct member *m)
{
        char buf[32];
        memcpy(buf, m->id_number, 19);
        sodium_memzero(buf, sizeof buf);
        puts(buf);
}

/* negatives: non-PI data through the same calls */
void negatives(struct member *m)
{
        char b64[64];
        sodium_bin2base64(b64, sizeof b64, (const unsigned char *)m->club, 16,
                          sodium_base64_VARIANT_ORIGINAL);
        puts(b64);
        printf("%d\n", sodium_init());
}
