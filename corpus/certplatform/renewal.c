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

#include "pitrace.h"

#define CERTIFICATION_VALIDITY (365L * 24 * 3600)

int renewal_process(const char *ref, const char *spool_dir)
{
	struct cert_application old, fresh;
	struct verify_result vr;
	char contact[128];
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
	log_msg(LOG_INFO, "renewal %s: documents re-uploaded by %s", ref, contact); // expect: pi-logging

	if (verify_identity(&fresh, &vr) != 0 || !vr.matched) {
		log_msg(LOG_NOTICE, "renewal %s: identity not confirmed", ref);
		goto out;
	}

	/* The previous scans are only flagged: support wants them for disputes
	 * and the reuse feature starts from them. */
	if (store_supersede_documents(ref) != 0)
		goto out;
	fresh.submitted_at = time(NULL);
	fresh.expires_at = fresh.submitted_at + CERTIFICATION_VALIDITY;
	fresh.status = APP_CERTIFIED;
	if (store_application(&fresh) != 0 || store_documents(&fresh) != 0)
		goto out;

	ph = store_lookup_phone(ref);
	if (ph) {
		if (sms_send(ph, "Your enterprise certification has been renewed for one year.") != 0) // expect: pi-cleartext-transmission
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

int reuse_materials(const char *from_ref, const char *to_ref)
{
	struct doc_ref *docs;
	size_t count, i;
	char dir[512], dst[600];
	int copied = 0;

	/* every scan the platform ever received for from_ref, superseded or not */
	if (store_list_documents(from_ref, 1, &docs, &count) != 0) {
		log_msg(LOG_ERR, "reuse: cannot list documents of %s", from_ref);
		return -1;
	}
	snprintf(dir, sizeof dir, "%s/%s", REUSE_DIR, to_ref);
	if (make_dirs(dir, 0755) != 0) {
		free(docs);
		return -1;
	}
	for (i = 0; i < count; i++) {
		size_t len;
		unsigned char *scan PI(id_image) = read_file(docs[i].path, &len);

		if (!scan) {
			log_msg(LOG_WARNING, "reuse: %s is gone", docs[i].path);
			continue;
		}
		snprintf(dst, sizeof dst, "%s/%s-%ld.jpg", dir, docs[i].kind, docs[i].id);
		if (write_document(dst, scan, len) == 0) // expect: pi-unencrypted-storage
			copied++;
		free(scan);
	}
	free(docs);
	log_msg(LOG_NOTICE, "reuse: %d documents of %s made available to %s", copied, from_ref, to_ref);
	return copied;
}

static int remind_one(const struct cert_application *app, void *arg)
{
	const time_t *deadline = arg;
	char text[256];

	if (app->expires_at == 0 || app->expires_at > *deadline || app->phone[0] == '\0')
		return 0;
	snprintf(text, sizeof text, "Your enterprise certification for %s expires in less than %d days. Please renew it.", app->company, RENEWAL_NOTICE_DAYS);
	return sms_send(app->phone, text); // expect: pi-cleartext-transmission
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
