/* store.c - SQLite records and the uploaded document files. */
#include "store.h"
#include "crypto.h"
#include "log.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/crypto.h>

static sqlite3 *db;

static const char schema[] =
	"PRAGMA journal_mode = WAL;"
	"PRAGMA foreign_keys = ON;"
	"CREATE TABLE IF NOT EXISTS applications ("
	"  id INTEGER PRIMARY KEY,"
	"  ref TEXT NOT NULL UNIQUE,"
	"  company TEXT NOT NULL,"
	"  uscc TEXT NOT NULL,"
	"  rep_name TEXT NOT NULL,"
	"  id_number TEXT NOT NULL,"
	"  phone TEXT,"
	"  home_address TEXT,"
	"  status INTEGER NOT NULL DEFAULT 0,"
	"  submitted_at INTEGER NOT NULL,"
	"  expires_at INTEGER NOT NULL DEFAULT 0);"
	"CREATE TABLE IF NOT EXISTS documents ("
	"  id INTEGER PRIMARY KEY,"
	"  app_ref TEXT NOT NULL REFERENCES applications(ref),"
	"  kind TEXT NOT NULL,"
	"  path TEXT NOT NULL,"
	"  uploaded_at INTEGER NOT NULL,"
	"  superseded INTEGER NOT NULL DEFAULT 0);"
	"CREATE TABLE IF NOT EXISTS consent_log ("
	"  id INTEGER PRIMARY KEY,"
	"  app_ref TEXT NOT NULL,"
	"  purpose TEXT NOT NULL,"
	"  granted_at INTEGER NOT NULL,"
	"  revoked_at INTEGER);"
	"CREATE TABLE IF NOT EXISTS audit ("
	"  id INTEGER PRIMARY KEY,"
	"  at INTEGER NOT NULL,"
	"  app_ref TEXT,"
	"  action TEXT NOT NULL,"
	"  detail TEXT);"
	"CREATE INDEX IF NOT EXISTS documents_ref ON documents(app_ref);";

int store_open(const char *db_path)
{
	char *err = NULL;

	if (sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		log_msg(LOG_ERR, "cannot open database %s: %s", db_path, sqlite3_errmsg(db));
		sqlite3_close(db);
		db = NULL;
		return -1;
	}
	sqlite3_busy_timeout(db, 5000);
	if (sqlite3_exec(db, schema, NULL, NULL, &err) != SQLITE_OK) {
		log_msg(LOG_ERR, "cannot create schema: %s", err);
		sqlite3_free(err);
		return -1;
	}
	return 0;
}

void store_close(void)
{
	if (db) {
		sqlite3_close(db);
		db = NULL;
	}
}

sqlite3 *store_db(void)
{
	return db;
}

