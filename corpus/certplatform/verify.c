/* verify.c - calls to the verification, risk, credit and partner APIs. */
#include "verify.h"
#include "log.h"
#include "store.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>
#include <openssl/crypto.h>

#define IDVERIFY_URL "https://api.idverify.example.cn/v3/identity/check"
#define RISK_URL "http://risk-gw.internal.example.cn:8080/api/precheck"
#define CREDIT_URL "https://open.credit-bureau.example.com/v1/enterprise/report"
#define PARTNER_URL "https://leads.finance-partner.example.com/api/merchants"

struct response {
	char *data;
	size_t len;
};

static size_t collect(char *ptr, size_t size, size_t nmemb, void *userdata)
{
	struct response *r = userdata;
	size_t n = size * nmemb;
	char *grown;

	if (r->len + n > 1 << 20)
		return 0;
	grown = realloc(r->data, r->len + n + 1);
	if (!grown)
		return 0;
	memcpy(grown + r->len, ptr, n);
	r->data = grown;
	r->len += n;
	r->data[r->len] = '\0';
	return n;
}

int verify_global_init(void)
{
	return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? 0 : -1;
}

void verify_global_cleanup(void)
{
	curl_global_cleanup();
}

static CURL *api_handle(struct response *resp, struct curl_slist **headers)
{
	CURL *h = curl_easy_init();

	if (!h)
		return NULL;
	*headers = curl_slist_append(NULL, "Content-Type: application/json");
	*headers = curl_slist_append(*headers, "Accept: application/json");
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, *headers);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, resp);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, 15L);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 5L);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_USERAGENT, "certplatform/2.3");
	return h;
}

static int api_perform(CURL *h, struct curl_slist *headers, const char *what)
{
	long status = 0;
	CURLcode rc = curl_easy_perform(h);

	if (rc == CURLE_OK)
		curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	curl_slist_free_all(headers);
	curl_easy_cleanup(h);
	if (rc != CURLE_OK) {
		log_msg(LOG_ERR, "%s: %s", what, curl_easy_strerror(rc));
		return -1;
	}
	if (status < 200 || status >= 300) {
		log_msg(LOG_WARNING, "%s: HTTP %ld", what, status);
		return -1;
	}
	return 0;
}

/* tiny extractor for the flat JSON replies of these APIs */
static int json_int(const char *body, const char *key, int fallback)
{
	char pattern[64];
	const char *p;

	if (!body)
		return fallback;
	snprintf(pattern, sizeof pattern, "\"%s\":", key);
	p = strstr(body, pattern);
	if (!p)
		return fallback;
	p += strlen(pattern);
	while (*p == ' ')
		p++;
	if (strncmp(p, "true", 4) == 0)
		return 1;
	if (strncmp(p, "false", 5) == 0)
		return 0;
	return atoi(p);
}

static void json_str(const char *body, const char *key, char *dst, size_t n)
{
	char pattern[64];
	const char *p, *end;

	copy_field(dst, n, "");
	if (!body)
		return;
	snprintf(pattern, sizeof pattern, "\"%s\":\"", key);
	p = strstr(body, pattern);
	if (!p)
		return;
	p += strlen(pattern);
	end = strchr(p, '"');
	if (!end)
		return;
	if ((size_t)(end - p) < n)
		n = (size_t)(end - p) + 1;
	copy_field(dst, n, p);
}

int verify_identity(const struct cert_application *app, struct verify_result *res)
{
	struct response resp = { NULL, 0 };
	struct curl_slist *headers = NULL;
	char body[1024], esc[192];
	CURL *h;
	int rc;

	memset(res, 0, sizeof *res);
	if (!store_consent_recorded(app->ref, "identity-verification")) {
		log_msg(LOG_WARNING, "application %s: no consent for identity verification", app->ref);
		return -1;
	}
	h = api_handle(&resp, &headers);
	if (!h)
		return -1;
	json_escape(esc, sizeof esc, app->legal_rep_name);
	snprintf(body, sizeof body, "{\"name\":\"%s\",\"idNo\":\"%s\",\"bizRef\":\"%s\"}", esc, app->id_number, app->ref);
	curl_easy_setopt(h, CURLOPT_URL, IDVERIFY_URL);
	// pitrace: allow(pi-external-transfer) reason: licensed verification service, consent recorded in consent_log (PIPL Art. 23)
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
	rc = api_perform(h, headers, "identity verification");
	OPENSSL_cleanse(body, sizeof body);
	if (rc == 0) {
		res->matched = json_int(resp.data, "match", 0);
		res->photo_matched = json_int(resp.data, "photoMatch", 0);
		json_str(resp.data, "ticket", res->ticket, sizeof res->ticket);
	}
	free(resp.data);
	return rc;
}

int risk_precheck(const struct cert_application *app)
{
	struct response resp = { NULL, 0 };
	struct curl_slist *headers = NULL;
	char body[512];
	CURL *h;
	int score = -1;

	h = api_handle(&resp, &headers);
	if (!h)
		return -1;
	snprintf(body, sizeof body, "{\"idNo\":\"%s\",\"mobile\":\"%s\",\"uscc\":\"%s\"}", app->id_number, app->phone, app->uscc);
	curl_easy_setopt(h, CURLOPT_URL, RISK_URL);
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, body); // expect: pi-cleartext-transmission
	if (api_perform(h, headers, "risk pre-check") == 0)
		score = json_int(resp.data, "score", -1);
	free(resp.data);
	return score;
}

int credit_lookup(const struct cert_application *app, char *grade, size_t grade_len)
{
	struct response resp = { NULL, 0 };
	struct curl_slist *headers = NULL;
	char body[1024], esc_company[384], esc_rep[192];
	CURL *h;
	int rc;

	copy_field(grade, grade_len, "");
	h = api_handle(&resp, &headers);
	if (!h)
		return -1;
	json_escape(esc_company, sizeof esc_company, app->company);
	json_escape(esc_rep, sizeof esc_rep, app->legal_rep_name);
	snprintf(body, sizeof body, "{\"company\":\"%s\",\"uscc\":\"%s\",\"legalRep\":\"%s\",\"legalRepIdNo\":\"%s\"}", esc_company, app->uscc, esc_rep, app->id_number);
	curl_easy_setopt(h, CURLOPT_URL, CREDIT_URL);
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, body); // expect: pi-external-transfer
	rc = api_perform(h, headers, "credit report");
	if (rc == 0)
		json_str(resp.data, "grade", grade, grade_len);
	free(resp.data);
	return rc;
}

int partner_enroll(const char *contact, const char *display, const char *company)
{
	struct response resp = { NULL, 0 };
	struct curl_slist *headers = NULL;
	char body[1024], esc_display[192], esc_company[384];
	CURL *h;
	int rc;

	h = api_handle(&resp, &headers);
	if (!h)
		return -1;
	json_escape(esc_display, sizeof esc_display, display);
	json_escape(esc_company, sizeof esc_company, company);
	snprintf(body, sizeof body, "{\"source\":\"certplatform\",\"contact\":\"%s\",\"name\":\"%s\",\"company\":\"%s\"}", contact, esc_display, esc_company);
	curl_easy_setopt(h, CURLOPT_URL, PARTNER_URL);
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
	rc = api_perform(h, headers, "partner enrolment");
	free(resp.data);
	return rc;
}
