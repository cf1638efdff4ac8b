/* xtu_sanitizer_other_file: the wrappers. Nothing is reported here. */
#include <stdlib.h>
#include <string.h>
#include "privacy.h"

const char *display_phone(const char *p)
{
        return mask_phone(p);
}

char *encrypt_field(const char *p)
{
        char *out = aes_seal(p);
        return out;
}

char *fake_protect(const char *p)
{
        return strdup(p);
}
