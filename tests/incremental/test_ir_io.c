/* SPDX-License-Identifier: Apache-2.0 */
/* test_ir_io.c - the IR's serialised form (checker/ir_io.h), on real TUs.
 *
 *     test_ir_io [-p BUILD] [FILE...] [-- COMPILER-ARGS...]
 *
 * For each TU: encode, decode, encode again; the two encodings must be
 * byte-identical (so decoding lost nothing the encoding holds) and the
 * --dump-ir text of the original and of the decoded TU must be identical.
 * Then every prefix of the encoding (sampled for large ones) must be
 * refused, and a few hundred deterministic corruptions must each be
 * refused or give a TU that can be dumped, encoded and freed: under ASan
 * and UBSan that is the check that no corrupt buffer makes the reader
 * crash. Prints "N passed, N failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "compdb.h"
#include "frontend.h"
#include "ir.h"
#include "ir_io.h"

static unsigned passed, failed;

static void check(bool ok, const char *file, const char *what)
{
	if (ok) {
		passed++;
		return;
	}
	printf("FAIL: %s: %s\n", file, what);
	failed++;
}

static char *dump(const struct ir_tu *tu, size_t *len)
{
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);
	ir_tu_dump(tu, f);
	fclose(f);
	return buf;
}

static GByteArray *encode(const struct ir_tu *tu)
{
	GByteArray *b = g_byte_array_new();
	char *error = NULL;
	if (!ir_io_write(tu, b, &error)) {
		printf("encode: %s\n", error);
		g_free(error);
		g_byte_array_free(b, TRUE);
		return NULL;
	}
	return b;
}

/* A corrupt buffer may decode (a flipped line number is still an IR); what
 * decodes must be whole enough to print and encode. */
static void try_decode(const guint8 *data, size_t len, unsigned *refused)
{
	char *error = NULL;
	struct ir_tu *tu = ir_io_read(data, len, &error);
	if (!tu) {
		(*refused)++;
		g_free(error);
		return;
	}
	size_t n;
	free(dump(tu, &n));
	GByteArray *again = encode(tu);
	if (again)
		g_byte_array_free(again, TRUE);
	ir_tu_free(tu);
}

static void round_trip(const struct tu_job *job, struct ir_tu *tu)
{
	GByteArray *enc = encode(tu);
	check(enc != NULL, job->file, "cannot encode");
	if (!enc)
		return;
	char *error = NULL;
	struct ir_tu *back = ir_io_read(enc->data, enc->len, &error);
	check(back != NULL, job->file, error ? error : "cannot decode");
	g_free(error);
	if (!back) {
		g_byte_array_free(enc, TRUE);
		return;
	}
	GByteArray *enc2 = encode(back);
	check(enc2 && enc2->len == enc->len && !memcmp(enc2->data, enc->data, enc->len), job->file,
	      "the decoded TU encodes differently");
	size_t n1, n2;
	char *d1 = dump(tu, &n1), *d2 = dump(back, &n2);
	check(n1 == n2 && !memcmp(d1, d2, n1), job->file, "--dump-ir differs after the round trip");
	check(back->inputs->len == tu->inputs->len && back->inputs->len > 0 &&
	      !strcmp(back->inputs->pdata[0], job->file), job->file, "the inputs are not kept, main file first");
	free(d1);
	free(d2);
	if (enc2)
		g_byte_array_free(enc2, TRUE);
	ir_tu_free(back);

	/* Every prefix is a truncated file. */
	size_t step = enc->len > 4096 ? enc->len / 2048 : 1;
	bool all_refused = true;
	for (size_t len = 0; len < enc->len; len += (len < 256 || len + 256 > enc->len) ? 1 : step) {
		struct ir_tu *t = ir_io_read(enc->data, len, &error);
		if (t) {
			all_refused = false;
			ir_tu_free(t);
		} else {
			g_free(error);
		}
	}
	check(all_refused, job->file, "a truncated encoding was accepted");

	/* Corruptions: a byte changed, set to an extreme, or a run zeroed. */
	GRand *rand = g_rand_new_with_seed(0x9e3779b9u ^ enc->len);
	guint8 *copy = g_memdup2(enc->data, enc->len);
	unsigned refused = 0;
	for (unsigned k = 0; k < 400; k++) {
		memcpy(copy, enc->data, enc->len);
		guint32 at = g_rand_int_range(rand, 0, (gint32)enc->len);
		switch (k % 4) {
		case 0:
			copy[at] ^= (guint8)(1u << g_rand_int_range(rand, 0, 8));
			break;
		case 1:
			copy[at] = 0xff;
			break;
		case 2:
			copy[at] = (guint8)g_rand_int_range(rand, 0, 256);
			break;
		default:
			memset(copy + at, 0, MIN(enc->len - at, 8u));
			break;
		}
		try_decode(copy, enc->len, &refused);
	}
	check(refused > 0, job->file, "no corruption was ever refused");
	g_free(copy);
	g_rand_free(rand);
	g_byte_array_free(enc, TRUE);
}

int main(int argc, char **argv)
{
	const char *db = NULL;
	GPtrArray *files = g_ptr_array_new();
	char **args = NULL;
	unsigned nargs = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-p") && i + 1 < argc) {
			db = argv[++i];
		} else if (!strcmp(argv[i], "--")) {
			args = argv + i + 1;
			nargs = (unsigned)(argc - i - 1);
			break;
		} else {
			g_ptr_array_add(files, argv[i]);
		}
	}
	char *error = NULL;
	GPtrArray *jobs = db ? compdb_load(db, NULL, &error)
			     : compdb_from_files((char *const *)files->pdata, files->len, args, nargs, &error);
	g_ptr_array_free(files, TRUE);
	if (!jobs || !jobs->len) {
		printf("test_ir_io: %s\n", error ? error : "no input");
		g_free(error);
		compdb_jobs_free(jobs);
		return 2;
	}
	struct frontend *fe = frontend_new();
	for (unsigned i = 0; i < jobs->len; i++) {
		const struct tu_job *job = jobs->pdata[i];
		struct ir_tu *tu = frontend_lower(fe, job, &error);
		check(tu != NULL, job->file, error ? error : "cannot parse");
		g_free(error);
		error = NULL;
		if (tu)
			round_trip(job, tu);
		ir_tu_free(tu);
	}
	frontend_free(fe);
	/* Not IR at all. */
	static const char *const junk[] = { "", "PITRACE-IR", "PITRACE-IR\x02", "garbage" };
	for (unsigned i = 0; i < G_N_ELEMENTS(junk); i++) {
		struct ir_tu *t = ir_io_read(junk[i], strlen(junk[i]), &error);
		check(!t && error && g_str_has_prefix(error, "IR: "), junk[i], "junk was accepted");
		g_free(error);
		error = NULL;
		ir_tu_free(t);
	}
	compdb_jobs_free(jobs);
	printf("%u passed, %u failed\n", passed, failed);
	return failed ? 1 : 0;
}
