/* Interprocedural: several PI_SINK attributes on one function combine
 * (CONTRACT §3). replicate() is both a log and a storage sink, so one call
 * handing it PI is two findings at the same call, one per rule.
 * publish() is network and network-tls: pi-cleartext-transmission and
 * pi-external-transfer at the same call. Through a wrapper (mirror), both
 * findings move to the wrapper call.
 * Negatives: the same functions called with non-PI. */
// pitrace-args: --no-heuristics
#include "pitrace.h"

struct app {
        char phone[16] PI(phone);
        int seq;
};

void replicate(const char *s) PI_SINK(log) PI_SINK(storage);
void publish(const char *topic, const char *payload) PI_SINK(network) PI_SINK(network-tls);

void mirror(const char *s)
{
        replicate(s);
}

void handle(const struct app *a)
{
        replicate(a->phone); // expect: pi-logging pi-unencrypted-storage
        replicate("ping");
        publish("t", a->phone); // expect: pi-cleartext-transmission pi-external-transfer
        publish("t", "ping");
        mirror(a->phone); // expect: pi-logging pi-unencrypted-storage
        mirror("x");
}
