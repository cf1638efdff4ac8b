/* xtu_curl_wrapper: http_post() sets CURLOPT_POSTFIELDS on the handle it is
 * given and performs the request; http_open() makes a handle. Nothing is
 * reported here: the body comes from main.c. */
#include "http.h"

CURL *http_open(const char *url)
{
        CURL *h = curl_easy_init();
        (void)url;
        return h;
}

void http_post(CURL *h, const char *body)
{
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
        curl_easy_perform(h);
}
