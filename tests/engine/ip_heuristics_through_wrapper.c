/* Interprocedural with default heuristics on (no --no-heuristics): fields
 * tagged only by their names (mobile -> phone, sfzh -> id_number) flow
 * through a logging wrapper and through project macros; the finding is at
 * the caller's wrapper call, or at the line where the macro is used
 * (CONTRACT §3: "A sink written through a macro ... is reported at the line
 * where the macro is used").
 * Positives: log_info(u->mobile); LOG_INFO(u->mobile); LOG_ID(u);
 * a getter returning u->sfzh, logged by the caller.
 * Negatives: nickname and phone_model (names the heuristics leave out) passed
 * the same ways; the vfprintf inside log_info. */
#include <stdarg.h>
#include <stdio.h>

struct user {
        char mobile[16];
        char sfzh[19];
        char nickname[16];
        char phone_model[16];
};

void log_info(const char *fmt, ...)
{
        va_list ap;
        va_start(ap, fmt);
        vfprintf(stderr, fmt, ap);
        va_end(ap);
}

#define LOG_INFO(...) log_info(__VA_ARGS__)
#define LOG_ID(u) log_info("id=%s", (u)->sfzh)

const char *user_doc(const struct user *u)
{
        return u->sfzh;
}

void on_login(const struct user *u)
{
        log_info("m=%s", u->mobile); // expect: pi-logging "phone"
        LOG_INFO("m=%s", u->mobile); // expect: pi-logging "phone"
        LOG_ID(u); // expect: pi-logging "id_number"
        puts(user_doc(u)); // expect: pi-logging "id_number"
        log_info("n=%s", u->nickname);
        LOG_INFO("model=%s", u->phone_model);
}
