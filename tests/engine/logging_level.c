/* The level of pi-logging follows the category's sensitivity. Sensitive by
 * default (CONTRACT section 2): id_number, id_image, bank_account, biometric,
 * health, location, credential - error; others (name, phone, email, address,
 * birthdate, ...) - warning. The runner checks rule and category here; the
 * level itself is checked by logging_level_warning_only.c and
 * logging_level_sensitive.c through --fail-on error. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

struct person {
	char id_number[19] PI(id_number);
	char id_image[64] PI(id_image);
	char bank_account[24] PI(bank_account);
	char face[64] PI(biometric);
	char diagnosis[64] PI(health);
	char gps[32] PI(location);
	char password[32] PI(credential);
	char name[32] PI(name);
	char phone[16] PI(phone);
	char email[64] PI(email);
	char address[64] PI(address);
	char birthdate[11] PI(birthdate);
};

void show(struct person *p)
{
	puts(p->id_number);                      // expect: pi-logging "id_number"
	puts(p->id_image);                       // expect: pi-logging "id_image"
	puts(p->bank_account);                   // expect: pi-logging "bank_account"
	puts(p->face);                           // expect: pi-logging "biometric"
	puts(p->diagnosis);                      // expect: pi-logging "health"
	puts(p->gps);                            // expect: pi-logging "location"
	puts(p->password);                       // expect: pi-logging "credential"
	puts(p->name);                           // expect: pi-logging "name"
	puts(p->phone);                          // expect: pi-logging "phone"
	puts(p->email);                          // expect: pi-logging "email"
	puts(p->address);                        // expect: pi-logging "address"
	puts(p->birthdate);                      // expect: pi-logging "birthdate"
}
