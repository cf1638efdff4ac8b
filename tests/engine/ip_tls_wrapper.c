/* Interprocedural: sends over an encrypted channel through wrappers.
 * tls_send() wraps SSL_write (network-tls): PI handed to it is
 * pi-external-transfer at the caller's tls_send call. push() is a project
 * function annotated PI_SINK(network-tls). Masking protects against
 * pi-external-transfer, hashing does not (CONTRACT §3 table: anonymize,
 * mask).
 * Positives: tls_send(s, u->email); push(u->email); tls_send of a hashed
 * email.
 * Negatives: tls_send / push of masked email; of non-PI; the SSL_write. */
// pitrace-args: --no-heuristics
#include <openssl/ssl.h>
#include <string.h>
#include "pitrace.h"

struct user {
        char email[64] PI(email);
        char locale[8];
};

char *mask_email(const char *e) PI_SANITIZER(mask);
char *digest_email(const char *e) PI_SANITIZER(hash);
void push(const char *payload) PI_SINK(network-tls);

int tls_send(SSL *s, const char *buf)
{
        return SSL_write(s, buf, (int)strlen(buf));
}

void sync_user(SSL *s, const struct user *u)
{
        tls_send(s, u->email); // expect: pi-external-transfer "email"
        push(u->email); // expect: pi-external-transfer "email"
        tls_send(s, digest_email(u->email)); // expect: pi-external-transfer
        tls_send(s, mask_email(u->email));
        push(mask_email(u->email));
        tls_send(s, u->locale);
        push(u->locale);
}
