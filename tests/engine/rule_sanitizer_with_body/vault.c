/* A sanitizer in the user's own rule file applies to a function the
 * program defines, and what it writes (its result, or *0) stands
 * instead of what the body would carry there (docs/rules.md,
 * "Sanitizers"). seal() only XORs, so it is a claim the report does not
 * take on trust: pi-unverified-sanitizer at its name, and the ledger
 * marks its flows unverified. seal_into() calls a cipher the openssl
 * pack knows. tidy(), which the rule file does not name, protects
 * nothing. mask_into() masks into *0, which its body overwrites: called
 * directly or through a pointer whose other candidate overwrites *0 too,
 * what it wrote is kept, masked, and a mask does not protect storage. */
// pitrace-args: --rules rules.json --no-heuristics
#include <stdio.h>
#include <string.h>

#define PI(c) __attribute__((annotate("pi:" c)))

typedef struct evp_cipher_ctx_st EVP_CIPHER_CTX;
int EVP_EncryptUpdate(EVP_CIPHER_CTX *ctx, unsigned char *out, int *outl, const unsigned char *in, int inl);

struct member {
        char *id_number PI("id_number");
};

static char sealed[256];
static EVP_CIPHER_CTX *ctx;

char *seal(const char *s)                               // expect: pi-unverified-sanitizer
{
        size_t i, n = strlen(s);
        for (i = 0; i < n && i < sizeof sealed - 1; i++)
                sealed[i] = (char)(s[i] ^ 0x5a);
        sealed[i] = 0;
        return sealed;
}

void seal_into(char *out, const char *in)
{
        int n = 0;
        EVP_EncryptUpdate(ctx, (unsigned char *)out, &n, (const unsigned char *)in, (int)strlen(in));
}

void mask_into(char *out, const char *in)
{
        strcpy(out, "***");
        strncat(out, in + strlen(in) - 4, 4);
}

void blank(char *out, const char *in)
{
        (void)in;
        strcpy(out, "-");
}

char *tidy(const char *s)
{
        strncpy(sealed, s, sizeof sealed - 1);
        return sealed;
}

void save_masked(struct member *m, FILE *f, int quiet)
{
        char box[256];
        mask_into(box, m->id_number);
        fputs(box, f);                                  // expect: pi-unencrypted-storage "id_number"
        void (*fill)(char *, const char *) = quiet ? blank : mask_into;
        fill(box, m->id_number);
        fputs(box, f);                                  // expect: pi-unencrypted-storage "id_number"
}

void save(struct member *m, FILE *f)
{
        char box[256];
        fputs(seal(m->id_number), f);
        seal_into(box, m->id_number);
        fputs(box, f);
        fputs(tidy(m->id_number), f);                   // expect: pi-unencrypted-storage "id_number"
}
