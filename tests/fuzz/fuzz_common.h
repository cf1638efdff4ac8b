/* fuzz_common.h - what the fuzz targets share (README.md here): a private
 * temporary folder, the built-in rules, and the invariants every report
 * format must keep whatever the report holds. */
#ifndef PITRACE_FUZZ_COMMON_H
#define PITRACE_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include "report.h"
#include "rules.h"

/* The libFuzzer entry points; every target defines both. */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A folder of this process's own, made on first use and removed at exit. */
const char *fuzz_tmpdir(void);

/* Writes data to name inside fuzz_tmpdir() (name may hold one level of
 * folder); returns the path, free with g_free(). Aborts when it cannot. */
char *fuzz_write_file(const char *name, const void *data, size_t size);

/* The rules of the source tree's rules/ folder, loaded and finished once;
 * never freed. */
struct rules *fuzz_builtin_rules(void);

/* Writes rep with every reporter of reporters[] into memory and aborts when
 * a format breaks its promise: JSON and SARIF that cJSON cannot parse or
 * that are not UTF-8, HTML that is not UTF-8 or holds markup that the
 * reporter did not write itself. */
void fuzz_check_reporters(const struct report *rep);

/* Reading fuzz input as a stream of choices; past its end every read is 0. */
struct fuzz_input {
	const uint8_t *p;
	size_t n;
};

unsigned fuzz_byte(struct fuzz_input *in);
/* 0..n-1 (n > 0). */
unsigned fuzz_pick(struct fuzz_input *in, unsigned n);
uint32_t fuzz_u32(struct fuzz_input *in);

#endif
