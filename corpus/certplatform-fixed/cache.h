/* cache.h - Redis session and status cache. */
#ifndef CERTPLATFORM_CACHE_H
#define CERTPLATFORM_CACHE_H

#include "application.h"
#include "pitrace.h"

#define SESSION_TTL 1800

int cache_open(const char *host, int port);
void cache_close(void);

/* HSET key field value, with the key expiring after ttl seconds */
int cache_put(const char *key, const char *field, const char *value, int ttl);
/* HGET; caller frees */
char *cache_get(const char *key, const char *field);
int cache_drop(const char *key);

/* the number a login session was opened for (decrypted); caller frees */
char *session_phone(const char *session_id) PI(phone);

/* the storefront shows "certified" badges from this hash */
int cache_remember_applicant(const struct cert_application *app);

#endif
