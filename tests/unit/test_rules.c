/* SPDX-License-Identifier: Apache-2.0 */
/* test_rules.c - unit tests of the rule-pack loader (checker/rules.c):
 * identifier normalisation, the built-in heuristics on real look-alikes,
 * overriding and disabling entries across files, and error messages.
 * No framework: prints "N passed, N failed" and exits 1 on any failure. */
#include <stdio.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "rules.h"

#ifndef PITRACE_SOURCE_RULES
#error "PITRACE_SOURCE_RULES must name the built-in rules folder"
#endif

static int passed, failed;

#define CHECK(cond) check((cond), #cond, __FILE__, __LINE__)

static bool check(bool ok, const char *what, const char *file, int line)
{
	if (ok) {
		passed++;
	} else {
		failed++;
		fprintf(stderr, "%s:%d: FAIL: %s\n", file, line, what);
	}
	return ok;
}

static void check_normalise(const char *in, const char *want)
{
	char *got = rules_normalise_identifier(in);
	if (!check(!strcmp(got, want), "rules_normalise_identifier", __FILE__, __LINE__))
		fprintf(stderr, "    \"%s\" -> \"%s\", want \"%s\"\n", in, got, want);
	g_free(got);
}

static void test_normalise(void)
{
	check_normalise("idCardNo", "id_card_no");
	check_normalise("legalRepName", "legal_rep_name");
	check_normalise("id_number", "id_number");
	check_normalise("IDCard", "id_card");
	check_normalise("HTTPServer", "http_server");
	check_normalise("sha256sum", "sha256_sum");
	check_normalise("v2Name", "v2_name");
	check_normalise("__id__no_", "id_no");
	check_normalise("m_strPhone", "m_str_phone");
	check_normalise("SFZH", "sfzh");
	check_normalise("", "");
}

/* Tags ident in a field position with exactly category (or nothing when
 * category < 0). */
static void check_heuristic(const struct rules *r, const char *ident, int category)
{
	const struct rule_heuristic *h = NULL;
	unsigned mask = rules_heuristic_categories(r, ident, HEUR_FIELD, &h, NULL);
	unsigned want = category < 0 ? 0 : 1u << category;
	if (!check(mask == want, "heuristic", __FILE__, __LINE__))
		fprintf(stderr, "    %s: mask 0x%x (rule %s), want 0x%x\n", ident, mask,
			h ? h->head.id : "none", want);
	if (mask)
		CHECK(h != NULL && (mask & 1u << h->category));
}

static void test_heuristics(const struct rules *r)
{
	static const struct {
		const char *ident;
		int category;
	} cases[] = {
		{ "id_number", PI_ID_NUMBER }, { "idCardNo", PI_ID_NUMBER },
		{ "sfzh", PI_ID_NUMBER }, { "zjhm", PI_ID_NUMBER },
		{ "applicant_id_no", PI_ID_NUMBER }, { "legal_rep_name", PI_NAME },
		{ "legalRepName", PI_NAME }, { "xingming", PI_NAME },
		{ "mobile", PI_PHONE }, { "phoneNumber", PI_PHONE }, { "tel", PI_PHONE },
		{ "sjh", PI_PHONE }, { "home_address", PI_ADDRESS }, { "zhuzhi", PI_ADDRESS },
		{ "email", PI_EMAIL }, { "birthday", PI_BIRTHDATE }, { "dob", PI_BIRTHDATE },
		{ "csrq", PI_BIRTHDATE }, { "bankCardNo", PI_BANK_ACCOUNT },
		{ "yhkh", PI_BANK_ACCOUNT }, { "uscc", PI_LICENSE_NUMBER },
		{ "business_license", PI_LICENSE_NUMBER }, { "idCardFront", PI_ID_IMAGE },
		{ "sfz_zm", PI_ID_IMAGE }, { "license_image", PI_LICENSE_IMAGE },
		{ "face_image", PI_BIOMETRIC }, { "latitude", PI_LOCATION },
		{ "password", PI_CREDENTIAL }, { "passwd", PI_CREDENTIAL },
		/* look-alikes */
		{ "name", -1 }, { "addr", -1 }, { "address", -1 }, { "id", -1 },
		{ "ip_address", -1 }, { "mac_addr", -1 }, { "sockaddr", -1 },
		{ "address_family", -1 }, { "addrlen", -1 }, { "hostname", -1 },
		{ "filename", -1 }, { "username", -1 }, { "telnet", -1 },
		{ "hotel", -1 }, { "phone_model", -1 }, { "thread_id", -1 },
		{ "name_len", -1 }, { "namelen", -1 }, { "phone_len", -1 },
		{ "deleted_id_num", -1 }, { "key_fingerprint", -1 },
		{ "cert_fingerprint", -1 }, { "fingerprint", -1 }, { "card_no", -1 },
		{ "masked_phone", -1 }, { "password_hash", -1 }, { "is_mobile", -1 },
		{ "adobe", -1 }, { "fullname", -1 },
	};
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++)
		check_heuristic(r, cases[i].ident, cases[i].category);
}

