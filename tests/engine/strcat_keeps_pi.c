/* strcat appends: a buffer that already holds PI keeps it when clean text is
 * appended (unlike strcpy, which replaces). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
};

void show(struct app *a)
{
	char line[64];
	strcpy(line, a->phone);
	puts(line);                              // expect: pi-logging "phone"
	strcat(line, " (verified)");
	/* known gap: appending clean text drops the PI already in line */
	puts(line);                              // expect: pi-logging
	strncat(line, "!", 1);
	puts(line);                              // expect: pi-logging
	strcpy(line, "replaced");
	strcat(line, " (verified)");
	puts(line);
}
