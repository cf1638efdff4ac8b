/* rules/hiredis.json: commands sent to Redis are stored (a cache is a
 * persistent store); redisFormatCommand builds a command that keeps PI. */
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <stdarg.h>
#include <string.h>

#include <pitrace.h>

struct session {
        char mobile[16] PI(phone);
        char token[64] PI(credential);
        char lang[8]; /* not PI */
        int hits;     /* not PI */
};

char *seal(const char *s) PI_SANITIZER(encrypt);
char *anon(const char *s) PI_SANITIZER(anonymize);
char *mask(const char *s) PI_SANITIZER(mask);

void sync_commands(redisContext *c, struct session *s, va_list ap)
{
        redisCommand(c, "SET phone:%d %s", s->hits, s->mobile);         // expect: pi-unencrypted-storage "phone"
        redisCommand(c, "SET tok %b", s->token, strlen(s->token));      // expect: pi-unencrypted-storage "credential"
        redisvCommand(c, s->mobile, ap);                                // expect: pi-unencrypted-storage
        redisAppendCommand(c, "SET p %s", s->mobile);                   // expect: pi-unencrypted-storage
        redisvAppendCommand(c, s->token, ap);                           // expect: pi-unencrypted-storage
        const char *argv[3] = { "SET", "p", s->mobile };
        redisCommandArgv(c, 3, argv, NULL);                             // expect: pi-unencrypted-storage
        redisAppendCommandArgv(c, 3, argv, NULL);                       // expect: pi-unencrypted-storage
}

void formatted(redisContext *c, struct session *s)
{
        char *cmd;
        int len = redisFormatCommand(&cmd, "SET p %s", s->mobile);
        redisAppendFormattedCommand(c, cmd, (size_t)len);               // expect: pi-unencrypted-storage
        const char *argv[3] = { "SET", "t", s->token };
        char *cmd2;
        long long len2 = redisFormatCommandArgv(&cmd2, 3, argv, NULL);
        redisAppendFormattedCommand(c, cmd2, (size_t)len2);             // expect: pi-unencrypted-storage
}

void async_commands(redisAsyncContext *ac, struct session *s)
{
        redisAsyncCommand(ac, NULL, NULL, "SET p %s", s->mobile);       // expect: pi-unencrypted-storage
        const char *argv[3] = { "SET", "t", s->token };
        redisAsyncCommandArgv(ac, NULL, NULL, 3, argv, NULL);           // expect: pi-unencrypted-storage
        char *cmd;
        int len = redisFormatCommand(&cmd, "SET p %s", s->mobile);
        redisAsyncFormattedCommand(ac, NULL, NULL, cmd, (size_t)len);   // expect: pi-unencrypted-storage
}

/* encrypted and anonymised values may be cached; masked ones may not */
void protected_values(redisContext *c, struct session *s)
{
        redisCommand(c, "SET t %s", seal(s->token));
        char *a = anon(s->mobile);
        redisCommand(c, "SET p %s", a);
        redisCommand(c, "SET m %s", mask(s->mobile));                   // expect: pi-unencrypted-storage
}

/* negatives: the context, non-PI keys and values, derived values */
void negatives(redisContext *c, redisAsyncContext *ac, struct session *s)
{
        redisCommand(c, "SET lang %s", s->lang);
        redisCommand(c, "INCRBY hits %d", s->hits);
        redisCommand(c, "SET len %zu", strlen(s->mobile));
        redisAsyncCommand(ac, NULL, s->mobile, "PING");                 /* privdata is not sent */
        redisCommand(c, "PING");
}
