/* xtu_curl_wrapper: HTTP helpers in http.c used by main.c. */
#ifndef HTTP_H
#define HTTP_H
#include <curl/curl.h>
CURL *http_open(const char *url);
void http_post(CURL *h, const char *body);
#endif
