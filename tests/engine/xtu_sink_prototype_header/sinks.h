/* xtu_sink_prototype_header: project sinks declared across files.
 *  - audit_log(): PI_SINK(log) on this prototype; no body in the program.
 *  - vault_put(): PI_SINK(storage) on this prototype; its body in vault.c
 *    repeats no annotation and calls no known sink.
 *  - cache_put(): declared here WITHOUT annotation; its definition in
 *    vault.c carries PI_SINK(storage). The attribute belongs to the
 *    function, so callers in main.c (which see only this prototype) still
 *    reach a storage sink.
 * Positives / negatives: see main.c. */
#ifndef SINKS_H
#define SINKS_H
#include "pitrace.h"
void audit_log(const char *event, const char *detail) PI_SINK(log);
void vault_put(const char *key, const char *value) PI_SINK(storage);
void cache_put(const char *key, const char *value);
#endif
