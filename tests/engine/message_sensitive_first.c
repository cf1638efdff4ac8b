/* A finding's headline names every category its routes carry, the
 * sensitive ones first (CONTRACT 3): a login that logs an e-mail address
 * and a password says "credential, email", not "email" with the password
 * out of sight; one that logs a name and an ID number puts the ID number
 * first. Its level follows the most sensitive. */
#include <stdio.h>
#include "pitrace.h"

struct account {
	char email[64] PI(email);
	char password[64] PI(credential);
	char name[32] PI(name);
	char id_number[19] PI(id_number);
};

void login_debug(const struct account *a)
{
	printf("%s %s\n", a->email, a->password);       // expect: pi-logging "(credential, email)"
	printf("%s %s\n", a->name, a->id_number);       // expect: pi-logging "(id_number, name)"
}
