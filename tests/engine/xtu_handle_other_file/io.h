/* xtu_handle_other_file: streams made in io.c, used in main.c. */
#ifndef IO_H
#define IO_H
#include <stdio.h>
extern FILE *g_audit;
extern FILE *g_store;
void io_init(void);
FILE *io_open_log(void);
FILE *io_open_data(void);
void io_out(FILE *f, const char *s);
#endif
