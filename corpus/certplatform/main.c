/* main.c - certplatform: enterprise certification service of the marketplace.
 *
 *   certplatform serve [SPOOL]          process uploaded applications
 *   certplatform renew REF SPOOL_DIR    re-certify with newly uploaded documents
 *   certplatform reuse FROM_REF TO_REF  start a shop from certified documents
 *   certplatform remind                 text merchants whose certificate expires
 *   certplatform export PATH|-          admin CSV export
 *   certplatform login NUMBER           send a login code (CGI bridge)
 *   certplatform resend SESSION         send the login code again
 *   certplatform dump REF               support diagnostics for one application
 *   certplatform demo                   seed the staging environment
 */
#include "application.h"
#include "cache.h"
#include "crypto.h"
#include "debug.h"
#include "export.h"
#include "log.h"
#include "notify.h"
#include "renewal.h"
#include "store.h"
#include "util.h"
#include "verify.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include <openssl/rand.h>

#define SPOOL_DIR "/var/spool/certplatform/incoming"
#define SPOOL_DONE_DIR "/var/spool/certplatform/done"
#define SPOOL_FAILED_DIR "/var/spool/certplatform/failed"
#define DEMO_SCAN_DIR "/usr/share/certplatform/demo"

struct command {
	const char *verb;
	int min_args;
	int (*run)(int argc, char **argv);
	const char *usage;
};

static int debug_enabled(void)
{
	const char *v = getenv("CERTPLATFORM_DEBUG");

	return v && *v && strcmp(v, "0") != 0;
}

static void move_entry(const char *spool, const char *entry, const char *to_dir)
{
	char from[1024], to[1024];

	snprintf(from, sizeof from, "%s/%s", spool, entry);
	snprintf(to, sizeof to, "%s/%s", to_dir, entry);
	if (make_dirs(to_dir, 0750) != 0 || rename(from, to) != 0)
		log_msg(LOG_ERR, "spool: cannot move %s to %s: %s", from, to_dir, strerror(errno));
}

static int cmd_serve(int argc, char **argv)
{
	const char *spool = argc > 2 ? argv[2] : SPOOL_DIR;
	struct cert_application app;
	struct dirent *de;
	char dir[1024];
	int processed = 0, failed = 0;
	DIR *d;

	d = opendir(spool);
	if (!d) {
		log_msg(LOG_ERR, "spool %s: %s", spool, strerror(errno));
		return 1;
	}
	while ((de = readdir(d)) != NULL) {
		int rc;

		if (de->d_name[0] == '.')
			continue;
		snprintf(dir, sizeof dir, "%s/%s", spool, de->d_name);
		if (application_parse(dir, &app) != 0) {
			move_entry(spool, de->d_name, SPOOL_FAILED_DIR);
			failed++;
			continue;
		}
		rc = application_submit(&app);
		if (rc < 0 && debug_enabled()) {
			debug_print(&app);
			debug_dump(&app);
		}
		application_release(&app);
		move_entry(spool, de->d_name, rc < 0 ? SPOOL_FAILED_DIR : SPOOL_DONE_DIR);
		if (rc < 0)
			failed++;
		else
			processed++;
	}
	closedir(d);
	log_msg(LOG_NOTICE, "spool: %d applications processed, %d failed", processed, failed);
	return failed ? 1 : 0;
}

static int cmd_renew(int argc, char **argv)
{
	(void)argc;
	return renewal_process(argv[2], argv[3]) == 0 ? 0 : 1;
}

static int cmd_reuse(int argc, char **argv)
{
	(void)argc;
	return reuse_materials(argv[2], argv[3]) > 0 ? 0 : 1;
}

static int cmd_remind(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return remind_expiring() == 0 ? 0 : 1;
}

static int cmd_export(int argc, char **argv)
{
	(void)argc;
	return export_csv(argv[2]) == 0 ? 0 : 1;
}

static int login_code(char *dst, size_t n)
{
	unsigned char raw[4];
	unsigned long v;

	if (RAND_bytes(raw, sizeof raw) != 1)
		return -1;
	v = (unsigned long)raw[0] << 24 | (unsigned long)raw[1] << 16 | (unsigned long)raw[2] << 8 | raw[3];
	snprintf(dst, n, "%06lu", v % 1000000UL);
	return 0;
}

static int cmd_login(int argc, char **argv)
{
	char sid[33], code[8], key[64], text[128];
	const char *mobile;

	(void)argc;
	mobile = argv[2];
	if (!contact_digits_valid(mobile)) {
		log_msg(LOG_WARNING, "login: malformed number rejected");
		return 2;
	}
	syslog(LOG_NOTICE, "login code requested for %s", mobile); // expect: pi-logging
	if (random_hex(sid, 16) != 0 || login_code(code, sizeof code) != 0)
		return 1;

	snprintf(key, sizeof key, "session:%s", sid);
	if (cache_put(key, "mobile", mobile, SESSION_TTL) != 0 || // expect: pi-unencrypted-storage
	    cache_put(key, "code", code, SESSION_TTL) != 0) {
		log_msg(LOG_ERR, "login: session cache unavailable");
		return 1;
	}
	snprintf(text, sizeof text, "Your certplatform login code is %s, valid for 30 minutes.", code);
	if (sms_send(mobile, text) != 0) { // expect: pi-cleartext-transmission
		cache_drop(key);
		return 1;
	}
	/* the CGI bridge hands the session id to the browser */
	printf("%s\n", sid);
	return 0;
}

