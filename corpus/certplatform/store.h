/* store.h - persistent records: SQLite database and document files. */
#ifndef CERTPLATFORM_STORE_H
#define CERTPLATFORM_STORE_H

#include <sqlite3.h>

#include "application.h"
#include "pitrace.h"

#define STORE_DB_PATH "/var/lib/certplatform/certplatform.db"
#define STORE_UPLOAD_DIR "/var/lib/certplatform/uploads"

struct doc_ref {
	long id;
	char kind[16];      /* id_front, id_back, license */
	char path[512];
	long uploaded_at;
	int superseded;
};

int store_open(const char *db_path);
void store_close(void);
sqlite3 *store_db(void);

int store_application(const struct cert_application *app);
int store_documents(const struct cert_application *app);
int store_set_status(const char *ref, enum app_status st);
int store_supersede_documents(const char *ref);
int store_consent_recorded(const char *ref, const char *purpose);

int store_load(const char *ref, struct cert_application *out);
/* fill the text fields of *out from a row of SELECT_APPLICATION_COLUMNS */
void store_row_to_application(sqlite3_stmt *st, struct cert_application *out);
#define SELECT_APPLICATION_COLUMNS \
	"ref, company, uscc, rep_name, id_number, phone, home_address, status, submitted_at, expires_at"

/* the applicant's contact number, caller frees */
char *store_lookup_phone(const char *ref) PI(phone);

/* documents of an application; superseded ones only when asked for */
int store_list_documents(const char *ref, int with_superseded, struct doc_ref **docs, size_t *count);

/* call fn for every application in the given status */
int store_foreach(enum app_status st, int (*fn)(const struct cert_application *app, void *arg),
		  void *arg);

#endif
