/* Interprocedural: protection applied inside a helper that writes its
 * result through an out-parameter.
 *  - mask_into(out, in): strcpy(out, mask(in)) - callers logging out are
 *    clean (mask protects pi-logging), storing it is still reported (mask
 *    does not protect storage).
 *  - seal_into(ctx, in, out): EVP_EncryptUpdate (OpenSSL rule: encrypt) into
 *    out - callers storing or logging out are clean.
 *  - b64_into(in, out): EVP_EncodeBlock (base64: an encoding, never
 *    protection) - callers storing out are reported.
 * Positives: fputs(masked, f); fwrite(encoded, ..., f).
 * Negatives: puts(masked); fwrite(sealed, ..., f); puts(sealed). */
// pitrace-args: --no-heuristics
#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
};

char *mask(const char *s) PI_SANITIZER(mask);

void mask_into(char *out, const char *in)
{
        strcpy(out, mask(in));
}

int seal_into(EVP_CIPHER_CTX *ctx, const char *in, unsigned char *out)
{
        int n = 0;
        EVP_EncryptUpdate(ctx, out, &n, (const unsigned char *)in, (int)strlen(in));
        return n;
}

void b64_into(const char *in, unsigned char *out)
{
        EVP_EncodeBlock(out, (const unsigned char *)in, (int)strlen(in));
}

void handle(const struct app *a, EVP_CIPHER_CTX *ctx)
{
        char masked[32];
        unsigned char sealed[64], encoded[64];
        FILE *f = fopen("/data/ids.bin", "wb");

        mask_into(masked, a->id_number);
        puts(masked);
        fputs(masked, f); // expect: pi-unencrypted-storage

        seal_into(ctx, a->id_number, sealed);
        fwrite(sealed, 1, sizeof sealed, f);
        puts((const char *)sealed);

        b64_into(a->id_number, encoded);
        fwrite(encoded, 1, sizeof encoded, f); // expect: pi-unencrypted-storage
}
