/* Typed heuristics: a single integer or character narrower than 64 bits
 * cannot hold what most PI words name. An 11-digit phone number and an
 * 18-digit ID number do not fit, and a name or an e-mail address is never a
 * number: postfix's `int rcpt` counts recipients, gammu's `int Number` of a
 * phonebook entry is its position, a PHONET header's `unsigned char
 * device_phone` is a bus address. Such a value named by a PI word is not
 * tagged, whether it is a field, a global, a parameter or a local. What a
 * small number can hold (a PIN, a date, a gender code) still is, wider integers still
 * hold phone numbers, and an annotation is always believed. */
#include <stdio.h>

#include "pitrace.h"

struct remote {
	int rcpt;                       /* a recipient count */
	unsigned short phone;           /* a line index */
	unsigned char device_phone;     /* a bus address */
	int pin_code;                   /* a PIN fits */
	int sex;                        /* a code */
	int birthdate;                  /* 19900101 fits */
	long long mobile;               /* an 11-digit number fits */
	char phone_text[16];            /* text, of course */
	int id_number[18];              /* digits, one per element */
	PI(phone) int tagged_phone;     /* the program says so */
};

int email;                              /* a global counter */

void show(const struct remote *r)
{
	printf("%d %u %u\n", r->rcpt, r->phone, r->device_phone);
	printf("%d\n", email);
	printf("%d\n", r->pin_code);                // expect: pi-logging "credential"
	printf("%d\n", r->sex);                     // expect: pi-logging "other"
	printf("%d\n", r->birthdate);               // expect: pi-logging "birthdate"
	printf("%lld\n", r->mobile);                // expect: pi-logging "phone"
	printf("%s\n", r->phone_text);              // expect: pi-logging "phone"
	printf("%d\n", r->id_number[0]);            // expect: pi-logging "id_number"
	printf("%d\n", r->tagged_phone);            // expect: pi-logging "phone"
}

void param_and_local(int address, long long phone)
{
	short name = 3;
	printf("%d %d\n", address, name);
	printf("%lld\n", phone);                    // expect: pi-logging "phone"
}
