/* SPDX-License-Identifier: Apache-2.0 */
/* pi.c - spellings of the contract's vocabulary. */
#include <string.h>

#include <glib.h>

#include "pi.h"

static const char *const category_names[PI_CATEGORY_COUNT] = {
	[PI_ID_NUMBER] = "id_number",
	[PI_NAME] = "name",
	[PI_ADDRESS] = "address",
	[PI_PHONE] = "phone",
	[PI_EMAIL] = "email",
	[PI_BIRTHDATE] = "birthdate",
	[PI_ID_IMAGE] = "id_image",
	[PI_LICENSE_IMAGE] = "license_image",
	[PI_LICENSE_NUMBER] = "license_number",
	[PI_BANK_ACCOUNT] = "bank_account",
	[PI_BIOMETRIC] = "biometric",
	[PI_LOCATION] = "location",
	[PI_CREDENTIAL] = "credential",
	[PI_HEALTH] = "health",
	[PI_OTHER] = "other",
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
	[RULE_UNENCRYPTED_STORAGE] = "pi-unencrypted-storage",
	[RULE_LOGGING] = "pi-logging",
	[RULE_CLEARTEXT_TRANSMISSION] = "pi-cleartext-transmission",
	[RULE_EXTERNAL_TRANSFER] = "pi-external-transfer",
	[RULE_HARDCODED_LITERAL] = "pi-hardcoded-literal",
	[RULE_UNVERIFIED_SANITIZER] = "pi-unverified-sanitizer",
	[RULE_UNKNOWN_SUPPRESSION] = "pitrace-suppression",
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
	return (unsigned)c < PI_CATEGORY_COUNT ? category_names[c] : "?";
}

int pi_category_from_name(const char *name)
{
	return lookup(category_names, PI_CATEGORY_COUNT, name);
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
	switch (c) {
	case PI_ID_NUMBER: case PI_ID_IMAGE: case PI_BANK_ACCOUNT:
	case PI_BIOMETRIC: case PI_HEALTH: case PI_LOCATION: case PI_CREDENTIAL:
		return true;
	default:
		return false;
	}
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
