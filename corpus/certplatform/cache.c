/* cache.c - hiredis client for sessions and applicant status. */
#include "cache.h"
#include "log.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include <hiredis/hiredis.h>

static redisContext *redis;

static char *cache_seal(const char *value) PI_SANITIZER(encrypt);

int cache_open(const char *host, int port)
{
	struct timeval timeout = { 1, 500000 };

	redis = redisConnectWithTimeout(host, port, timeout);
	if (!redis || redis->err) {
		log_msg(LOG_ERR, "redis %s:%d: %s", host, port, redis ? redis->errstr : "out of memory");
		if (redis)
			redisFree(redis);
		redis = NULL;
		return -1;
	}
	return 0;
}

void cache_close(void)
{
	if (redis) {
		redisFree(redis);
		redis = NULL;
	}
}

static int reply_ok(redisReply *reply)
{
	int ok = reply && reply->type != REDIS_REPLY_ERROR;

	if (!reply)
		log_msg(LOG_WARNING, "redis: connection lost (%s)", redis->errstr);
	else if (reply->type == REDIS_REPLY_ERROR)
		log_msg(LOG_WARNING, "redis: command refused");
	freeReplyObject(reply);
	return ok;
}

int cache_put(const char *key, const char *field, const char *value, int ttl)
{
	if (!redis)
		return -1;
	if (!reply_ok(redisCommand(redis, "HSET %s %s %s", key, field, value)))
		return -1;
	if (ttl > 0 && !reply_ok(redisCommand(redis, "EXPIRE %s %d", key, ttl)))
		return -1;
	return 0;
}

char *cache_get(const char *key, const char *field)
{
	redisReply *reply;
	char *value = NULL;

	if (!redis)
		return NULL;
	reply = redisCommand(redis, "HGET %s %s", key, field);
	if (reply && reply->type == REDIS_REPLY_STRING)
		value = xstrdup(reply->str);
	freeReplyObject(reply);
	return value;
}

int cache_drop(const char *key)
{
	if (!redis)
		return -1;
	return reply_ok(redisCommand(redis, "DEL %s", key)) ? 0 : -1;
}

char *session_phone(const char *session_id)
{
	char key[96];

	snprintf(key, sizeof key, "session:%s", session_id);
	return cache_get(key, "mobile");
}

/* Values on the shared storefront cache are "sealed" so that nobody reading
 * the cache by accident sees them in the clear. */
static char *cache_seal(const char *value) // expect: pi-unverified-sanitizer
{
	return b64_encode((const unsigned char *)value, strlen(value));
}

int cache_remember_applicant(const struct cert_application *app)
{
	redisReply *reply;
	char *sealed;
	int ok;

	if (!redis)
		return -1;
	reply = redisCommand(redis, "HSET applicant:%s company %s contact %s status %d", app->ref, app->company, app->phone, (int)app->status); // expect: pi-unencrypted-storage
	ok = reply_ok(reply);
	log_debug("cached applicant %s, contact %s", app->ref, app->phone); // expect: pi-logging

	sealed = cache_seal(app->home_address);
	if (ok && sealed)
		ok = reply_ok(redisCommand(redis, "HSET applicant:%s address %s", app->ref, sealed));
	free(sealed);
	if (ok)
		ok = reply_ok(redisCommand(redis, "EXPIRE applicant:%s %d", app->ref, 7 * 24 * 3600));
	return ok ? 0 : -1;
}
