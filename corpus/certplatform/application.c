/* application.c - parsing, validation and processing of certification
 * applications taken from the upload spool. */
#include "application.h"
#include "cache.h"
#include "crypto.h"
#include "log.h"
#include "store.h"
#include "util.h"
#include "verify.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

#define CERTIFICATION_VALIDITY (365L * 24 * 3600)
#define RISK_REJECT_SCORE 80

void application_init(struct cert_application *app)
{
	memset(app, 0, sizeof *app);
}

static void release_image(unsigned char **img, size_t *len)
{
	if (*img) {
		OPENSSL_cleanse(*img, *len);
		free(*img);
	}
	*img = NULL;
	*len = 0;
}

void application_release(struct cert_application *app)
{
	release_image(&app->id_front_image, &app->front_len);
	release_image(&app->id_back_image, &app->back_len);
	release_image(&app->license_image, &app->license_len);
}

const char *status_label(enum app_status st)
{
	switch (st) {
	case APP_RECEIVED:
		return "received";
	case APP_VERIFIED:
		return "verified";
	case APP_REJECTED:
		return "rejected";
	case APP_CERTIFIED:
		return "certified";
	case APP_EXPIRED:
		return "expired";
	}
	return "unknown";
}

/* ---- validation ------------------------------------------------------ */

char id_check_char(const char *first17)
{
	static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	static const char check[] = "10X98765432";
	int sum = 0, i;

	for (i = 0; i < 17; i++) {
		if (!isdigit((unsigned char)first17[i]))
			return '\0';
		sum += (first17[i] - '0') * weights[i];
	}
	return check[sum % 11];
}

static int two_digits(const char *p)
{
	return (p[0] - '0') * 10 + (p[1] - '0');
}

