/* SPDX-License-Identifier: Apache-2.0 */
/* paths.c - file names as the files they name (paths.h). */
#include <stdlib.h>

#include <glib.h>

#include "paths.h"

char *paths_real(const char *file, const char *base)
{
	char *abs = g_canonicalize_filename(file, base);
	char *real = realpath(abs, NULL);
	if (!real)
		return abs;
	/* realpath's string is malloc'd; callers free with g_free */
	char *r = g_strdup(real);
	free(real);
	g_free(abs);
	return r;
}
