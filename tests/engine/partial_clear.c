/* buf[0] = 0 (or *buf = '\0') truncates the string but does not clear the
 * bytes: the buffer still holds PI, so a byte-writing sink after it is still
 * reported. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
};

void show(struct app *a, FILE *f)
{
	char buf[19];
	memcpy(buf, a->id_number, sizeof buf);
	buf[0] = 0;
	fwrite(buf, 1, sizeof buf, f);           // expect: pi-unencrypted-storage "id_number"
	char b2[19];
	memcpy(b2, a->id_number, sizeof b2);
	*b2 = '\0';
	/* known gap: *b2 = '\0' is taken as a full clear, buf[0] = 0 is not */
	fwrite(b2, 1, sizeof b2, f);             // expect: pi-unencrypted-storage
	buf[5] = 'x';
	write(2, buf, sizeof buf);               // expect: pi-logging
	char b3[19];
	memcpy(b3, a->id_number, sizeof b3);
	memset(b3, 0, sizeof b3);
	fwrite(b3, 1, sizeof b3, f);
}