static void test_builtin_models(const struct rules *r)
{
	const struct rule_function *f = rules_function(r, "fprintf");
	if (CHECK(f != NULL) && CHECK(f->sinks[0] != NULL)) {
		CHECK(f->sinks[0]->dest == 0);
		CHECK(f->sinks[0]->kind == SINK_STORAGE);
		CHECK(f->sinks[0]->args[0].first == 1);
		CHECK(f->sinks[0]->args[0].last == RULE_ARGS_REST);
		CHECK(g_str_has_suffix(f->sinks[0]->head.file, "libc.json"));
		CHECK(f->propagators[0] == NULL);
	}
	f = rules_function(r, "curl_easy_setopt");
	if (CHECK(f != NULL) && CHECK(f->sinks[0] && f->handles[0])) {
		CHECK(f->sinks[0]->cond.arg == 1);
		bool postfields = false;
		for (char **e = f->sinks[0]->cond.equals; *e; e++)
			postfields |= !strcmp(*e, "CURLOPT_POSTFIELDS");
		CHECK(postfields);
		CHECK(f->handles[0]->target.kind == TARGET_ARG && f->handles[0]->target.arg == 0);
		CHECK(f->handles[0]->url_arg == 2);
	}
	f = rules_function(r, "strcpy");
	if (CHECK(f != NULL) && CHECK(f->propagators[0] != NULL)) {
		CHECK(f->propagators[0]->to[0].kind == TARGET_ARG_DEREF);
		CHECK(f->propagators[0]->to[0].arg == 0);
	}
	/* strlen is known to make no PI (an "inert" entry), and nothing else */
	f = rules_function(r, "strlen");
	CHECK(f && f->inert && !f->propagators[0] && !f->sinks[0]);
	CHECK(rules_function(r, "no_such_function_anywhere") == NULL);
	CHECK(rules_function(r, "memset") && rules_function(r, "memset")->cleaners[0]);
	const struct rule_handle *h = rules_global_handle(r, "stderr");
	CHECK(h != NULL && h->kind == SINK_LOG);
	CHECK(rules_global_handle(r, "stdin") == NULL);
	CHECK(rules_is_cipher(r, "EVP_EncryptUpdate"));
	CHECK(rules_is_cipher(r, "crypto_secretbox_easy"));
	CHECK(!rules_is_cipher(r, "EVP_EncodeBlock"));
	CHECK(!rules_is_cipher(r, "SHA256"));
	CHECK(rules_category_sensitive(r, 1u << PI_ID_NUMBER));
	CHECK(!rules_category_sensitive(r, 1u << PI_NAME | 1u << PI_PHONE));
	const struct category_info *ci = rules_category(r, PI_ID_NUMBER);
	CHECK(ci && ci->legal[0] && !strcmp(ci->label_zh, "身份证件号码"));
	CHECK(strlen(rules_digest(r)) == 64);
}

/* A scratch folder of rule files, removed at the end. */
static char *scratch;

