/* SPDX-License-Identifier: Apache-2.0 */
/* pi.h - the vocabulary fixed by CONTRACT.md section 2: PI categories,
 * sanitizer kinds, sink kinds and rule ids, with their spellings.
 * Everything here is a small integer or a bit in a mask so that facts stay
 * a few bytes wide. */
#ifndef PITRACE_PI_H
#define PITRACE_PI_H

#include <stdbool.h>

enum pi_category {
	PI_ID_NUMBER,
	PI_NAME,
	PI_ADDRESS,
	PI_PHONE,
	PI_EMAIL,
	PI_BIRTHDATE,
	PI_ID_IMAGE,
	PI_LICENSE_IMAGE,
	PI_LICENSE_NUMBER,
	PI_BANK_ACCOUNT,
	PI_BIOMETRIC,
	PI_LOCATION,
	PI_CREDENTIAL,
	PI_HEALTH,
	PI_OTHER,
	PI_CATEGORY_COUNT
};

enum pi_protection {
	PROT_ENCRYPT = 1u << 0,
	PROT_MASK = 1u << 1,
	PROT_HASH = 1u << 2,
	PROT_ANONYMIZE = 1u << 3,
};
#define PROT_KIND_COUNT 4

enum sink_kind {
	SINK_STORAGE,
	SINK_LOG,
	SINK_NETWORK,
	SINK_NETWORK_TLS,
	SINK_KIND_COUNT
};

/* The report rules are listed in check_list.h; check.h is their registry. */
enum rule_id {
#define RULE_CHECK(rule, ...) rule,
#include "check_list.h"
#undef RULE_CHECK
	RULE_COUNT
};

enum level {
	LEVEL_NOTE,
	LEVEL_WARNING,
	LEVEL_ERROR,
};

/* The languages of what a report says to people. */
enum lang {
	LANG_EN,
	LANG_ZH,
	LANG_COUNT
};

/* Spellings; each returns a static string. *_from_name return -1 when the
 * name is not one of the contract's. */
const char *pi_category_name(enum pi_category c);
int pi_category_from_name(const char *name);
/* A category's label in reports ("ID document number", "身份证件号码"): the
 * built-in default, which rules/categories.json repeats and a rule file may
 * change (rules_category); a test keeps the two equal. */
const char *pi_category_label(enum pi_category c, enum lang lang);
/* The category in a Chinese sentence (report_zh.c), which may be shorter
 * than its label: "证照号码" where the label says "营业执照号码 / 统一社会信用代码". */
const char *pi_category_term_zh(enum pi_category c);
const char *pi_protection_name(unsigned single_bit);
int pi_protection_from_name(const char *name);	/* returns the bit */
/* A handle bit beside the sink kinds: a descriptor or stream on a device
 * (a path under /dev/, a serial port, a Bluetooth RFCOMM socket) is none
 * of the sinks (CONTRACT 3); writes to it alone make no finding. */
#define HANDLE_DEVICE (1u << 7)
/* engine_handles.c: a record field also given a descriptor of unknown
 * origin (a parameter): it stands for the sink's default kind too. */
#define HANDLE_OUTSIDE (1u << 6)
/* A handle fact's shape, when the call that made it says: a descriptor
 * (an int: socket, open) or a stream (a pointer: fopen, a library's
 * connection). A descriptor is never the FILE * a sink writes to, nor a
 * stream the int: where a record is smeared whole, the socket kept in
 * one field is not the log stream kept in another. */
#define HANDLE_NUMBER (1u << 4)
#define HANDLE_STREAM (1u << 5)
#define HANDLE_SHAPES (HANDLE_NUMBER | HANDLE_STREAM)

const char *sink_kind_name(enum sink_kind k);
int sink_kind_from_name(const char *name);
const char *rule_id_name(enum rule_id r);
int rule_id_from_name(const char *name);
const char *level_name(enum level l);
int level_from_name(const char *name);

/* "id_number, phone" for a mask of categories, "log, storage" for a mask
 * of sink kinds; free with g_free(). */
char *pi_categories_text(unsigned mask);
char *sink_kinds_text(unsigned mask);

/* The rule a sink kind reports under, and the protections it accepts. */
enum rule_id sink_kind_rule(enum sink_kind k);
unsigned sink_kind_accepts(enum sink_kind k);

/* Sensitivity is a property of the loaded taxonomy (a rule file may change
 * it), so it lives with the rules; this is the contract's default. */
bool pi_category_default_sensitive(enum pi_category c);

#endif
