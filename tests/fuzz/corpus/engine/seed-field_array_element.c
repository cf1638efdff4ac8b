/* SPDX-License-Identifier: Apache-2.0 */
/* A tagged field read from an element of an array of structs:
 * apps[i].id_number is PI whatever the index; apps[i].age is not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
	int age;
};

struct app g_apps[4];

void show(struct app *apps, int n)
{
	for (int i = 0; i < n; i++) {
		printf("%s\n", apps[i].id_number);   // expect: pi-logging "id_number"
		printf("%d\n", apps[i].age);
	}
	printf("%s\n", g_apps[2].id_number);         // expect: pi-logging
	printf("%d\n", g_apps[2].age);
	printf("%s\n", (apps + 1)->id_number);       // expect: pi-logging
}
