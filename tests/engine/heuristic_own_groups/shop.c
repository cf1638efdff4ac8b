/* Heuristics of a rules file are matched as written, beside the built-in
 * ones: a pattern that refers back to its own group (\1) and one with a
 * lookbehind tag what they say and nothing else. (pitrace tries all the
 * patterns of a position at once before trying each; a pattern whose
 * groups would change meaning there is left out of that first try.) */
// pitrace-args: --rules rules.json
#include <stdio.h>

struct check {
	char zj_zj[19];
	char cert_cert[19];
	char zj_cert[19];
	char holder_code[19];
	char product_holder_code[19];
};

void show(const struct check *c)
{
	printf("%s\n", c->zj_zj);          // expect: pi-logging "id_number"
	printf("%s\n", c->cert_cert);            // expect: pi-logging "id_number"
	printf("%s\n", c->zj_cert);
	printf("%s\n", c->holder_code);          // expect: pi-logging "id_number"
	printf("%s\n", c->product_holder_code);
}
