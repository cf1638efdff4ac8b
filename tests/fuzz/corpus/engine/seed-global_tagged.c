/* SPDX-License-Identifier: Apache-2.0 */
/* A global variable tagged PI is a source wherever it is read; an untagged
 * global next to it is not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

char g_id[19] PI(id_number);
char g_motd[64];
long g_card PI(bank_account);
long g_counter;

void show(void)
{
	printf("%s\n", g_id);                    // expect: pi-logging "id_number"
	printf("%s\n", g_motd);
	printf("%ld\n", g_card);                 // expect: pi-logging "bank_account"
	printf("%ld\n", g_counter);
}