static int audit(const char *ref, const char *action)
{
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(db, "INSERT INTO audit(at, app_ref, action) VALUES(?1, ?2, ?3)", -1,
			       &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, (sqlite3_int64)time(NULL));
	sqlite3_bind_text(st, 2, ref, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, action, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int store_application(const struct cert_application *app)
{
	static const char sql[] =
		"INSERT INTO applications(ref, company, uscc, rep_name, id_number, phone,"
		" home_address, status, submitted_at, expires_at)"
		" VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
		" ON CONFLICT(ref) DO UPDATE SET company = excluded.company,"
		" uscc = excluded.uscc, rep_name = excluded.rep_name,"
		" id_number = excluded.id_number, phone = excluded.phone,"
		" home_address = excluded.home_address, status = excluded.status,"
		" expires_at = excluded.expires_at";
	sqlite3_stmt *st = NULL;
	char *contact_seal = NULL, *residence_seal = NULL, *trail = NULL, *err = NULL;
	int rc = -1;

	contact_seal = legacy_encrypt(app->phone);
	residence_seal = encrypt_field(app->home_address);
	if (!contact_seal || !residence_seal) {
		log_msg(LOG_ERR, "application %s: cannot protect contact fields", app->ref);
		goto out;
	}
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		log_msg(LOG_ERR, "prepare: %s", sqlite3_errmsg(db));
		goto out;
	}
	sqlite3_bind_text(st, 1, app->ref, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, app->company, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, app->uscc, -1, SQLITE_TRANSIENT); // expect: pi-unencrypted-storage
	sqlite3_bind_text(st, 4, app->legal_rep_name, -1, SQLITE_TRANSIENT); // expect: pi-unencrypted-storage
	sqlite3_bind_text(st, 5, app->id_number, -1, SQLITE_TRANSIENT); // expect: pi-unencrypted-storage
	sqlite3_bind_text(st, 6, contact_seal, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 7, residence_seal, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 8, (int)app->status);
	sqlite3_bind_int64(st, 9, (sqlite3_int64)app->submitted_at);
	sqlite3_bind_int64(st, 10, (sqlite3_int64)app->expires_at);

	if (sqlite3_step(st) != SQLITE_DONE) {
		log_msg(LOG_ERR, "storing application %s (ID %s) failed: %s", app->ref, app->id_number, sqlite3_errmsg(db)); // expect: pi-logging
		goto out;
	}

	/* customer service searches the audit trail by representative */
	trail = sqlite3_mprintf("INSERT INTO audit(at, app_ref, action, detail) VALUES(%lld, %Q, 'submit', 'representative %q, ID %q')",
				(long long)time(NULL), app->ref, app->legal_rep_name, app->id_number);
	if (!trail)
		goto out;
	if (sqlite3_exec(db, trail, NULL, NULL, &err) != SQLITE_OK) { // expect: pi-unencrypted-storage
		log_msg(LOG_WARNING, "audit trail for %s not written", app->ref);
		sqlite3_free(err);
	}
	rc = 0;
out:
	sqlite3_free(trail);
	sqlite3_finalize(st);
	free(contact_seal);
	free(residence_seal);
	return rc;
}

static int save_document(const char *ref, const char *kind, const unsigned char *data, size_t len)
{
	char dir[512], path[640];
	sqlite3_stmt *st;
	time_t now = time(NULL);
	int rc;

	if (!data || len == 0)
		return -1;
	snprintf(dir, sizeof dir, "%s/%s", STORE_UPLOAD_DIR, ref);
	if (make_dirs(dir, 0750) != 0) {
		log_msg(LOG_ERR, "cannot create %s", dir);
		return -1;
	}
	/* a new file per upload: renewals never overwrite earlier scans */
	snprintf(path, sizeof path, "%s/%s-%lld.jpg", dir, kind, (long long)now);
	if (write_document(path, data, len) != 0) {
		log_msg(LOG_ERR, "cannot write %s", path);
		return -1;
	}
	if (sqlite3_prepare_v2(db,
			       "INSERT INTO documents(app_ref, kind, path, uploaded_at) VALUES(?1, ?2, ?3, ?4)",
			       -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, ref, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, path, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)now);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int store_documents(const struct cert_application *app)
{
	int rc;

	rc = save_document(app->ref, "id_front", app->id_front_image, app->front_len); // expect: pi-unencrypted-storage
	if (rc == 0)
		rc = save_document(app->ref, "id_back", app->id_back_image, app->back_len); // expect: pi-unencrypted-storage
	if (rc == 0)
		rc = save_document(app->ref, "license", app->license_image, app->license_len); // expect: pi-unencrypted-storage
	if (rc == 0)
		audit(app->ref, "documents");
	return rc;
}

int store_set_status(const char *ref, enum app_status status)
{
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(db, "UPDATE applications SET status = ?1 WHERE ref = ?2", -1, &st,
			       NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int(st, 1, (int)status);
	sqlite3_bind_text(st, 2, ref, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return -1;
	return audit(ref, status_label(status));
}

int store_supersede_documents(const char *ref)
{
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(db, "UPDATE documents SET superseded = 1 WHERE app_ref = ?1", -1, &st,
			       NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, ref, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int store_consent_recorded(const char *ref, const char *purpose)
{
	sqlite3_stmt *st;
	int found = 0;

	if (sqlite3_prepare_v2(db,
			       "SELECT 1 FROM consent_log WHERE app_ref = ?1 AND purpose = ?2"
			       " AND revoked_at IS NULL LIMIT 1",
			       -1, &st, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(st, 1, ref, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, purpose, -1, SQLITE_STATIC);
	found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return found;
}

static const char *column_text(sqlite3_stmt *st, int col)
{
	const unsigned char *v = sqlite3_column_text(st, col);

	return v ? (const char *)v : "";
}

void store_row_to_application(sqlite3_stmt *st, struct cert_application *out)
{
	char *plain;

	copy_field(out->ref, sizeof out->ref, column_text(st, 0));
	copy_field(out->company, sizeof out->company, column_text(st, 1));
	copy_field(out->uscc, sizeof out->uscc, column_text(st, 2));
	copy_field(out->legal_rep_name, sizeof out->legal_rep_name, column_text(st, 3));
	copy_field(out->id_number, sizeof out->id_number, column_text(st, 4));

	plain = legacy_decrypt(column_text(st, 5));
	copy_field(out->phone, sizeof out->phone, plain);
	free(plain);

	plain = decrypt_field(column_text(st, 6));
	if (!plain)
		log_msg(LOG_WARNING, "application %s: stored address does not decrypt", out->ref);
	copy_field(out->home_address, sizeof out->home_address, plain);
	if (plain) {
		OPENSSL_cleanse(plain, strlen(plain));
		free(plain);
	}

	out->status = (enum app_status)sqlite3_column_int(st, 7);
	out->submitted_at = (time_t)sqlite3_column_int64(st, 8);
	out->expires_at = (time_t)sqlite3_column_int64(st, 9);
}

int store_load(const char *ref, struct cert_application *out)
{
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(db, "SELECT " SELECT_APPLICATION_COLUMNS " FROM applications WHERE ref = ?1",
			       -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, ref, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		store_row_to_application(st, out);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

char *store_lookup_phone(const char *ref)
{
	sqlite3_stmt *st;
	char *number = NULL;

	if (sqlite3_prepare_v2(db, "SELECT phone FROM applications WHERE ref = ?1", -1, &st, NULL) !=
	    SQLITE_OK)
		return NULL;
	sqlite3_bind_text(st, 1, ref, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW)
		number = legacy_decrypt(column_text(st, 0));
	sqlite3_finalize(st);
	return number;
}

int store_list_documents(const char *ref, int with_superseded, struct doc_ref **docs, size_t *count)
{
	sqlite3_stmt *st;
	struct doc_ref *list = NULL, *grown;
	size_t n = 0, cap = 0;
	int rc;

	*docs = NULL;
	*count = 0;
	if (sqlite3_prepare_v2(db,
			       "SELECT id, kind, path, uploaded_at, superseded FROM documents"
			       " WHERE app_ref = ?1 AND (superseded = 0 OR ?2) ORDER BY uploaded_at",
			       -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, ref, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 2, with_superseded ? 1 : 0);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? 2 * cap : 8;
			grown = realloc(list, cap * sizeof *list);
			if (!grown) {
				free(list);
				sqlite3_finalize(st);
				return -1;
			}
			list = grown;
		}
		list[n].id = (long)sqlite3_column_int64(st, 0);
		copy_field(list[n].kind, sizeof list[n].kind, column_text(st, 1));
		copy_field(list[n].path, sizeof list[n].path, column_text(st, 2));
		list[n].uploaded_at = (long)sqlite3_column_int64(st, 3);
		list[n].superseded = sqlite3_column_int(st, 4);
		n++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(list);
		return -1;
	}
	*docs = list;
	*count = n;
	return 0;
}

int store_foreach(enum app_status status, int (*fn)(const struct cert_application *app, void *arg),
		  void *arg)
{
	struct cert_application rec;
	sqlite3_stmt *st;
	int rc, visited = 0;

	if (sqlite3_prepare_v2(db, "SELECT " SELECT_APPLICATION_COLUMNS " FROM applications WHERE status = ?1",
			       -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int(st, 1, (int)status);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		application_init(&rec);
		store_row_to_application(st, &rec);
		if (fn(&rec, arg) != 0)
			log_msg(LOG_WARNING, "application %s: batch step failed", rec.ref);
		application_release(&rec);
		visited++;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? visited : -1;
}
