/* xtu_log_wrapper: cross-TU logging wrapper. log_info() and log_kv() are
 * defined in log.c; upload.c and admin.c call them with PI.
 * Positives: each call in upload.c / admin.c that hands PI to a wrapper
 * (pi-logging at that call, one per call).
 * Negatives: calls with non-PI; the vfprintf/fprintf in log.c. */
// pitrace-args: --no-heuristics
#include "pitrace.h"
#include "log.h"

struct user {
        char email[64] PI(email);
        char bank_account[32] PI(bank_account);
        int uid;
};

void upload(const struct user *u)
{
        log_info("uploading for %s", u->email); // expect: pi-logging "email"
        log_info("uid %d", u->uid);
        log_kv("account", u->bank_account); // expect: pi-logging "bank_account"
        log_kv("stage", "upload");
}
