/* renewal.c - re-certification, document reuse and expiry reminders. */
#include "renewal.h"
#include "application.h"
#include "log.h"
#include "notify.h"
#include "store.h"
#include "util.h"
#include "verify.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define CERTIFICATION_VALIDITY (365L * 24 * 3600)

int renewal_process(const char *ref, const char *spool_dir)
{
	struct cert_application old, fresh;
	struct verify_result vr;
	char contact[128];
	time_t started = time(NULL);
	char *ph;
	int rc = -1;

	application_init(&old);
	if (store_load(ref, &old) != 0) {
		log_msg(LOG_ERR, "renewal: no application %s", ref);
		return -1;
	}
	if (application_parse(spool_dir, &fresh) != 0)
		return -1;
	copy_field(fresh.ref, sizeof fresh.ref, ref);
	if (application_validate(&fresh) != 0)
		goto out;

	if (strcmp(old.id_number, fresh.id_number) != 0)
		log_msg(LOG_NOTICE, "renewal %s: legal representative changed", ref);
	if (strcmp(old.uscc, fresh.uscc) != 0) {
		log_msg(LOG_WARNING, "renewal %s: credit code differs from the certified one", ref);
		goto out;
	}

	format_contact(contact, sizeof contact, &fresh);
	log_msg(LOG_INFO, "renewal %s: documents re-uploaded by %s", ref, contact);

	if (verify_identity(&fresh, &vr) != 0 || !vr.matched) {
		log_msg(LOG_NOTICE, "renewal %s: identity not confirmed", ref);
		goto out;
	}

	fresh.submitted_at = started;
	fresh.expires_at = fresh.submitted_at + CERTIFICATION_VALIDITY;
	fresh.status = APP_CERTIFIED;
	if (store_application(&fresh) != 0 || store_documents(&fresh) != 0)
		goto out;
	/* the new scans replace the old ones: delete what was uploaded before */
	if (store_purge_documents(ref, (long)started) != 0)
		log_msg(LOG_ERR, "renewal %s: superseded scans could not all be deleted", ref);

	ph = store_lookup_phone(ref);
	if (ph) {
		// pitrace: allow(pi-external-transfer) reason: SMS operator is an entrusted processor (PIPL Art. 21), number used for delivery only
		if (sms_send(ph, "Your enterprise certification has been renewed for one year.") != 0)
			log_msg(LOG_WARNING, "renewal %s: confirmation text not sent", ref);
		free(ph);
	}
	log_msg(LOG_NOTICE, "renewal %s: certified until %lld", ref, (long long)fresh.expires_at);
	rc = 0;
out:
	application_release(&fresh);
	application_release(&old);
	return rc;
}

/* A shop may start from certified documents only when it belongs to the
 * same company and names the same legal representative, and only from the
 * current scans. The encrypted files are copied as they are. */
int reuse_materials(const char *from_ref, const char *to_ref)
{
	struct cert_application from, to;
	struct doc_ref *docs = NULL;
	size_t count = 0, i;
	char dir[512], dst[600];
	int copied = 0, same;

	application_init(&from);
	application_init(&to);
	if (store_load(from_ref, &from) != 0 || store_load(to_ref, &to) != 0) {
		log_msg(LOG_ERR, "reuse: unknown application %s or %s", from_ref, to_ref);
		return -1;
	}
	same = strcmp(from.uscc, to.uscc) == 0 && strcmp(from.id_number, to.id_number) == 0;
	application_release(&from);
	application_release(&to);
	if (!same) {
		log_msg(LOG_WARNING, "reuse: %s and %s are not the same company and representative, refused", from_ref, to_ref);
		return -1;
	}

	if (store_list_documents(from_ref, 0, &docs, &count) != 0) {
		log_msg(LOG_ERR, "reuse: cannot list documents of %s", from_ref);
		return -1;
	}
	snprintf(dir, sizeof dir, "%s/%s", STORE_UPLOAD_DIR, to_ref);
	if (make_dirs(dir, 0750) != 0) {
		free(docs);
		return -1;
	}
	for (i = 0; i < count; i++) {
		size_t len;
		unsigned char *sealed = read_file(docs[i].path, &len);

		if (!sealed) {
			log_msg(LOG_WARNING, "reuse: %s is gone", docs[i].path);
			continue;
		}
		snprintf(dst, sizeof dst, "%s/%s-%ld.jpg.gcm", dir, docs[i].kind, docs[i].id);
		if (write_document(dst, sealed, len) == 0 && store_register_document(to_ref, docs[i].kind, dst) == 0)
			copied++;
		free(sealed);
	}
	free(docs);
	log_msg(LOG_NOTICE, "reuse: %d documents of %s attached to %s", copied, from_ref, to_ref);
	return copied;
}

static int remind_one(const struct cert_application *app, void *arg)
{
	const time_t *deadline = arg;
	char text[256];

	if (app->expires_at == 0 || app->expires_at > *deadline || app->phone[0] == '\0')
		return 0;
	snprintf(text, sizeof text, "Your enterprise certification for %s expires in less than %d days. Please renew it.", app->company, RENEWAL_NOTICE_DAYS);
	// pitrace: allow(pi-external-transfer) reason: SMS operator is an entrusted processor (PIPL Art. 21), number used for delivery only
	return sms_send(app->phone, text);
}

int remind_expiring(void)
{
	time_t deadline = time(NULL) + RENEWAL_NOTICE_DAYS * 24L * 3600;
	int visited = store_foreach(APP_CERTIFIED, remind_one, &deadline);

	if (visited < 0) {
		log_msg(LOG_ERR, "reminders: database error");
		return -1;
	}
	log_msg(LOG_INFO, "reminders: %d certified applications checked", visited);
	return 0;
}
