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

/* a scan behind a line that says whose it is, for the replay tool */
static int dump_scan(FILE *f, const char *whose, const unsigned char *scan, size_t len)
{
	if (!scan || !len)
		return 0;
	if (fprintf(f, "scan of %s, %zu bytes\n", whose, len) < 0)
		return -1;
	return fwrite(scan, len, 1, f) == 1 ? 0 : -1;
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
	/* the record holds the scans' addresses only: their bytes follow */
	if (ok == 1 && dump_scan(f, app->legal_rep_name, app->id_front_image, app->front_len) != 0) // expect: pi-unencrypted-storage
		ok = 0;
	fclose(f);
	log_msg(LOG_INFO, "debug dump of %s written to %s", app->ref, path);
	return ok == 1 ? 0 : -1;
}
