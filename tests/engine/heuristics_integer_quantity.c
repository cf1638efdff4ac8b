/* Typed heuristics: an integer named by a PI word and then another word
 * counts, measures or locates that PI; it is not the PI (gammu's
 * GSM_SMSMemoryStatus.PhoneUsed, the messages held in the phone's memory;
 * GSM_BatteryCharge.PhoneCurrent). An integer named for the PI itself
 * still is: a phone number or an ID kept in a number. */
#include <stdio.h>

struct sms_status {
	int PhoneUsed;
	int PhoneSize;
	int phone_count;
	int PhoneCurrent;
	unsigned email_len;
	int name_idx;
	long long PhoneNumber;
	long long mobile;
};

void show(const struct sms_status *s)
{
	printf("%d/%d\n", s->PhoneUsed, s->PhoneSize);
	printf("%d %u %d %d\n", s->phone_count, s->email_len, s->name_idx, s->PhoneCurrent);
	printf("%lld\n", s->PhoneNumber);               // expect: pi-logging "phone"
	printf("%lld\n", s->mobile);                    // expect: pi-logging "phone"
}
