/* debug.h - support diagnostics. */
#ifndef CERTPLATFORM_DEBUG_H
#define CERTPLATFORM_DEBUG_H

#include "application.h"

#define DEBUG_DUMP_DIR "/var/tmp/certplatform"

void debug_print(const struct cert_application *app);
int debug_dump(const struct cert_application *app);

#endif
