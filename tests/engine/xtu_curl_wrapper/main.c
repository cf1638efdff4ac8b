/* xtu_curl_wrapper: libcurl across translation units. main.c makes the
 * handles and sets their URLs itself; http_post() in http.c sets
 * CURLOPT_POSTFIELDS. The scheme of the handle's URL decides the rule and
 * the finding is at main.c's http_post call (CONTRACT §3).
 * Positives: http:// handle + PI -> pi-cleartext-transmission; https://
 * handle + PI -> pi-external-transfer.
 * Negatives: https:// + masked PI; both handles + non-PI. */
// pitrace-args: --no-heuristics
#include "pitrace.h"
#include "http.h"

struct app {
        char phone[16] PI(phone);
        char lang[8];
};

char *mask_phone(const char *p) PI_SANITIZER(mask);

void submit(const struct app *a)
{
        CURL *plain = curl_easy_init();
        CURL *tls = curl_easy_init();
        curl_easy_setopt(plain, CURLOPT_URL, "http://api.example.com/v1");
        curl_easy_setopt(tls, CURLOPT_URL, "https://api.example.com/v1");

        http_post(plain, a->phone); // expect: pi-cleartext-transmission "phone"
        http_post(tls, a->phone); // expect: pi-external-transfer "phone"
        http_post(tls, mask_phone(a->phone));
        http_post(plain, a->lang);
        http_post(tls, a->lang);
}
