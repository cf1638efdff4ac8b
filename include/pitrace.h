/* SPDX-License-Identifier: Apache-2.0 */
/* pitrace.h - annotations for pitrace, the personal-information flow checker.
 *
 * Tag where personal information (PI) lives and which functions protect or
 * emit it. The macros expand to nothing unless the code is being analysed by
 * pitrace (which predefines __PITRACE__), so ordinary gcc and clang builds are
 * unaffected. The raw attributes they produce are the stable interface
 * (CONTRACT section 2):
 *
 *   __attribute__((annotate("pi:CATEGORY")))        field, variable, parameter,
 *                                                   or function (its return)
 *   __attribute__((annotate("pi-sanitizer:KIND")))  function
 *   __attribute__((annotate("pi-sink:SINK")))       function
 *
 * Categories: id_number name address phone email birthdate id_image
 *   license_image license_number bank_account biometric location credential
 *   health other
 * Sanitizer kinds: encrypt mask hash anonymize
 * Sinks: storage log network network-tls
 *
 *   struct applicant {
 *           char id_number[19] PI(id_number);
 *           char phone[16] PI(phone);
 *   };
 *   char *mask_id(const char *id) PI_SANITIZER(mask);
 *   void audit_write(const char *fmt, ...) PI_SINK(log);
 */
#ifndef PITRACE_H
#define PITRACE_H

#ifdef __PITRACE__
#define PI(category) __attribute__((annotate("pi:" #category)))
#define PI_SANITIZER(kind) __attribute__((annotate("pi-sanitizer:" #kind)))
#define PI_SINK(kind) __attribute__((annotate("pi-sink:" #kind)))
#else
#define PI(category)
#define PI_SANITIZER(kind)
#define PI_SINK(kind)
#endif

/* PI_SINK(network-tls) works too: the stringized argument keeps the hyphen. */

#endif
