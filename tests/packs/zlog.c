/* rules/zlog.json: zlog (https://github.com/HardySimpson/zlog). zlog is not
 * packaged in Debian 12, so the declarations below are copied by hand from
 * upstream src/zlog.h (1.2.x): the functions zlog/vzlog/hzlog and
 * dzlog/vdzlog/hdzlog, and the level macros over them exactly as upstream
 * writes them. Findings stand at the line where a macro is used. */
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <pitrace.h>

/* ---- from zlog.h (upstream), trimmed to what this test uses ---- */
typedef struct zlog_category_s zlog_category_t;
int zlog_init(const char *config);
zlog_category_t *zlog_get_category(const char *cname);
int dzlog_init(const char *confpath, const char *cname);
int zlog_put_mdc(const char *key, const char *value);
void zlog(zlog_category_t *category, const char *file, size_t filelen, const char *func, size_t funclen,
          long line, int level, const char *format, ...);
void vzlog(zlog_category_t *category, const char *file, size_t filelen, const char *func, size_t funclen,
           long line, int level, const char *format, va_list args);
void hzlog(zlog_category_t *category, const char *file, size_t filelen, const char *func, size_t funclen,
           long line, int level, const void *buf, size_t buflen);
void dzlog(const char *file, size_t filelen, const char *func, size_t funclen, long line, int level,
           const char *format, ...);
void vdzlog(const char *file, size_t filelen, const char *func, size_t funclen, long line, int level,
            const char *format, va_list args);
void hdzlog(const char *file, size_t filelen, const char *func, size_t funclen, long line, int level,
            const void *buf, size_t buflen);
typedef enum {
        ZLOG_LEVEL_DEBUG = 20,
        ZLOG_LEVEL_INFO = 40,
        ZLOG_LEVEL_NOTICE = 60,
        ZLOG_LEVEL_WARN = 80,
        ZLOG_LEVEL_ERROR = 100,
        ZLOG_LEVEL_FATAL = 120
} zlog_level;
#define zlog_fatal(cat, ...) \
        zlog(cat, __FILE__, sizeof(__FILE__)-1, __func__, sizeof(__func__)-1, __LINE__, ZLOG_LEVEL_FATAL, __VA_ARGS__)
#define zlog_error(cat, ...) \
        zlog(cat, __FILE__, sizeof(__FILE__)-1, __func__, sizeof(__func__)-1, __LINE__, ZLOG_LEVEL_ERROR, __VA_ARGS__)
#define zlog_warn(cat, ...) \
        zlog(cat, __FILE__, sizeof(__FILE__)-1, __func__, sizeof(__func__)-1, __LINE__, ZLOG_LEVEL_WARN, __VA_ARGS__)
#define zlog_notice(cat, ...) \
        zlog(cat, __FILE__, sizeof(__FILE__)-1, __func__, sizeof(__func__)-1, __LINE__, ZLOG_LEVEL_NOTICE, __VA_ARGS__)
#define zlog_info(cat, ...) \
        zlog(cat, __FILE__, sizeof(__FILE__)-1, __func__, sizeof(__func__)-1, __LINE__, ZLOG_LEVEL_INFO, __VA_ARGS__)
#define zlog_debug(cat, ...) \
        zlog(cat, __FILE__, sizeof(__FILE__)-1, __func__, sizeof(__func__)-1, __LINE__, ZLOG_LEVEL_DEBUG, __VA_ARGS__)
#define vzlog_info(cat, format, args) \
        vzlog(cat, __FILE__, sizeof(__FILE__)-1, __func__, sizeof(__func__)-1, __LINE__, ZLOG_LEVEL_INFO, format, args)
#define hzlog_info(cat, buf, buf_len) \
        hzlog(cat, __FILE__, sizeof(__FILE__)-1, __func__, sizeof(__func__)-1, __LINE__, ZLOG_LEVEL_INFO, buf, buf_len)
#define dzlog_info(...) \
        dzlog(__FILE__, sizeof(__FILE__)-1, __func__, sizeof(__func__)-1, __LINE__, ZLOG_LEVEL_INFO, __VA_ARGS__)
#define dzlog_error(...) \
        dzlog(__FILE__, sizeof(__FILE__)-1, __func__, sizeof(__func__)-1, __LINE__, ZLOG_LEVEL_ERROR, __VA_ARGS__)
#define vdzlog_info(format, args) \
        vdzlog(__FILE__, sizeof(__FILE__)-1, __func__, sizeof(__func__)-1, __LINE__, ZLOG_LEVEL_INFO, format, args)
#define hdzlog_info(buf, buf_len) \
        hdzlog(__FILE__, sizeof(__FILE__)-1, __func__, sizeof(__func__)-1, __LINE__, ZLOG_LEVEL_INFO, buf, buf_len)
/* ---- end of zlog.h ---- */

struct guest {
        char passport_no[16] PI(id_number);
        char room_phone[16] PI(phone);
        char room[8]; /* not PI */
        int nights;   /* not PI */
};

char *mask(const char *s) PI_SANITIZER(mask);

void level_macros(zlog_category_t *c, struct guest *g)
{
        zlog_fatal(c, "passport=%s", g->passport_no);                   // expect: pi-logging "id_number"
        zlog_error(c, "phone=%s", g->room_phone);                       // expect: pi-logging "phone"
        zlog_warn(c, "%s", g->passport_no);                             // expect: pi-logging
        zlog_notice(c, "%s", g->room_phone);                            // expect: pi-logging
        zlog_info(c, "%s", g->passport_no);                             // expect: pi-logging
        zlog_debug(c, "%s", g->room_phone);                             // expect: pi-logging
        hzlog_info(c, g->passport_no, sizeof g->passport_no);           // expect: pi-logging
        hzlog_info(c, g, sizeof *g);                                    // expect: pi-logging
}

void default_category(struct guest *g, va_list ap)
{
        dzlog_init("/etc/zlog.conf", "hotel");
        dzlog_info("guest %s", g->passport_no);                         // expect: pi-logging
        dzlog_error("guest phone %s", g->room_phone);                   // expect: pi-logging
        vdzlog_info(g->room_phone, ap);                                 // expect: pi-logging
        hdzlog_info(g->passport_no, 16);                                // expect: pi-logging
}

void functions(zlog_category_t *c, struct guest *g, va_list ap)
{
        zlog(c, "f.c", 3, "fn", 2, 10, ZLOG_LEVEL_INFO, "%s", g->passport_no); // expect: pi-logging
        vzlog_info(c, g->room_phone, ap);                               // expect: pi-logging
        dzlog("f.c", 3, "fn", 2, 10, ZLOG_LEVEL_INFO, "%s", g->room_phone); // expect: pi-logging
}

/* MDC values end up in every later log line */
void mdc(struct guest *g)
{
        zlog_put_mdc("guest", g->passport_no);                          // expect: pi-logging
        zlog_put_mdc("room", g->room);
}

void protected_values(zlog_category_t *c, struct guest *g)
{
        zlog_info(c, "passport=%s", mask(g->passport_no));
        char *m = mask(g->room_phone);
        dzlog_info("phone=%s", m);
}

/* negatives: the file, function and line the macros add are not PI */
void negatives(zlog_category_t *c, struct guest *g)
{
        zlog_init("/etc/zlog.conf");
        zlog_category_t *cat = zlog_get_category(g->room);
        zlog_info(cat, "room %s, %d nights", g->room, g->nights);
        zlog_debug(c, "passport length %zu", strlen(g->passport_no));
        dzlog_info("have phone: %d", g->room_phone[0] != 0);
        hzlog_info(c, g->room, sizeof g->room);
}
