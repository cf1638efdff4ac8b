/* A variable a name or an annotation tags is a source where it is read,
 * unless it was overwritten: with a clean value (field_overwritten.c), or,
 * here, with its own PI protected. The read then yields the protected
 * value, and each rule decides by its protection (CONTRACT 3: a hash
 * protects a log, not storage). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <crypt.h>
#include "pitrace.h"

const char *mask_phone(const char *in) PI_SANITIZER(mask);
const char *seal(const char *in) PI_SANITIZER(encrypt);

void hashed_then_logged(const char *input)
{
	char *password = strdup(input);
	password = crypt(password, "$6$salt");
	puts(password);
}

void hashed_then_stored(const char *input, FILE *db)
{
	char *password = strdup(input);
	password = crypt(password, "$6$salt");
	fputs(password, db);                     // expect: pi-unencrypted-storage "credential"
}

void masked_then_logged(const char *phone)
{
	const char *mobile_phone = phone;
	mobile_phone = mask_phone(mobile_phone);
	puts(mobile_phone);
}

void encrypted_then_stored(const char *phone, FILE *db)
{
	const char *mobile_phone = phone;
	mobile_phone = seal(mobile_phone);
	fputs(mobile_phone, db);
}

/* masked on one path only: the plain value still reaches the log */
void masked_on_one_path(int quiet)
{
	const char *mobile_phone = getenv("PHONE");
	if (quiet)
		mobile_phone = mask_phone(mobile_phone);
	puts(mobile_phone);                      // expect: pi-logging "phone"
}

/* overwritten with protected PI of another value: the tag's own PI is
 * gone, but the masked email is what the log gets, and a mask protects
 * a log */
void masked_other_value(const char *email)
{
	const char *mobile_phone = "";
	mobile_phone = mask_phone(email);
	puts(mobile_phone);
}

/* an element written protected does not seal the array: the rest of it
 * is still the plain number */
void element_masked(void)
{
	char mobile_phone[16];
	strcpy(mobile_phone, getenv("PHONE"));
	mobile_phone[0] = *mask_phone(mobile_phone);
	puts(mobile_phone);                      // expect: pi-logging "phone"
}
