/* export.c - the admin CSV export used by operations and customer service. */
#include "export.h"
#include "application.h"
#include "log.h"
#include "store.h"
#include "util.h"

#include <stdio.h>
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
	char company[300], address[600], expires[32];
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

	fprintf(out, "ref,company,uscc,legal_representative,id_number,phone,home_address,status,expires\n");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct tm tm;

		application_init(&rec);
		store_row_to_application(st, &rec);
		csv_quote(company, sizeof company, rec.company);
		csv_quote(address, sizeof address, rec.home_address);
		gmtime_r(&rec.expires_at, &tm);
		strftime(expires, sizeof expires, "%Y-%m-%d", &tm);
		fprintf(out, "%s,%s,%s,%s,%s,%s,%s,%s,%s\n", rec.ref, company, rec.uscc, rec.legal_rep_name, rec.id_number, rec.phone, address, status_label(rec.status), expires); // expect: pi-unencrypted-storage pi-logging
		rows++;
	}
	sqlite3_finalize(st);
	if (out != stdout)
		fclose(out);
	log_msg(LOG_NOTICE, "export: %ld applications written to %s", rows, path);
	return rc == SQLITE_DONE ? 0 : -1;
}
