/* rules/curl.json: options carrying a request's data are sinks where they
 * are set (CURLOPT_POSTFIELDS, URL, headers, cookies); other options are not.
 * The handle's URL decides: https:// is an encrypted channel
 * (pi-external-transfer), http:// cleartext; a URL made at run time may be
 * either, so both rules apply (CONTRACT §3); a handle whose URL is never
 * seen counts as cleartext. */
#include <curl/curl.h>
#include <curl/mprintf.h>
#include <stdio.h>
#include <string.h>

#include <pitrace.h>

struct applicant {
        char id_number[19] PI(id_number);
        char mail[64] PI(email);
        char lang[8]; /* not PI */
};

char *seal(const char *s) PI_SANITIZER(encrypt);
char *mask(const char *s) PI_SANITIZER(mask);
char *anon(const char *s) PI_SANITIZER(anonymize);

void plain_http(struct applicant *a)
{
        CURL *h = curl_easy_init();
        curl_easy_setopt(h, CURLOPT_URL, "http://api.example.com/submit");
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, a->id_number);          // expect: pi-cleartext-transmission "id_number"
        curl_easy_setopt(h, CURLOPT_COPYPOSTFIELDS, a->mail);           // expect: pi-cleartext-transmission
        curl_easy_setopt(h, CURLOPT_COOKIE, a->mail);                   // expect: pi-cleartext-transmission
        curl_easy_perform(h);
        curl_easy_cleanup(h);
}

void tls(struct applicant *a)
{
        CURL *h = curl_easy_init();
        curl_easy_setopt(h, CURLOPT_URL, "https://api.example.com/submit");
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, a->id_number);          // expect: pi-external-transfer "id_number"
        struct curl_slist *hdr = NULL;
        char line[128];
        snprintf(line, sizeof line, "X-Mail: %s", a->mail);
        hdr = curl_slist_append(hdr, "Accept: */*");
        hdr = curl_slist_append(hdr, line);
        curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdr);                   // expect: pi-external-transfer "email"
        curl_easy_perform(h);
}

/* PI in the URL itself, built with curl's printf and escape functions */
void url_with_pi(struct applicant *a)
{
        CURL *h = curl_easy_init();
        char *esc = curl_easy_escape(h, a->mail, 0);
        char *url = curl_maprintf("http://api.example.com/u?mail=%s", esc);
        curl_easy_setopt(h, CURLOPT_URL, url);                          // expect: pi-cleartext-transmission
        char url2[256];
        curl_msnprintf(url2, sizeof url2, "https://api.example.com/u?id=%s", a->id_number);
        CURL *h2 = curl_easy_init();
        /* setting the URL sends it on the handle as it was before the
         * call: a fresh one, cleartext */
        curl_easy_setopt(h2, CURLOPT_URL, url2);                        // expect: pi-cleartext-transmission
        CURLU *u = curl_url();
        curl_url_set(u, CURLUPART_QUERY, a->id_number, CURLU_APPENDQUERY);
        /* h's URL was made at run time (curl_maprintf above): the scheme
         * is not read, it may be either */
        curl_easy_setopt(h, CURLOPT_CURLU, u);                          // expect: pi-cleartext-transmission pi-external-transfer
}

/* a handle whose URL is not known: treated as cleartext */
void unknown_url(CURL *h, struct applicant *a)
{
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, a->mail);               // expect: pi-cleartext-transmission
        size_t sent;
        curl_easy_send(h, a->id_number, 18, &sent);                     // expect: pi-cleartext-transmission
}

void dup_handle(struct applicant *a)
{
        CURL *h = curl_easy_init();
        curl_easy_setopt(h, CURLOPT_URL, "http://api.example.com/");
        CURL *d = curl_easy_duphandle(h);
        curl_easy_setopt(d, CURLOPT_POSTFIELDS, a->mail);               // expect: pi-cleartext-transmission
}

void mime_parts(CURL *h, struct applicant *a)
{
        curl_mime *m = curl_mime_init(h);
        curl_mimepart *part = curl_mime_addpart(m);
        curl_mime_data(part, a->id_number, CURL_ZERO_TERMINATED);       // expect: pi-cleartext-transmission
        curl_mime_filedata(part, a->mail);                              // expect: pi-cleartext-transmission
}

/* curl's printf family */
void curl_printf(struct applicant *a)
{
        curl_mprintf("id=%s\n", a->id_number);                          // expect: pi-logging
        curl_mfprintf(stderr, "mail=%s\n", a->mail);                    // expect: pi-logging
        FILE *f = fopen("/data/out.txt", "w");
        curl_mfprintf(f, "mail=%s\n", a->mail);                         // expect: pi-unencrypted-storage
        char buf[64];
        curl_msprintf(buf, "%s", a->id_number);
        puts(buf);                                                      // expect: pi-logging
}

/* protection: encrypted or anonymised bodies are fine anywhere; masked ones
 * may go over TLS but not in cleartext */
void protected_values(struct applicant *a)
{
        CURL *h = curl_easy_init();
        curl_easy_setopt(h, CURLOPT_URL, "http://api.example.com/");
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, seal(a->id_number));
        curl_easy_setopt(h, CURLOPT_COPYPOSTFIELDS, anon(a->mail));
        curl_easy_setopt(h, CURLOPT_COPYPOSTFIELDS, mask(a->mail));     // expect: pi-cleartext-transmission
        CURL *t = curl_easy_init();
        curl_easy_setopt(t, CURLOPT_URL, "https://api.example.com/");
        curl_easy_setopt(t, CURLOPT_POSTFIELDS, mask(a->id_number));
        curl_easy_setopt(t, CURLOPT_COPYPOSTFIELDS, anon(a->mail));
}

/* negatives: options that carry no request data */
void unrelated_options(struct applicant *a)
{
        CURL *h = curl_easy_init();
        curl_easy_setopt(h, CURLOPT_URL, "http://api.example.com/");
        curl_easy_setopt(h, CURLOPT_USERAGENT, a->id_number);           /* not modelled as a data option */
        curl_easy_setopt(h, CURLOPT_WRITEDATA, a->mail);                /* the receive buffer */
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, (long)strlen(a->mail));
        curl_easy_setopt(h, CURLOPT_VERBOSE, 1L);
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, a->lang);
        curl_easy_perform(h);
}
