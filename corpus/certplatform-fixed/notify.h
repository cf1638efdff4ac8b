/* notify.h - SMS notices through the operator's HTTPS API. */
#ifndef CERTPLATFORM_NOTIFY_H
#define CERTPLATFORM_NOTIFY_H

#define SMS_API_URL "https://sms-api.operator.example.cn/v2/messages"

/* send text to the number dest; 0 when the operator accepted it.
 * The operator is an entrusted processor (PIPL Art. 21): it receives the
 * number and the text for delivery only. */
int sms_send(const char *dest, const char *text);

#endif
