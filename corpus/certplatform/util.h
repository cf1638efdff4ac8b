/* util.h - small helpers shared by the service. */
#ifndef CERTPLATFORM_UTIL_H
#define CERTPLATFORM_UTIL_H

#include <stddef.h>
#include <sys/types.h>

struct cert_application;

/* copy src into dst (n bytes), always NUL-terminated, truncating */
void copy_field(char *dst, size_t n, const char *src);
char *trim(char *s);
char *xstrdup(const char *s);

unsigned char *read_file(const char *path, size_t *len);
/* write data to path through a temporary file and rename(2) */
int write_document(const char *path, const unsigned char *data, size_t len);
int make_dirs(const char *path, mode_t mode);

/* escape src for a JSON string literal into dst; returns the length */
size_t json_escape(char *dst, size_t n, const char *src);

char *b64_encode(const unsigned char *in, size_t len);
unsigned char *b64_decode(const char *in, size_t *len);

/* hex string of nbytes random bytes into dst (2 * nbytes + 1) */
int random_hex(char *dst, size_t nbytes);

/* "name <number>" for notices and tickets */
void format_contact(char *dst, size_t n, const struct cert_application *app);
/* the number to reach the applicant on */
const char *pick_contact(const struct cert_application *app);

#endif
