/* A tagged field of a struct nested inside another struct: a->owner.id_number
 * is PI, a->owner.age and the outer struct's own untagged fields are not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct person {
	char id_number[19] PI(id_number);
	int age;
};

struct app {
	int serial;
	struct person owner;
	struct person *agent;
};

void show(struct app *a, struct app b)
{
	printf("%s\n", a->owner.id_number);      // expect: pi-logging "id_number"
	printf("%d\n", a->owner.age);
	printf("%d\n", a->serial);
	printf("%s\n", a->agent->id_number);     // expect: pi-logging
	printf("%d\n", a->agent->age);
	printf("%s\n", b.owner.id_number);       // expect: pi-logging
	printf("%d\n", b.owner.age);
}
