/* notify.c - SMS over the operator's HTTPS API (TLS 1.2+, peer verified). */
#include "notify.h"
#include "log.h"
#include "util.h"

#include <stdio.h>
#include <string.h>

#include <curl/curl.h>
#include <openssl/crypto.h>

#define SMS_ACCOUNT "certplat"

static size_t discard(char *ptr, size_t size, size_t nmemb, void *userdata)
{
	(void)ptr;
	(void)userdata;
	return size * nmemb;
}

int sms_send(const char *dest, const char *text)
{
	struct curl_slist *headers;
	char body[768], esc_text[512];
	long status = 0;
	CURLcode rc;
	CURL *h;

	h = curl_easy_init();
	if (!h)
		return -1;
	json_escape(esc_text, sizeof esc_text, text);
	snprintf(body, sizeof body, "{\"account\":\"%s\",\"to\":\"%s\",\"text\":\"%s\"}", SMS_ACCOUNT, dest, esc_text);
	headers = curl_slist_append(NULL, "Content-Type: application/json");
	curl_easy_setopt(h, CURLOPT_URL, SMS_API_URL);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "https");
	curl_easy_setopt(h, CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, discard);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, 10L);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
	rc = curl_easy_perform(h);
	if (rc == CURLE_OK)
		curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	OPENSSL_cleanse(body, sizeof body);
	curl_slist_free_all(headers);
	curl_easy_cleanup(h);
	if (rc != CURLE_OK) {
		log_msg(LOG_ERR, "sms api: %s", curl_easy_strerror(rc));
		return -1;
	}
	if (status != 200 && status != 202) {
		log_msg(LOG_WARNING, "sms api refused a message: HTTP %ld", status);
		return -1;
	}
	return 0;
}
