/* application.h - an enterprise certification application.
 *
 * A shop owner applies for "enterprise certification" by uploading the
 * business licence and the identity card of the company's legal
 * representative.  The upload frontend drops every application into the
 * spool as a directory holding form.txt (key=value lines) and the three
 * scanned documents.
 */
#ifndef CERTPLATFORM_APPLICATION_H
#define CERTPLATFORM_APPLICATION_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "pitrace.h"

#define ID_NUMBER_LEN 18
#define USCC_LEN 18

enum app_status {
	APP_RECEIVED = 0,
	APP_VERIFIED = 1,
	APP_REJECTED = 2,
	APP_CERTIFIED = 3,
	APP_EXPIRED = 4,
};

struct cert_application {
	char ref[40];            /* spool reference, e.g. 20240312-000123 */
	char company[128];       /* registered company name */
	char uscc[USCC_LEN + 1] PI(license_number); /* unified social credit code */
	char legal_rep_name[64] PI(name);
	char id_number[ID_NUMBER_LEN + 1] PI(id_number);
	char phone[16] PI(phone);
	char home_address[256] PI(address);

	unsigned char *id_front_image PI(id_image);
	size_t front_len;
	unsigned char *id_back_image PI(id_image);
	size_t back_len;
	unsigned char *license_image PI(license_image);
	size_t license_len;

	enum app_status status;
	time_t submitted_at;
	time_t expires_at;
};

void application_init(struct cert_application *app);
void application_release(struct cert_application *app);
int application_parse(const char *spool_dir, struct cert_application *app);
int application_validate(const struct cert_application *app);
int application_submit(struct cert_application *app);
int application_selftest(void);
const char *status_label(enum app_status st);

/* GB 11643-1999 check character of the first 17 characters of an ID number */
char id_check_char(const char *first17);
bool id_number_valid(const char *id);
bool contact_digits_valid(const char *digits);
/* GB 32100-2015 check character of a unified social credit code */
bool uscc_valid(const char *code);

#endif
