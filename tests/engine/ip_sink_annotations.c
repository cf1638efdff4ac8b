/* Interprocedural: project sinks declared with PI_SINK (CONTRACT §2,
 * annotate("pi-sink:SINK") - every argument reaches SINK).
 * audit_write() is annotated PI_SINK(log) on a prototype only (no body in
 * the program); archive() is a project function with a body, annotated
 * PI_SINK(storage), whose body does nothing pitrace knows as a sink.
 * Positives: direct calls with PI; a wrapper (note_id) that forwards to
 * audit_write, reported at the wrapper call in its caller.
 * Negatives: the same sinks called with non-PI; note_id called with non-PI;
 * an unannotated prototype-only function called with PI. */
// pitrace-args: --no-heuristics
#include "pitrace.h"

struct app {
        char id_number[19] PI(id_number);
        char name[32] PI(name);
        char city[32];
};

void audit_write(const char *fmt, ...) PI_SINK(log);
void remote_call(const char *what);

static char archive_buf[256];

PI_SINK(storage) void archive(const char *key, const char *value)
{
        int i = 0;
        while (value[i] && i < 255) {
                archive_buf[i] = key[0];
                i++;
        }
}

void note_id(const char *id)
{
        audit_write("id=%s", id);
}

void handle(const struct app *a)
{
        audit_write("applicant %s", a->name); // expect: pi-logging "name"
        audit_write("city %s", a->city);
        archive("id", a->id_number); // expect: pi-unencrypted-storage "id_number"
        archive("city", a->city);
        note_id(a->id_number); // expect: pi-logging "id_number"
        note_id("none");
        remote_call(a->id_number); // expect-problem: "`remote_call` has no body here and no model"
}