static char *write_rule_file(const char *name, const char *text)
{
	char *path = g_build_filename(scratch, name, NULL);
	CHECK(g_file_set_contents(path, text, -1, NULL));
	return path;
}

static void remove_scratch(void)
{
	GDir *dir = g_dir_open(scratch, 0, NULL);
	const char *name;
	while (dir && (name = g_dir_read_name(dir))) {
		char *path = g_build_filename(scratch, name, NULL);
		g_remove(path);
		g_free(path);
	}
	if (dir)
		g_dir_close(dir);
	g_rmdir(scratch);
}

static void test_override_and_disable(void)
{
	char *dir = g_build_filename(scratch, "packs", NULL);
	g_mkdir(dir, 0700);
	char *a = g_build_filename(dir, "a.json", NULL), *b = g_build_filename(dir, "b.json", NULL);
	g_file_set_contents(a,
		"{\"pitrace_rules\": 1,\n"
		" \"sinks\": [{\"id\": \"t.sink\", \"function\": \"old_log\", \"args\": [0], \"kind\": \"log\"},\n"
		"            {\"id\": \"t.keep\", \"function\": \"keep_me\", \"args\": [0], \"kind\": \"log\"},\n"
		"            {\"id\": \"t.gone\", \"function\": \"gone\", \"args\": [0], \"kind\": \"log\"},\n"
		"            {\"id\": \"t.prefix.one\", \"function\": \"p1\", \"args\": [0], \"kind\": \"log\"}],\n"
		" \"sources\": [{\"id\": \"t.src\", \"field\": \"struct cert_application.id_number\", \"category\": \"id_number\"},\n"
		"              {\"id\": \"t.glob\", \"global\": \"g_phone\", \"category\": \"phone\"}],\n"
		" \"heuristics\": [{\"id\": \"t.h\", \"category\": \"health\", \"pattern\": \"^zzz_cond$\", \"on\": [\"param\"]}]}\n",
		-1, NULL);
	g_file_set_contents(b,
		"{\"pitrace_rules\": 1,\n"
		" \"sinks\": [{\"id\": \"t.sink\", \"function\": \"new_store\", \"args\": [\"1...\"], \"kind\": \"storage\"}],\n"
		" \"categories\": {\"id_number\": {\"sensitive\": false}},\n"
		" \"disable\": [\"t.gone\", \"t.prefix.*\", \"t.nothing\"]}\n",
		-1, NULL);
	struct rules *r = rules_new();
	char *error = NULL;
	CHECK(rules_load_path(r, dir, &error));
	CHECK(error == NULL);
	rules_finish(r, true);
	CHECK(rules_function(r, "old_log") == NULL);
	const struct rule_function *f = rules_function(r, "new_store");
	if (CHECK(f && f->sinks[0])) {
		CHECK(f->sinks[0]->kind == SINK_STORAGE);
		CHECK(g_str_has_suffix(f->sinks[0]->head.file, "b.json"));
	}
	CHECK(rules_function(r, "keep_me") != NULL);
	CHECK(rules_function(r, "gone") == NULL);
	CHECK(rules_function(r, "p1") == NULL);
	CHECK(rules_field_categories(r, "struct cert_application", "id_number") == 1u << PI_ID_NUMBER);
	CHECK(rules_field_categories(r, "cert_application", "id_number") == 1u << PI_ID_NUMBER);
	CHECK(rules_field_categories(r, "struct cert_application", "name") == 0);
	CHECK(rules_global_categories(r, "g_phone") == 1u << PI_PHONE);
	CHECK(!rules_category_sensitive(r, 1u << PI_ID_NUMBER));
	/* "on" limits where a heuristic applies */
	CHECK(rules_heuristic_categories(r, "zzz_cond", HEUR_PARAM, NULL, NULL) == 1u << PI_HEALTH);
	CHECK(rules_heuristic_categories(r, "zzz_cond", HEUR_FIELD, NULL, NULL) == 0);
	rules_free(r);

	/* --no-heuristics drops them */
	r = rules_new();
	CHECK(rules_load_path(r, dir, NULL));
	rules_finish(r, false);
	CHECK(rules_heuristic_categories(r, "zzz_cond", HEUR_PARAM, NULL, NULL) == 0);
	rules_free(r);

	g_remove(a);
	g_remove(b);
	g_rmdir(dir);
	g_free(a);
	g_free(b);
	g_free(dir);
}

