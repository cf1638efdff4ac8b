/* SPDX-License-Identifier: Apache-2.0 */
/* check_list.h - every report rule, one line each, in the smatch style:
 * the file is included with different definitions of RULE_CHECK, by pi.h
 * to make enum rule_id, by pi.c for the ids and by check.c for the
 * registry's table. What a rule says (help, legal basis, its messages in
 * English and Chinese) is its entry in check_text.c.
 *
 *   RULE_CHECK(enum, id, SARIF name, level, level for sensitive PI, run)
 *
 * run is the function that finds the rule's findings in the IR of every
 * translation unit, after the engine (check.h); NULL where the engine
 * finds them (a flow reaching a sink of the rule's kind, pi.c
 * sink_kind_rule) or the suppressions do (suppress.c).
 *
 * A new rule goes at the end: the cache and facts files store the enum's
 * numbers. docs/engine.md, "Report rules", says how to add one. */

RULE_CHECK(RULE_UNENCRYPTED_STORAGE, "pi-unencrypted-storage", "PiUnencryptedStorage", LEVEL_ERROR, LEVEL_ERROR, NULL)
RULE_CHECK(RULE_LOGGING, "pi-logging", "PiLogging", LEVEL_WARNING, LEVEL_ERROR, NULL)
RULE_CHECK(RULE_CLEARTEXT_TRANSMISSION, "pi-cleartext-transmission", "PiCleartextTransmission", LEVEL_ERROR,
	   LEVEL_ERROR, NULL)
RULE_CHECK(RULE_EXTERNAL_TRANSFER, "pi-external-transfer", "PiExternalTransfer", LEVEL_WARNING, LEVEL_WARNING, NULL)
RULE_CHECK(RULE_HARDCODED_LITERAL, "pi-hardcoded-literal", "PiHardcodedLiteral", LEVEL_WARNING, LEVEL_WARNING,
	   check_literals)
RULE_CHECK(RULE_UNVERIFIED_SANITIZER, "pi-unverified-sanitizer", "PiUnverifiedSanitizer", LEVEL_WARNING,
	   LEVEL_WARNING, check_sanitizers)
/* pitrace's own: problems with suppression comments */
RULE_CHECK(RULE_UNKNOWN_SUPPRESSION, "pitrace-suppression", "PitraceSuppression", LEVEL_WARNING, LEVEL_WARNING,
	   NULL)