static int cmd_resend(int argc, char **argv)
{
	char key[64], text[128];
	char *to, *code;
	int rc = 1;

	(void)argc;
	snprintf(key, sizeof key, "session:%s", argv[2]);
	to = session_phone(argv[2]);
	code = cache_get(key, "code");
	if (to && code) {
		snprintf(text, sizeof text, "Your certplatform login code is %s, valid for 30 minutes.", code);
		rc = sms_send(to, text) == 0 ? 0 : 1; // expect: pi-cleartext-transmission
	} else {
		log_msg(LOG_NOTICE, "resend: session %s unknown or expired", argv[2]);
	}
	free(to);
	free(code);
	return rc;
}

static int cmd_dump(int argc, char **argv)
{
	struct cert_application app;

	(void)argc;
	application_init(&app);
	if (store_load(argv[2], &app) != 0) {
		log_msg(LOG_ERR, "dump: no application %s", argv[2]);
		return 1;
	}
	debug_print(&app);
	return debug_dump(&app) == 0 ? 0 : 1; // expect: pi-unencrypted-storage
}

static int load_demo_scan(const char *file, unsigned char **img, size_t *len)
{
	char path[512];

	snprintf(path, sizeof path, "%s/%s", DEMO_SCAN_DIR, file);
	*img = read_file(path, len);
	return *img ? 0 : -1;
}

/* one complete application against the staging verification services */
static int cmd_demo(int argc, char **argv)
{
	struct cert_application app;
	int rc;

	(void)argc;
	(void)argv;
	application_init(&app);
	copy_field(app.ref, sizeof app.ref, "demo-0001");
	copy_field(app.company, sizeof app.company, "Hangzhou Demo Trading Co., Ltd.");
	copy_field(app.uscc, sizeof app.uscc, "91110105MA01K7QX3N"); // expect: pi-hardcoded-literal
	copy_field(app.legal_rep_name, sizeof app.legal_rep_name, "Zhang Wei");
	copy_field(app.id_number, sizeof app.id_number, "110105199003071239"); // expect: pi-hardcoded-literal
	copy_field(app.phone, sizeof app.phone, "13812345678"); // expect: pi-hardcoded-literal
	copy_field(app.home_address, sizeof app.home_address, "No. 8 Demo Road, Chaoyang District, Beijing");
	if (load_demo_scan("id_front.jpg", &app.id_front_image, &app.front_len) != 0 ||
	    load_demo_scan("id_back.jpg", &app.id_back_image, &app.back_len) != 0 ||
	    load_demo_scan("license.jpg", &app.license_image, &app.license_len) != 0) {
		log_msg(LOG_ERR, "demo: scans missing in %s", DEMO_SCAN_DIR);
		application_release(&app);
		return 1;
	}
	rc = application_submit(&app);
	application_release(&app);
	return rc == 0 ? 0 : 1;
}

static const struct command commands[] = {
	{ "serve", 0, cmd_serve, "serve [SPOOL]" },
	{ "renew", 2, cmd_renew, "renew REF SPOOL_DIR" },
	{ "reuse", 2, cmd_reuse, "reuse FROM_REF TO_REF" },
	{ "remind", 0, cmd_remind, "remind" },
	{ "export", 1, cmd_export, "export PATH|-" },
	{ "login", 1, cmd_login, "login NUMBER" },
	{ "resend", 1, cmd_resend, "resend SESSION" },
	{ "dump", 1, cmd_dump, "dump REF" },
	{ "demo", 0, cmd_demo, "demo" },
};

static void usage(FILE *out)
{
	size_t i;

	fprintf(out, "usage:\n");
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(out, "  certplatform %s\n", commands[i].usage);
}

int main(int argc, char **argv)
{
	const struct command *cmd = NULL;
	const char *redis_host;
	size_t i;
	int rc;

	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(argv[1], commands[i].verb) == 0)
			cmd = &commands[i];
	if (!cmd || argc - 2 < cmd->min_args) {
		usage(stderr);
		return 2;
	}

	log_open("certplatform", debug_enabled());
	if (application_selftest() != 0)
		return 1;
	if (crypto_init(FIELD_KEY_PATH) != 0 || store_open(STORE_DB_PATH) != 0 ||
	    verify_global_init() != 0) {
		log_msg(LOG_CRIT, "startup failed");
		return 1;
	}
	redis_host = getenv("CERTPLATFORM_REDIS");
	if (cache_open(redis_host ? redis_host : "127.0.0.1", 6379) != 0)
		log_msg(LOG_WARNING, "running without the session cache");

	rc = cmd->run(argc, argv);

	cache_close();
	verify_global_cleanup();
	store_close();
	crypto_shutdown();
	log_close();
	return rc;
}
