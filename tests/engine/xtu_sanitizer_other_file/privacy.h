/* xtu_sanitizer_other_file: protection helpers in privacy.c, used from
 * main.c.
 *  - mask_phone(): a PI_SANITIZER(mask) with no body (library).
 *  - display_phone(): a project function in privacy.c that calls
 *    mask_phone() and returns the result - protected by mask in callers.
 *  - encrypt_field(): a project function in privacy.c that calls a
 *    PI_SANITIZER(encrypt) function - protected by encrypt in callers.
 *  - fake_protect(): a project function that only copies (no sanitizer):
 *    its result is still PI. */
#ifndef PRIVACY_H
#define PRIVACY_H
#include "pitrace.h"
char *mask_phone(const char *p) PI_SANITIZER(mask);
char *aes_seal(const char *p) PI_SANITIZER(encrypt);
const char *display_phone(const char *p);
char *encrypt_field(const char *p);
char *fake_protect(const char *p);
#endif
