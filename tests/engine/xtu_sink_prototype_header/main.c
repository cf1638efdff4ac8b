/* xtu_sink_prototype_header: callers of the annotated sinks.
 * Positives: audit_log/vault_put/cache_put given PI; a local wrapper
 * remember() over vault_put reported at its caller's call.
 * Negatives: the same sinks given non-PI. */
// pitrace-args: --no-heuristics
#include "sinks.h"

struct patient {
        char diagnosis[64] PI(health);
        char ward[8];
};

static void remember(const char *k, const char *v)
{
        vault_put(k, v);
}

void admit(const struct patient *p)
{
        audit_log("admit", p->diagnosis); // expect: pi-logging "health"
        audit_log("ward", p->ward);
        vault_put("dx", p->diagnosis); // expect: pi-unencrypted-storage "health"
        vault_put("ward", p->ward);
        cache_put("dx", p->diagnosis); // expect: pi-unencrypted-storage "health"
        cache_put("ward", p->ward);
        remember("dx", p->diagnosis); // expect: pi-unencrypted-storage
        remember("ward", p->ward);
}
