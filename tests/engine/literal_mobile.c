/* pi-hardcoded-literal: a string literal that is a mainland mobile number
 * (11 digits starting 13-19) is reported at the literal; an 11-digit number
 * starting 10-12 or 0, a 10- or 12-digit run, and a mobile number inside a
 * longer digit run are not. */
// pitrace-args: --no-heuristics
#include <stdio.h>

static const char *support_line = "13812345678";      // expect: pi-hardcoded-literal
static const char *other_mobile = "19912345678";      // expect: pi-hardcoded-literal
static const char *not_mobile = "12812345678";
static const char *landline = "01012345678";
static const char *short_run = "1381234567";
static const char *long_run = "138123456789";
static const char *order_no = "2024013812345678";

void show(void)
{
	printf("call %s\n", "15900001111");              // expect: pi-hardcoded-literal
	printf("%s %s %s %s %s %s\n", support_line, other_mobile, not_mobile,
	       landline, short_run, long_run);
	printf("%s\n", order_no);
}
