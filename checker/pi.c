/* SPDX-License-Identifier: Apache-2.0 */
/* pi.c - spellings of the contract's vocabulary, and the categories' labels. */
#include <string.h>

#include <glib.h>

#include "pi.h"

/* One row a category: its spelling, its default sensitivity (CONTRACT 2)
 * and what reports call it. The labels are the built-in defaults, and
 * rules/categories.json says the same (tests/unit/test_check.c compares
 * them): a rule file may change a label, this table is what a report made
 * without rules shows and what the loaded rules start from. */
struct category_text {
	const char *name;
	bool sensitive;
	const char *label[LANG_COUNT];
	const char *term_zh;	/* in a Chinese sentence (report_zh.c) */
};

static const struct category_text categories[PI_CATEGORY_COUNT] = {
	[PI_ID_NUMBER] = { "id_number", true, { "ID document number", "身份证件号码" }, "身份证件号码" },
	[PI_NAME] = { "name", false, { "Name", "姓名" }, "姓名" },
	[PI_ADDRESS] = { "address", false, { "Address", "住址" }, "住址" },
	[PI_PHONE] = { "phone", false, { "Phone number", "电话号码" }, "电话号码" },
	[PI_EMAIL] = { "email", false, { "Email address", "电子邮箱" }, "电子邮箱" },
	[PI_BIRTHDATE] = { "birthdate", false, { "Date of birth", "出生日期" }, "出生日期" },
	[PI_ID_IMAGE] = { "id_image", true, { "ID document image", "身份证件影像" }, "身份证件图像" },
	[PI_LICENSE_IMAGE] = { "license_image", false, { "Business licence image", "营业执照影像" }, "证照图像" },
	[PI_LICENSE_NUMBER] = { "license_number", false,
				{ "Business licence number", "营业执照号码 / 统一社会信用代码" }, "证照号码" },
	[PI_BANK_ACCOUNT] = { "bank_account", true, { "Bank account", "银行账户" }, "银行账户" },
	[PI_BIOMETRIC] = { "biometric", true, { "Biometric data", "生物识别信息" }, "生物识别信息" },
	[PI_LOCATION] = { "location", true, { "Location / whereabouts", "行踪信息" }, "位置/行踪" },
	[PI_CREDENTIAL] = { "credential", true, { "Credential", "账户口令与认证凭据" }, "账户凭据" },
	[PI_HEALTH] = { "health", true, { "Health information", "健康信息" }, "健康信息" },
	[PI_OTHER] = { "other", false, { "Other personal information", "其他个人信息" }, "其他" },
};

static const char *const protection_names[PROT_KIND_COUNT] = {
	"encrypt", "mask", "hash", "anonymize",
};

static const char *const sink_names[SINK_KIND_COUNT] = {
	[SINK_STORAGE] = "storage",
	[SINK_LOG] = "log",
	[SINK_NETWORK] = "network",
	[SINK_NETWORK_TLS] = "network-tls",
};

static const char *const rule_names[RULE_COUNT] = {
#define RULE_CHECK(rule, id, ...) [rule] = id,
#include "check_list.h"
#undef RULE_CHECK
};

static const char *const level_names[] = {
	[LEVEL_NOTE] = "note",
	[LEVEL_WARNING] = "warning",
	[LEVEL_ERROR] = "error",
};

static int lookup(const char *const *names, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (names[i] && !strcmp(names[i], name))
			return i;
	return -1;
}

const char *pi_category_name(enum pi_category c)
{
	return (unsigned)c < PI_CATEGORY_COUNT ? categories[c].name : "?";
}

int pi_category_from_name(const char *name)
{
	for (int c = 0; c < PI_CATEGORY_COUNT; c++)
		if (!strcmp(categories[c].name, name))
			return c;
	return -1;
}

const char *pi_category_label(enum pi_category c, enum lang lang)
{
	if ((unsigned)c >= PI_CATEGORY_COUNT)
		return "?";
	return categories[c].label[(unsigned)lang < LANG_COUNT ? lang : LANG_EN];
}

const char *pi_category_term_zh(enum pi_category c)
{
	return (unsigned)c < PI_CATEGORY_COUNT ? categories[c].term_zh : "?";
}

const char *pi_protection_name(unsigned bit)
{
	for (int i = 0; i < PROT_KIND_COUNT; i++)
		if (bit == 1u << i)
			return protection_names[i];
	return "?";
}

int pi_protection_from_name(const char *name)
{
	int i = lookup(protection_names, PROT_KIND_COUNT, name);
	return i < 0 ? -1 : (int)(1u << i);
}

const char *sink_kind_name(enum sink_kind k)
{
	return (unsigned)k < SINK_KIND_COUNT ? sink_names[k] : "?";
}

int sink_kind_from_name(const char *name)
{
	return lookup(sink_names, SINK_KIND_COUNT, name);
}

const char *rule_id_name(enum rule_id r)
{
	return (unsigned)r < RULE_COUNT ? rule_names[r] : "?";
}

int rule_id_from_name(const char *name)
{
	return lookup(rule_names, RULE_COUNT, name);
}

const char *level_name(enum level l)
{
	return (unsigned)l <= LEVEL_ERROR ? level_names[l] : "?";
}

int level_from_name(const char *name)
{
	return lookup(level_names, 3, name);
}

enum rule_id sink_kind_rule(enum sink_kind k)
{
	static const enum rule_id rules[SINK_KIND_COUNT] = {
		[SINK_STORAGE] = RULE_UNENCRYPTED_STORAGE,
		[SINK_LOG] = RULE_LOGGING,
		[SINK_NETWORK] = RULE_CLEARTEXT_TRANSMISSION,
		[SINK_NETWORK_TLS] = RULE_EXTERNAL_TRANSFER,
	};
	return rules[k];
}

/* CONTRACT section 3, column "unless protected by". */
unsigned sink_kind_accepts(enum sink_kind k)
{
	static const unsigned accepts[SINK_KIND_COUNT] = {
		[SINK_STORAGE] = PROT_ENCRYPT | PROT_ANONYMIZE,
		[SINK_LOG] = PROT_ENCRYPT | PROT_MASK | PROT_HASH | PROT_ANONYMIZE,
		[SINK_NETWORK] = PROT_ENCRYPT | PROT_ANONYMIZE,
		[SINK_NETWORK_TLS] = PROT_ANONYMIZE | PROT_MASK,
	};
	return accepts[k];
}

bool pi_category_default_sensitive(enum pi_category c)
{
	return (unsigned)c < PI_CATEGORY_COUNT && categories[c].sensitive;
}

static char *names_text(unsigned mask, const char *(*name)(int), int n)
{
	GString *s = g_string_new(NULL);
	for (int i = 0; i < n; i++)
		if (mask & (1u << i))
			g_string_append_printf(s, "%s%s", s->len ? ", " : "", name(i));
	return g_string_free(s, FALSE);
}

static const char *category_at(int i)
{
	return pi_category_name((enum pi_category)i);
}

static const char *sink_at(int i)
{
	return sink_kind_name((enum sink_kind)i);
}

char *pi_categories_text(unsigned mask)
{
	return names_text(mask, category_at, PI_CATEGORY_COUNT);
}

char *sink_kinds_text(unsigned mask)
{
	return names_text(mask, sink_at, SINK_KIND_COUNT);
}
