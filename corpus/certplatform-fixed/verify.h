/* verify.h - third-party checks over HTTP APIs (libcurl). */
#ifndef CERTPLATFORM_VERIFY_H
#define CERTPLATFORM_VERIFY_H

#include "application.h"

struct verify_result {
	int matched;        /* name and ID number belong together */
	int photo_matched;  /* ID card photo matches the registry photo */
	char ticket[64];    /* reference of the check at the verification service */
};

int verify_global_init(void);
void verify_global_cleanup(void);

/* licensed identity verification (name + ID number against the registry) */
int verify_identity(const struct cert_application *app, struct verify_result *res);
/* fraud pre-check on the risk gateway (masked identifiers); score 0..100 */
int risk_precheck(const struct cert_application *app);
/* enterprise credit report of the company (by company name) */
int credit_lookup(const struct cert_application *app, char *grade, size_t grade_len);

#endif