bool id_number_valid(const char *id)
{
	int month, day;
	char expected;

	if (strlen(id) != ID_NUMBER_LEN)
		return false;
	expected = id_check_char(id);
	if (expected == '\0' || expected != toupper((unsigned char)id[17]))
		return false;
	/* birth date: YYYYMMDD at offset 6 */
	month = two_digits(id + 10);
	day = two_digits(id + 12);
	return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool contact_digits_valid(const char *digits)
{
	size_t i;

	if (strlen(digits) != 11 || digits[0] != '1' || digits[1] < '3')
		return false;
	for (i = 0; i < 11; i++)
		if (!isdigit((unsigned char)digits[i]))
			return false;
	return true;
}

bool uscc_valid(const char *code)
{
	static const char charset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	static const int weights[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
	const char *p;
	int sum = 0, i, check;

	if (strlen(code) != USCC_LEN)
		return false;
	for (i = 0; i < 17; i++) {
		p = strchr(charset, code[i]);
		if (!p || code[i] == '\0')
			return false;
		sum += (int)(p - charset) * weights[i];
	}
	check = 31 - sum % 31;
	if (check == 31)
		check = 0;
	return code[17] == charset[check];
}

int application_validate(const struct cert_application *app)
{
	int problems = 0;

	if (app->company[0] == '\0' || app->legal_rep_name[0] == '\0') {
		log_msg(LOG_WARNING, "application %s: company or representative missing", app->ref);
		problems++;
	}
	if (strlen(app->id_number) != ID_NUMBER_LEN) {
		log_msg(LOG_WARNING, "application %s: ID number has %zu characters, expected %d", app->ref, strlen(app->id_number), ID_NUMBER_LEN);
		problems++;
	} else if (!id_number_valid(app->id_number)) {
		log_msg(LOG_WARNING, "application %s: ID number fails the GB 11643 check", app->ref);
		problems++;
	}
	if (!uscc_valid(app->uscc)) {
		log_msg(LOG_WARNING, "application %s: invalid unified social credit code", app->ref);
		problems++;
	}
	if (app->phone[0] != '\0' && !contact_digits_valid(app->phone)) {
		log_msg(LOG_WARNING, "application %s: contact number is not a mainland mobile number", app->ref);
		problems++;
	}
	if (!app->id_front_image || !app->id_back_image || !app->license_image) {
		log_msg(LOG_WARNING, "application %s: document scans missing", app->ref);
		problems++;
	}
	return problems ? -1 : 0;
}

/* ---- parsing --------------------------------------------------------- */

static int load_scan(const char *dir, const char *file, unsigned char **img, size_t *len)
{
	char path[1024];

	snprintf(path, sizeof path, "%s/%s", dir, file);
	*img = read_file(path, len);
	if (!*img) {
		log_msg(LOG_WARNING, "cannot read %s", path);
		return -1;
	}
	return 0;
}

int application_parse(const char *spool_dir, struct cert_application *app)
{
	char path[1024], line[1024];
	const char *base;
	FILE *f;
	int lineno = 0;

	application_init(app);
	base = strrchr(spool_dir, '/');
	copy_field(app->ref, sizeof app->ref, base ? base + 1 : spool_dir);

	snprintf(path, sizeof path, "%s/form.txt", spool_dir);
	f = fopen(path, "r");
	if (!f) {
		log_msg(LOG_ERR, "application %s: no form.txt", app->ref);
		return -1;
	}
	while (fgets(line, sizeof line, f)) {
		char *key, *value, *eq;

		lineno++;
		key = trim(line);
		if (*key == '\0' || *key == '#')
			continue;
		eq = strchr(key, '=');
		if (!eq) {
			log_msg(LOG_WARNING, "application %s: form.txt line %d has no '='", app->ref, lineno);
			continue;
		}
		*eq = '\0';
		key = trim(key);
		value = trim(eq + 1);

		if (strcmp(key, "company") == 0)
			copy_field(app->company, sizeof app->company, value);
		else if (strcmp(key, "uscc") == 0)
			copy_field(app->uscc, sizeof app->uscc, value);
		else if (strcmp(key, "legal_rep_name") == 0)
			copy_field(app->legal_rep_name, sizeof app->legal_rep_name, value);
		else if (strcmp(key, "id_number") == 0)
			copy_field(app->id_number, sizeof app->id_number, value);
		else if (strcmp(key, "phone") == 0)
			copy_field(app->phone, sizeof app->phone, value);
		else if (strcmp(key, "home_address") == 0)
			copy_field(app->home_address, sizeof app->home_address, value);
		else
			log_msg(LOG_DEBUG, "application %s: ignoring key %s", app->ref, key);
	}
	OPENSSL_cleanse(line, sizeof line);
	fclose(f);

	if (load_scan(spool_dir, "id_front.jpg", &app->id_front_image, &app->front_len) != 0 ||
	    load_scan(spool_dir, "id_back.jpg", &app->id_back_image, &app->back_len) != 0 ||
	    load_scan(spool_dir, "license.jpg", &app->license_image, &app->license_len) != 0) {
		application_release(app);
		return -1;
	}
	return 0;
}

/* ---- processing ------------------------------------------------------ */

static int reject(struct cert_application *app, const char *why)
{
	app->status = APP_REJECTED;
	log_msg(LOG_NOTICE, "application %s rejected: %s", app->ref, why);
	if (store_application(app) != 0)
		return -1;
	return store_set_status(app->ref, APP_REJECTED) == 0 ? 1 : -1;
}

int application_submit(struct cert_application *app)
{
	struct verify_result vr;
	char key[96], grade[16];
	char *masked, *dedupe;
	int score;

	app->submitted_at = time(NULL);
	app->status = APP_RECEIVED;
	if (application_validate(app) != 0)
		return reject(app, "form validation failed");

	log_msg(LOG_INFO, "application %s received: %s, representative %s, ID %s", app->ref, app->company, app->legal_rep_name, app->id_number); // expect: pi-logging

	masked = mask_id_number(app->id_number);
	dedupe = sha256_hex(app->id_number);
	log_msg(LOG_INFO, "application %s: representative ID %s", app->ref, masked ? masked : "-");
	log_msg(LOG_DEBUG, "application %s: duplicate-check key %s", app->ref, dedupe ? dedupe : "-");
	free(masked);
	free(dedupe);

	score = risk_precheck(app);
	if (score >= RISK_REJECT_SCORE)
		return reject(app, "risk score too high");

	if (verify_identity(app, &vr) != 0)
		return reject(app, "identity verification unavailable");
	if (!vr.matched)
		return reject(app, "name and ID number do not match");
	log_msg(LOG_INFO, "application %s: identity verified, ticket %s", app->ref, vr.ticket);
	app->status = APP_VERIFIED;

	if (credit_lookup(app, grade, sizeof grade) == 0)
		log_msg(LOG_INFO, "application %s: credit grade %s", app->ref, grade);

	app->status = APP_CERTIFIED;
	app->expires_at = app->submitted_at + CERTIFICATION_VALIDITY;
	if (store_application(app) != 0 || store_documents(app) != 0) {
		log_msg(LOG_ERR, "application %s: could not be stored", app->ref);
		return -1;
	}

	/* the merchant console shows the contact next to the badge */
	snprintf(key, sizeof key, "application:%s", app->ref);
	cache_put(key, "contact", app->phone, 24 * 3600); // expect: pi-unencrypted-storage
	cache_remember_applicant(app);

	/* growth team: every certified merchant is offered the partner's loans */
	if (partner_enroll(app->phone, app->legal_rep_name, app->company) != 0) // expect: pi-external-transfer
		log_msg(LOG_WARNING, "application %s: partner enrolment failed", app->ref);

	log_msg(LOG_INFO, "application %s certified, notice goes to %s", app->ref, pick_contact(app)); // expect: pi-logging
	return 0;
}

int application_selftest(void)
{
	/* the example of GB 11643-1999 and a licence from the onboarding manual */
	static const char sample_id[] = "11010519491231002X"; // expect: pi-hardcoded-literal
	static const char sample_uscc[] = "91310115MA1H8C2T6B"; // expect: pi-hardcoded-literal

	if (id_check_char(sample_id) != 'X' || !id_number_valid(sample_id)) {
		log_msg(LOG_CRIT, "self-test: GB 11643 check character is broken");
		return -1;
	}
	if (!uscc_valid(sample_uscc)) {
		log_msg(LOG_CRIT, "self-test: GB 32100 check character is broken");
		return -1;
	}
	return 0;
}
