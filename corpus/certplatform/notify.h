/* notify.h - SMS notices through the operator gateway. */
#ifndef CERTPLATFORM_NOTIFY_H
#define CERTPLATFORM_NOTIFY_H

#define SMS_GATEWAY_HOST "10.20.0.15"
#define SMS_GATEWAY_PORT 7890

/* send text to the number dest; 0 when the gateway accepted it */
int sms_send(const char *dest, const char *text);

#endif