static void test_errors(void)
{
	struct rules *r = rules_new();
	char *good = write_rule_file("good.json",
		"{\"pitrace_rules\": 1, \"sinks\": [{\"id\": \"e.ok\", \"function\": \"ok\", \"args\": [0], \"kind\": \"log\"}]}");
	CHECK(rules_load_path(r, good, NULL));
	char digest[65];
	g_strlcpy(digest, rules_digest(r), sizeof digest);

	char *dup = write_rule_file("dup.json",
		"{\n  \"pitrace_rules\": 1,\n  \"cleaners\": [\n"
		"    {\"id\": \"e.c\", \"function\": \"wipe\", \"clears\": [\"*0\"]},\n"
		"    {\"id\": \"e.c\", \"function\": \"wipe2\", \"clears\": [\"*0\"]}\n  ]\n}\n");
	char *error = NULL;
	CHECK(!rules_load_path(r, dup, &error));
	if (CHECK(error != NULL)) {
		CHECK(strstr(error, "dup.json:5: cleaners[1].id: duplicate id \"e.c\"") != NULL);
		g_free(error);
	}
	char *bad_arg = write_rule_file("bad_arg.json",
		"{\n  \"pitrace_rules\": 1,\n  \"sinks\": [\n"
		"    {\"id\": \"e.a\", \"function\": \"f\", \"args\": [0], \"kind\": \"log\"},\n"
		"    {\"id\": \"e.b\", \"function\": \"f\", \"args\": [1], \"kind\": \"log\"},\n"
		"    {\"id\": \"e.c\", \"function\": \"f\", \"args\": [2], \"kind\": \"log\"},\n"
		"    {\"id\": \"e.d\", \"function\": \"f\",\n      \"args\": [\"x\"], \"kind\": \"log\"}\n  ]\n}\n");
	CHECK(!rules_load_path(r, bad_arg, &error));
	if (CHECK(error != NULL)) {
		CHECK(strstr(error, "bad_arg.json:8: sinks[3].args[0]: argument index must be a non-negative integer or \"N...\"") != NULL);
		g_free(error);
	}
	char *syntax = write_rule_file("syntax.json", "{\n  \"pitrace_rules\": 1,\n  \"sinks\": [\n}\n");
	CHECK(!rules_load_path(r, syntax, &error));
	if (CHECK(error != NULL)) {
		CHECK(strstr(error, "syntax.json:4:1: JSON syntax error") != NULL);
		g_free(error);
	}
	char *missing = g_build_filename(scratch, "missing.json", NULL);
	CHECK(!rules_load_path(r, missing, &error));
	if (CHECK(error != NULL)) {
		CHECK(strstr(error, "missing.json") != NULL);
		g_free(error);
	}
	/* failed loads change nothing */
	CHECK(!strcmp(digest, rules_digest(r)));
	rules_finish(r, true);
	CHECK(rules_function(r, "wipe") == NULL && rules_function(r, "ok") != NULL);
	rules_free(r);
	g_free(good);
	g_free(dup);
	g_free(bad_arg);
	g_free(syntax);
	g_free(missing);
}

int main(void)
{
	test_normalise();

	struct rules *r = rules_new();
	char *error = NULL;
	if (!CHECK(rules_load_path(r, PITRACE_SOURCE_RULES, &error))) {
		fprintf(stderr, "    %s\n", error);
		g_free(error);
	} else {
		rules_finish(r, true);
		test_heuristics(r);
		test_builtin_models(r);
	}
	rules_free(r);

	scratch = g_dir_make_tmp("pitrace-test-rules-XXXXXX", NULL);
	if (CHECK(scratch != NULL)) {
		test_override_and_disable();
		test_errors();
		remove_scratch();
		g_free(scratch);
	}

	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
