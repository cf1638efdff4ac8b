/* SPDX-License-Identifier: Apache-2.0 */
/* A pointer to a struct that holds PI: p = &app; p->id_number is PI
 * through the alias; p->age is not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
	int age;
};

void show(void)
{
	struct app app;
	fgets(app.id_number, sizeof app.id_number, stdin);
	app.age = 30;
	struct app *p;
	p = &app;
	printf("%s\n", p->id_number);            // expect: pi-logging "id_number"
	printf("%d\n", p->age);
	struct app **pp = &p;
	printf("%s\n", (*pp)->id_number);        // expect: pi-logging
	printf("%d\n", (*pp)->age);
}
