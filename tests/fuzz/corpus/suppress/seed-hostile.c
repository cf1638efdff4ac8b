/* SPDX-License-Identifier: Apache-2.0 */
/* hostile.c - strings that would be markup if the HTML report did not escape
 * them: in a format string next to a finding (the code excerpt) and in a
 * suppression reason. */
#include <stdio.h>

#include "pitrace.h"

struct visitor {
	char id_number[19] PI(id_number);
	char phone[16] PI(phone);
};

void greet(const struct visitor *v)
{
	printf("</script><img src=x onerror=alert(1)>%s\n", v->id_number);
	// pitrace: allow(pi-logging) reason: masked by <b>mask_phone()</b> & "reviewed" by Q'A
	printf("<b>phone</b> %s\n", v->phone);
	printf("tel 13812345678 %s\n", v->phone);
}
