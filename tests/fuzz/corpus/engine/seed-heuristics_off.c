/* SPDX-License-Identifier: Apache-2.0 */
/* --no-heuristics turns identifier-name tagging off: fields named id_card_no
 * or mobile are not PI any more, while explicit PI() annotations still are. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct applicant {
	char id_card_no[19];
	char mobile[16];
	char contact[16] PI(phone);
};

void show(struct applicant *a, const char *sfzh)
{
	printf("%s\n", a->id_card_no);
	printf("%s\n", a->mobile);
	printf("%s\n", sfzh);
	printf("%s\n", a->contact);              // expect: pi-logging "phone"
}
