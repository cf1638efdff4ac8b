/* SPDX-License-Identifier: Apache-2.0 */
/* pi-hardcoded-literal: a unified social credit code (18 characters, GB 32100
 * check character) with a valid check character is reported at the literal;
 * the same code with a wrong check character is not. */
// pitrace-args: --no-heuristics
#include <stdio.h>

static const char *vendor_code = "91350100M000100Y43";    // expect: pi-hardcoded-literal
static const char *bad_code = "91350100M000100Y44";
static const char *other_code = "91110000600037341L";     // expect: pi-hardcoded-literal
static const char *other_bad = "91110000600037341K";

void show(void)
{
	printf("%s %s %s %s\n", vendor_code, bad_code, other_code, other_bad);
}
