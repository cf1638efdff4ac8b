/* export.c - the admin CSV export used by operations and customer service. */
#include "export.h"
#include "application.h"
#include "crypto.h"
#include "log.h"
#include "store.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* CSV needs quotes around fields that contain separators */
static void csv_quote(char *dst, size_t n, const char *src)
{
	size_t j = 0;

	if (n < 3) {
		copy_field(dst, n, "");
		return;
	}
	dst[j++] = '"';
	for (; *src && j + 3 < n; src++) {
		if (*src == '"')
			dst[j++] = '"';
		dst[j++] = *src;
	}
	dst[j++] = '"';
	dst[j] = '\0';
}

int export_csv(const char *path)
{
	struct cert_application rec;
	char company[300], area[300], expires[32];
	sqlite3_stmt *st;
	FILE *out;
	long rows = 0;
	int rc;

	out = strcmp(path, "-") == 0 ? stdout : fopen(path, "w");
	if (!out) {
		log_msg(LOG_ERR, "export: cannot create %s", path);
		return -1;
	}
	if (sqlite3_prepare_v2(store_db(), "SELECT " SELECT_APPLICATION_COLUMNS " FROM applications ORDER BY submitted_at",
			       -1, &st, NULL) != SQLITE_OK) {
		log_msg(LOG_ERR, "export: %s", sqlite3_errmsg(store_db()));
		if (out != stdout)
			fclose(out);
		return -1;
	}

	/* Personal columns leave the platform only as AES-GCM tokens (auditors
	 * decrypt them with the offline key); the address only as its region. */
	fprintf(out, "ref,company,status,expires,region,representative_token,ident_token,contact_token\n");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		char *region, *rep_token, *ident_token, *contact_token;
		struct tm tm;

		application_init(&rec);
		store_row_to_application(st, &rec);
		csv_quote(company, sizeof company, rec.company);
		gmtime_r(&rec.expires_at, &tm);
		strftime(expires, sizeof expires, "%Y-%m-%d", &tm);
		region = address_region(rec.home_address);
		rep_token = encrypt_field(rec.legal_rep_name);
		ident_token = encrypt_field(rec.id_number);
		contact_token = encrypt_field(rec.phone);
		if (region && rep_token && ident_token && contact_token) {
			csv_quote(area, sizeof area, region);
			fprintf(out, "%s,%s,%s,%s,%s,%s,%s,%s\n", rec.ref, company, status_label(rec.status), expires, area, rep_token, ident_token, contact_token);
			rows++;
		} else {
			log_msg(LOG_ERR, "export: application %s skipped, encryption failed", rec.ref);
		}
		free(region);
		free(rep_token);
		free(ident_token);
		free(contact_token);
	}
	sqlite3_finalize(st);
	if (out != stdout)
		fclose(out);
	log_msg(LOG_NOTICE, "export: %ld applications written to %s", rows, path);
	return rc == SQLITE_DONE ? 0 : -1;
}
