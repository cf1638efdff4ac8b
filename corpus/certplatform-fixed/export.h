/* export.h - admin exports. */
#ifndef CERTPLATFORM_EXPORT_H
#define CERTPLATFORM_EXPORT_H

/* write every application as CSV to path ("-" = standard output) */
int export_csv(const char *path);

#endif
