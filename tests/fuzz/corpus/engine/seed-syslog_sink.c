/* SPDX-License-Identifier: Apache-2.0 */
/* syslog() and vsyslog() are logs: PI among the format arguments is
 * pi-logging; a priority or a clean argument is not. */
// pitrace-args: --no-heuristics
#include <stdarg.h>
#include <syslog.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
	char city[16];
};

void show(struct app *a)
{
	syslog(LOG_INFO, "%s", a->id_number);    // expect: pi-logging "id_number"
	syslog(LOG_ERR, "city=%s", a->city);
	syslog(LOG_WARNING | LOG_AUTH, "id=%s city=%s", a->id_number, a->city); // expect: pi-logging
}
