/* Tags written as the raw attribute __attribute__((annotate("pi:CATEGORY")))
 * on a field, a global, a local and a parameter work like the PI() macro. */
// pitrace-args: --no-heuristics
#include <stdio.h>

struct rec {
	char card[24] __attribute__((annotate("pi:bank_account")));
	char memo[24];
};

char g_face[256] __attribute__((annotate("pi:biometric")));

void show(struct rec *r, const char *diag __attribute__((annotate("pi:health"))))
{
	char dob[11] __attribute__((annotate("pi:birthdate")));
	fgets(dob, sizeof dob, stdin);
	puts(r->card);                           // expect: pi-logging "bank_account"
	puts(r->memo);
	puts(g_face);                            // expect: pi-logging "biometric"
	puts(diag);                              // expect: pi-logging "health"
	puts(dob);                               // expect: pi-logging "birthdate"
}
