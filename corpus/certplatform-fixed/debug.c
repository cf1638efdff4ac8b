/* debug.c - what support asks for when an application is stuck.  Support
 * sees masked identifiers; the dump holds no personal data at all. */
#include "debug.h"
#include "crypto.h"
#include "log.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

void debug_print(const struct cert_application *app)
{
	char *ident_shown = mask_id_number(app->id_number);
	char *contact_shown = mask_phone(app->phone);
	char *rep_shown = mask_name(app->legal_rep_name);
	char *region = address_region(app->home_address);

	fprintf(stderr, "application %s\n  company: %s\n  representative: %s\n  id: %s\n  phone: %s\n  region: %s\n", app->ref, app->company, rep_shown ? rep_shown : "?", ident_shown ? ident_shown : "?", contact_shown ? contact_shown : "?", region ? region : "?");
	fprintf(stderr, "  status: %s, scans: %zu/%zu/%zu bytes\n", status_label(app->status), app->front_len, app->back_len, app->license_len);
	free(ident_shown);
	free(contact_shown);
	free(rep_shown);
	free(region);
}

/* processing state of the record, for replaying the case on a developer
 * machine with synthetic identities */
int debug_dump(const struct cert_application *app)
{
	char path[256];
	FILE *f;
	int ok;

	if (make_dirs(DEBUG_DUMP_DIR, 0700) != 0)
		return -1;
	snprintf(path, sizeof path, "%s/%s-%lld.txt", DEBUG_DUMP_DIR, app->ref, (long long)time(NULL));
	f = fopen(path, "w");
	if (!f) {
		log_msg(LOG_ERR, "debug dump: cannot create %s", path);
		return -1;
	}
	ok = fprintf(f, "ref=%s\ncompany=%s\nstatus=%s\nsubmitted_at=%lld\nexpires_at=%lld\nscan_bytes=%zu,%zu,%zu\n", app->ref, app->company, status_label(app->status), (long long)app->submitted_at, (long long)app->expires_at, app->front_len, app->back_len, app->license_len) > 0;
	if (fclose(f) != 0)
		ok = 0;
	log_msg(LOG_INFO, "debug dump of %s written to %s", app->ref, path);
	return ok ? 0 : -1;
}
