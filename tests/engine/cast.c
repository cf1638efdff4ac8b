/* Casts do not remove PI: (unsigned char *), (void *), (long), (const char *)
 * of a PI value are PI; the same casts of a clean value are clean. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
	int card PI(bank_account);
	char city[16];
	int seq;
};

void show(struct app *a)
{
	const unsigned char *u = (const unsigned char *)a->id_number;
	printf("%s\n", (const char *)u);         // expect: pi-logging "id_number"
	void *v = (void *)a->id_number;
	puts((char *)v);                         // expect: pi-logging
	printf("%ld\n", (long)a->card);          // expect: pi-logging "bank_account"
	printf("%ld\n", (long)(short)a->card);   // expect: pi-logging
	printf("%ld\n", (long)a->seq);
	puts((const char *)(void *)a->city);
}
