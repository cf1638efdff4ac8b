/* libcurl through helpers: the URL set on the handle decides the rule for
 * CURLOPT_POSTFIELDS (CONTRACT §3: the call that receives the PI is the sink
 * call; http:// is cleartext, https:// is an encrypted channel to another
 * party). The handle's URL is set in the same function, before the body.
 * Positives: POSTFIELDS of PI after an http:// URL ->
 * pi-cleartext-transmission at that setopt; after https:// ->
 * pi-external-transfer; PI obtained from a getter in another function;
 * a post_body() helper taking the handle: reported at the caller's call;
 * masked PI over http:// (mask does not protect against
 * pi-cleartext-transmission, only encrypt or anonymize do).
 * Negatives: masked PI over https (mask protects against external
 * transfer); non-PI bodies; curl_easy_perform (the PI was handed over at
 * setopt). */
// pitrace-args: --no-heuristics
#include <curl/curl.h>
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        char phone[16] PI(phone);
        char lang[8];
};

char *mask_phone(const char *p) PI_SANITIZER(mask);

const char *get_phone(const struct app *a)
{
        return a->phone;
}

void post_body(CURL *h, const char *body)
{
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
}

void send_plain(const struct app *a)
{
        CURL *h = curl_easy_init();
        curl_easy_setopt(h, CURLOPT_URL, "http://api.example.com/apply");
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, a->id_number); // expect: pi-cleartext-transmission
        curl_easy_perform(h);
        curl_easy_cleanup(h);
}

void send_tls(const struct app *a)
{
        CURL *h = curl_easy_init();
        curl_easy_setopt(h, CURLOPT_URL, "https://api.example.com/apply");
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, get_phone(a)); // expect: pi-external-transfer
        curl_easy_perform(h);
        curl_easy_cleanup(h);
}

void send_masked(const struct app *a)
{
        CURL *h = curl_easy_init();
        curl_easy_setopt(h, CURLOPT_URL, "https://api.example.com/apply");
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, mask_phone(a->phone));
        curl_easy_perform(h);
        curl_easy_cleanup(h);
}

void send_lang(const struct app *a)
{
        CURL *h = curl_easy_init();
        curl_easy_setopt(h, CURLOPT_URL, "http://api.example.com/lang");
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, a->lang);
        curl_easy_perform(h);
}

void send_via_helper(const struct app *a)
{
        CURL *plain = curl_easy_init();
        CURL *tls = curl_easy_init();
        curl_easy_setopt(plain, CURLOPT_URL, "http://api.example.com/apply");
        curl_easy_setopt(tls, CURLOPT_URL, "https://api.example.com/apply");
        post_body(plain, a->phone); // expect: pi-cleartext-transmission
        post_body(tls, a->phone); // expect: pi-external-transfer
        post_body(tls, mask_phone(a->phone));
        post_body(plain, mask_phone(a->phone)); // expect: pi-cleartext-transmission
        post_body(plain, a->lang);
}
