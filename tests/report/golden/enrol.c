/* enrol.c - golden program: an applicant's record reaches a log through a
 * wrapper (a leak), a file (a leak), a masked log line (a protected flow in
 * the ledger) and a log line whose finding is suppressed with a reason. */
#include <stdio.h>

#include "pitrace.h"

struct applicant {
	char name[32] PI(name);
	char id_number[19] PI(id_number);
	char phone[16] PI(phone);
};

char *mask_id(const char *id) PI_SANITIZER(mask);

static void log_line(const char *fmt, const char *value)
{
	fprintf(stderr, fmt, value);
}

void enrol(const struct applicant *a)
{
	log_line("enrolling %s\n", a->id_number);
	log_line("masked id %s\n", mask_id(a->id_number));
	FILE *f = fopen("applicants.db", "a");
	if (!f)
		return;
	fputs(a->phone, f);
	// pitrace: allow(pi-logging) reason: the display name is public, agreed with the DPO
	log_line("hello %s\n", a->name);
	fclose(f);
}
