/* relay.c - golden program: a route longer than a report shows. An ID
 * number goes down a chain of 30 relays to the one that logs it: the
 * trace keeps where it came from, says how many steps it leaves out, and
 * ends at the sink (it once stopped at step 48, before the log). */
#include <stdio.h>

#include "pitrace.h"

struct applicant {
	char id_number[19] PI(id_number);
	int age;
};

static void relay_30(const char *s)
{
	fprintf(stderr, "applicant %s\n", s);
}

static void relay_29(const char *s)
{
	relay_30(s);
}

static void relay_28(const char *s)
{
	relay_29(s);
}

static void relay_27(const char *s)
{
	relay_28(s);
}

static void relay_26(const char *s)
{
	relay_27(s);
}

static void relay_25(const char *s)
{
	relay_26(s);
}

static void relay_24(const char *s)
{
	relay_25(s);
}

static void relay_23(const char *s)
{
	relay_24(s);
}

static void relay_22(const char *s)
{
	relay_23(s);
}

static void relay_21(const char *s)
{
	relay_22(s);
}

static void relay_20(const char *s)
{
	relay_21(s);
}

static void relay_19(const char *s)
{
	relay_20(s);
}

static void relay_18(const char *s)
{
	relay_19(s);
}

static void relay_17(const char *s)
{
	relay_18(s);
}

static void relay_16(const char *s)
{
	relay_17(s);
}

static void relay_15(const char *s)
{
	relay_16(s);
}

static void relay_14(const char *s)
{
	relay_15(s);
}

static void relay_13(const char *s)
{
	relay_14(s);
}

static void relay_12(const char *s)
{
	relay_13(s);
}

static void relay_11(const char *s)
{
	relay_12(s);
}

static void relay_10(const char *s)
{
	relay_11(s);
}

static void relay_9(const char *s)
{
	relay_10(s);
}

static void relay_8(const char *s)
{
	relay_9(s);
}

static void relay_7(const char *s)
{
	relay_8(s);
}

static void relay_6(const char *s)
{
	relay_7(s);
}

static void relay_5(const char *s)
{
	relay_6(s);
}

static void relay_4(const char *s)
{
	relay_5(s);
}

static void relay_3(const char *s)
{
	relay_4(s);
}

static void relay_2(const char *s)
{
	relay_3(s);
}

static void relay_1(const char *s)
{
	relay_2(s);
}

void review(const struct applicant *a)
{
	relay_1(a->id_number);
}
