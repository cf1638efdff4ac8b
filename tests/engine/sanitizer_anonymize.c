/* Sanitizer kind "anonymize": anonymize_phone() is declared
 * PI_SANITIZER(anonymize). Its result is protected against every sink
 * (CONTRACT section 3). The raw value reaches every sink and is reported at
 * each. Sinks: storage (fputs to a data file), log (puts), cleartext network
 * (send on a socket), external transfer (SSL_write). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <openssl/ssl.h>
#include "pitrace.h"

struct app {
	char phone[16] PI(phone);
};

const char *anonymize_phone(const char *in) PI_SANITIZER(anonymize);

void raw(struct app *a, SSL *ssl)
{
	FILE *f = fopen("data.csv", "w");
	int sock = socket(AF_INET, SOCK_STREAM, 0);
	const char *v = a->phone;
	fputs(v, f);                              // expect: pi-unencrypted-storage
	puts(v);                                  // expect: pi-logging
	send(sock, v, strlen(v), 0);              // expect: pi-cleartext-transmission
	SSL_write(ssl, v, (int)strlen(v));        // expect: pi-external-transfer
}

void sanitized(struct app *a, SSL *ssl)
{
	FILE *f = fopen("data.csv", "w");
	int sock = socket(AF_INET, SOCK_STREAM, 0);
	const char *v = anonymize_phone(a->phone);
	fputs(v, f);
	puts(v);
	send(sock, v, strlen(v), 0);
	SSL_write(ssl, v, (int)strlen(v));
	puts(anonymize_phone(a->phone));
}
