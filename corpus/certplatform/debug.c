/* debug.c - what support asks for when an application is stuck. */
#include "debug.h"
#include "log.h"
#include "util.h"

#include <stdio.h>
#include <time.h>

void debug_print(const struct cert_application *app)
{
	fprintf(stderr, "application %s\n  company: %s\n  uscc: %s\n  representative: %s\n  id: %s\n  phone: %s\n  address: %s\n", app->ref, app->company, app->uscc, app->legal_rep_name, app->id_number, app->phone, app->home_address); // expect: pi-logging
	fprintf(stderr, "  status: %s, scans: %zu/%zu/%zu bytes\n", status_label(app->status), app->front_len, app->back_len, app->license_len);
}

/* raw copy of the record for replaying it on a developer machine */
int debug_dump(const struct cert_application *app)
{
	char path[256];
	FILE *f;
	size_t ok;

	if (make_dirs(DEBUG_DUMP_DIR, 0700) != 0)
		return -1;
	snprintf(path, sizeof path, "%s/%s-%lld.bin", DEBUG_DUMP_DIR, app->ref, (long long)time(NULL));
	f = fopen(path, "wb");
	if (!f) {
		log_msg(LOG_ERR, "debug dump: cannot create %s", path);
		return -1;
	}
	ok = fwrite(app, sizeof *app, 1, f); // expect: pi-unencrypted-storage
	fclose(f);
	log_msg(LOG_INFO, "debug dump of %s written to %s", app->ref, path);
	return ok == 1 ? 0 : -1;
}
