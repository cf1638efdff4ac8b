/* SPDX-License-Identifier: Apache-2.0 */
/* A local variable tagged PI holds PI once it is filled; an untagged local
 * filled the same way does not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

void show(void)
{
	char email[64] PI(email);
	char topic[64];
	fgets(email, sizeof email, stdin);
	fgets(topic, sizeof topic, stdin);
	printf("%s\n", email);                   // expect: pi-logging "email"
	printf("%s\n", topic);
	int pin PI(credential) = getchar();
	int ch = getchar();
	printf("%d\n", pin);                     // expect: pi-logging "credential"
	printf("%d\n", ch);
}
