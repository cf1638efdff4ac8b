/* Annotations: pi on fields, globals, locals, parameters and functions;
 * pi-sanitizer and pi-sink on functions and prototypes; several
 * annotations on one declaration; the raw attribute and the macros. */
#include <pitrace.h>

struct person {
        char id_number[19] PI(id_number);
        char name[32] __attribute__((annotate("pi:name")));
        char both[8] PI(phone) PI(email);
        int plain;
};

char g_secret[16] PI(credential);
static int g_health PI(health);

char *get_id(void) PI(id_number);
char *mask(const char *s) PI_SANITIZER(mask);
char *seal(const char *s) PI_SANITIZER(encrypt) PI_SANITIZER(hash);
void audit(const char *fmt, ...) PI_SINK(log);
void upload(const void *p) PI_SINK(network-tls) PI_SINK(storage);
void unannotated(int);

PI(location) double where(void) { return 1.0; }

char *masker(const char *in PI(phone)) PI_SANITIZER(mask)
{
        char local[8] PI(bank_account);
        local[0] = in[0];
        return mask(local);
}

void sinker(struct person *p) PI_SINK(log)
{
        int loc PI(other) = p->plain;
        audit("%d", loc + g_health);
        upload(p->both);
        unannotated(0);
}
