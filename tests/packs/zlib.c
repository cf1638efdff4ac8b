/* rules/zlib.json: gz files are storage; compress() keeps the data
 * (compression is not protection). */
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#include <pitrace.h>

struct record {
        char card_number[20] PI(bank_account);
        char dob[11] PI(birthdate);
        char branch[8]; /* not PI */
        int year;       /* not PI */
};

char *seal(const char *s) PI_SANITIZER(encrypt);
char *pseudo(const char *s) PI_SANITIZER(anonymize);
char *mask(const char *s) PI_SANITIZER(mask);

void gz_sinks(struct record *r)
{
        gzFile g = gzopen("/data/records.gz", "wb");
        gzwrite(g, r->card_number, 19);                                 // expect: pi-unencrypted-storage "bank_account"
        gzwrite(g, r, sizeof *r);                                       // expect: pi-unencrypted-storage
        gzfwrite(r->dob, 1, 10, g);                                     // expect: pi-unencrypted-storage "birthdate"
        gzputs(g, r->dob);                                              // expect: pi-unencrypted-storage
        gzputc(g, r->card_number[0]);                                   // expect: pi-unencrypted-storage
        gzprintf(g, "%s,%s\n", r->branch, r->card_number);              // expect: pi-unencrypted-storage
        gzclose(g);
}

/* compressed data is still PI */
void compressed(struct record *r)
{
        Bytef out[128];
        uLongf outlen = sizeof out;
        compress(out, &outlen, (const Bytef *)r->card_number, 19);
        FILE *f = fopen("/data/card.z", "wb");
        fwrite(out, 1, outlen, f);                                      // expect: pi-unencrypted-storage
        Bytef out2[128];
        uLongf outlen2 = sizeof out2;
        compress2(out2, &outlen2, (const Bytef *)r->dob, 10, Z_BEST_COMPRESSION);
        fwrite(out2, 1, outlen2, stderr);                               // expect: pi-logging
}

void protected_values(struct record *r)
{
        gzFile g = gzopen("/data/records.gz", "wb");
        gzputs(g, seal(r->card_number));
        char *p = pseudo(r->dob);
        gzprintf(g, "%s\n", p);
        gzputs(g, mask(r->card_number));                                // expect: pi-unencrypted-storage
}

/* negatives: non-PI data, lengths, checksums */
void negatives(struct record *r)
{
        gzFile g = gzopen("/data/records.gz", "wb");
        gzputs(g, r->branch);
        gzprintf(g, "%d\n", r->year);
        gzprintf(g, "%zu\n", strlen(r->card_number));
        uLong crc = crc32(0L, (const Bytef *)r->card_number, 19);
        gzprintf(g, "%lu\n", crc);
        gzclose(g);
}
