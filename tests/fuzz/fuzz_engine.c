/* SPDX-License-Identifier: Apache-2.0 */
/* fuzz_engine.c - the frontend and the pipeline in process, on a small C
 * source: the input itself when its first byte is below 0x80 (the seeds are
 * the engine tests), otherwise a program generated from the rest of the
 * bytes by a grammar of what the engine models: assignments, fields of an
 * annotated struct and struct copies, printf/fwrite/send/syslog and an
 * annotated sink, sanitizers, string copies, if/while/for/switch/goto,
 * calls between up to six functions (recursion included) and through
 * function pointers and an ops struct, suppression comments, the odd
 * misspelt annotation.
 *
 * The source is analysed as `pitrace --format json --root TMP fuzz.c -- -I
 * include` analyses it: the options parsed by options_parse(), the job made
 * by pipeline_load_jobs(), and the run's steps of pipeline.h (what clang
 * said as run problems, the engine, the no-flow checks, suppressions, the
 * report and its scope). Only the lowering is the target's own: one
 * frontend for the whole process (README.md, "Sanitizers and libclang").
 * Then: the IR dump, every report format (fuzz_check_reporters()), and, for
 * a quarter of the inputs, a second run on the same IR whose JSON report
 * must be identical.
 *
 * libclang's crash recovery is switched off (LIBCLANG_DISABLE_CRASH_RECOVERY)
 * so that a crash inside libclang is seen as one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "compdb.h"
#include "engine.h"
#include "frontend.h"
#include "fuzz_common.h"
#include "ir.h"
#include "options.h"
#include "outfile.h"
#include "pipeline.h"

#define MAX_FUNCS 6
#define MAX_DEPTH 4
#define MAX_STMTS 48		/* per function */

static struct frontend *fe;
static char *source_path;
static struct pipeline_context cx;
static struct options opts;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setenv("LIBCLANG_DISABLE_CRASH_RECOVERY", "1", 1);
	/* The report's date and duration: fixed, so that two runs compare. */
	setenv("SOURCE_DATE_EPOCH", "0", 0);
	fuzz_builtin_rules();
	source_path = g_build_filename(fuzz_tmpdir(), "fuzz.c", NULL);
	char *args[] = {
		"pitrace", "--quiet", "--no-cache", "-j1", "--format", "json", "--root", (char *)fuzz_tmpdir(),
		source_path, "--", "-I", PITRACE_FUZZ_INCLUDE, NULL,
	};
	int nargs = (int)G_N_ELEMENTS(args) - 1;
	char *error = NULL;
	if (!options_parse(&opts, nargs, args, &error)) {
		fprintf(stderr, "fuzz_engine: %s\n", error);
		abort();
	}
	pipeline_context_init(&cx, nargs, args);
	fe = frontend_new();
	return 0;
}

/* ---- the generator ---- */

struct gen {
	struct fuzz_input in;
	GString *out;
	unsigned nfuncs, stmts;
};

static const char preamble[] =
	"#include \"pitrace.h\"\n"
	"typedef unsigned long size_t;\n"
	"typedef struct _IO_FILE FILE;\n"
	"extern FILE *stdout, *stderr;\n"
	"int printf(const char *, ...);\n"
	"int fprintf(FILE *, const char *, ...);\n"
	"int fputs(const char *, FILE *);\n"
	"size_t fwrite(const void *, size_t, size_t, FILE *);\n"
	"FILE *fopen(const char *, const char *);\n"
	"char *strcpy(char *, const char *);\n"
	"char *strcat(char *, const char *);\n"
	"void *memcpy(void *, const void *, size_t);\n"
	"void *memset(void *, int, size_t);\n"
	"int snprintf(char *, size_t, const char *, ...);\n"
	"long send(int, const void *, size_t, int);\n"
	"void syslog(int, const char *, ...);\n"
	"char *mask_id(const char *s) PI_SANITIZER(mask);\n"
	"char *seal(const char *s) PI_SANITIZER(encrypt);\n"
	"void audit(const char *fmt, ...) PI_SINK(log);\n"
	"struct app {\n"
	"\tchar id_number[19] PI(id_number);\n"
	"\tchar name[32] PI(name);\n"
	"\tchar *phone PI(phone);\n"
	"\tchar note[32];\n"
	"\tint n;\n"
	"\tstruct app *next;\n"
	"};\n"
	"struct app g_app;\n"
	"char g_buf[64];\n"
	"char *g_ptr;\n"
	"typedef char *(*fn_t)(struct app *, char *, int);\n"
	"struct ops { void (*emit)(const char *); fn_t step; };\n"
	"static void emit_log(const char *s) { printf(\"%s\\n\", s); }\n"
	"static void emit_net(const char *s) { send(3, s, 8, 0); }\n";

static unsigned pick(struct gen *g, unsigned n)
{
	return fuzz_pick(&g->in, n);
}

static void put(struct gen *g, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

static void put(struct gen *g, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	g_string_append_vprintf(g->out, fmt, ap);
	va_end(ap);
}

static void indent(struct gen *g, unsigned depth)
{
	for (unsigned i = 0; i <= depth; i++)
		g_string_append_c(g->out, '\t');
}

static void expr(struct gen *g, unsigned depth)
{
	static const char *const leaves[] = {
		"p", "q", "buf", "a->id_number", "a->name", "a->phone", "loc.id_number", "g_buf",
		"g_ptr", "a->note", "\"plain\"", "\"110101199003074578\"", "a->next->name",
		"&buf[i & 7]", "g_app.id_number", "p + 1", "loc.phone", "(char *)0",
	};
	unsigned k = depth >= MAX_DEPTH ? 0 : pick(g, 8);
	switch (k) {
	case 0: case 1: case 2: case 3:
		put(g, "%s", leaves[pick(g, G_N_ELEMENTS(leaves))]);
		break;
	case 4:
		put(g, "%s(", pick(g, 2) ? "mask_id" : "seal");
		expr(g, depth + 1);
		put(g, ")");
		break;
	case 5:
		put(g, "f%u(a, ", pick(g, g->nfuncs));
		expr(g, depth + 1);
		put(g, ", i - 1)");
		break;
	case 6:
		put(g, "%s(a, ", pick(g, 2) ? "fp" : "ops.step");
		expr(g, depth + 1);
		put(g, ", i)");
		break;
	default:
		put(g, "(i ? ");
		expr(g, depth + 1);
		put(g, " : ");
		expr(g, depth + 1);
		put(g, ")");
		break;
	}
}

static void block(struct gen *g, unsigned depth);

static void stmt(struct gen *g, unsigned depth)
{
	static const char *const lvalues[] = { "q", "p", "g_ptr", "a->phone", "loc.phone" };
	static const char *const streams[] = {
		"stdout", "stderr", "fopen(\"/var/log/app.log\", \"a\")", "fopen(\"data.db\", \"w\")",
	};
	static const char *const buffers[] = { "buf", "a->note", "g_buf", "loc.name", "a->id_number" };
	g->stmts++;
	indent(g, depth);
	switch (pick(g, 26)) {
	case 0:
		put(g, "%s = ", lvalues[pick(g, G_N_ELEMENTS(lvalues))]);
		expr(g, 0);
		put(g, ";\n");
		break;
	case 1:
		put(g, "printf(\"%%s\\n\", ");
		expr(g, 0);
		put(g, ");\n");
		break;
	case 2:
		put(g, "fprintf(%s, \"%%s\", ", streams[pick(g, G_N_ELEMENTS(streams))]);
		expr(g, 0);
		put(g, ");\n");
		break;
	case 3:
		put(g, "fwrite(");
		expr(g, 0);
		put(g, ", 1, 8, %s);\n", streams[pick(g, G_N_ELEMENTS(streams))]);
		break;
	case 4:
		put(g, "strcpy(%s, ", buffers[pick(g, G_N_ELEMENTS(buffers))]);
		expr(g, 0);
		put(g, ");\n");
		break;
	case 5:
		put(g, "strcat(buf, ");
		expr(g, 0);
		put(g, ");\n");
		break;
	case 6: {
		static const char *const mem[] = {
			"memcpy(&loc, a, sizeof loc);", "memcpy(&g_app, &loc, sizeof loc);",
			"memset(&loc, 0, sizeof loc);", "loc = *a;", "*a = g_app;",
		};
		put(g, "%s\n", mem[pick(g, G_N_ELEMENTS(mem))]);
		break;
	}
	case 7:
		put(g, "snprintf(buf, sizeof buf, \"%%s\", ");
		expr(g, 0);
		put(g, ");\n");
		break;
	case 8:
		put(g, "send(i, ");
		expr(g, 0);
		put(g, ", 8, 0);\n");
		break;
	case 9:
		put(g, "audit(\"%%s\", ");
		expr(g, 0);
		put(g, ");\n");
		break;
	case 10:
		put(g, "syslog(6, \"%%s\", ");
		expr(g, 0);
		put(g, ");\n");
		break;
	case 11:
		put(g, "if (i > %u) {\n", pick(g, 4));
		block(g, depth + 1);
		indent(g, depth);
		put(g, "} else {\n");
		block(g, depth + 1);
		indent(g, depth);
		put(g, "}\n");
		break;
	case 12:
		put(g, "while (i-- > %u) {\n", pick(g, 4));
		block(g, depth + 1);
		indent(g, depth);
		put(g, "}\n");
		break;
	case 13:
		put(g, "for (int j = 0; j < 3; j++) {\n");
		block(g, depth + 1);
		indent(g, depth);
		put(g, "}\n");
		break;
	case 14:
		put(g, "switch (i & 3) {\n");
		indent(g, depth);
		put(g, "case 0:\n");
		block(g, depth + 1);
		indent(g, depth + 1);
		put(g, "break;\n");
		indent(g, depth);
		put(g, "case 1:\n");
		block(g, depth + 1);
		indent(g, depth);
		put(g, "default:\n");
		block(g, depth + 1);
		indent(g, depth);
		put(g, "}\n");
		break;
	case 15:
		put(g, pick(g, 2) ? "if (i-- > 0) goto L0;\n" : "goto L1;\n");
		break;
	case 16: {
		unsigned f = pick(g, g->nfuncs);
		switch (pick(g, 3)) {
		case 0: put(g, "fp = f%u;\n", f); break;
		case 1: put(g, "ops.step = f%u;\n", f); break;
		default: put(g, "ops.emit = %s;\n", pick(g, 2) ? "emit_log" : "emit_net"); break;
		}
		break;
	}
	case 17:
		put(g, "ops.emit(");
		expr(g, 0);
		put(g, ");\n");
		break;
	case 18:
		put(g, "f%u(a, ", pick(g, g->nfuncs));
		expr(g, 0);
		put(g, ", i);\n");
		break;
	case 19:
		put(g, "return ");
		expr(g, 0);
		put(g, ";\n");
		break;
	case 20: {
		static const char *const links[] = {
			"a = a->next;", "a->next = &loc;", "g_app.next = a;", "a->n = i;",
		};
		put(g, "%s\n", links[pick(g, G_N_ELEMENTS(links))]);
		break;
	}
	case 21:
		put(g, "{\n");
		indent(g, depth + 1);
		put(g, "char *t = ");
		expr(g, 0);
		put(g, ";\n");
		indent(g, depth + 1);
		put(g, "q = t;\n");
		indent(g, depth);
		put(g, "}\n");
		break;
	case 22: {
		static const char *const comments[] = {
			"// pitrace: allow(pi-logging) reason: fuzz\n",
			"// pitrace: allow-next-line(pi-unencrypted-storage, pi-logging) reason: fuzz\n",
			"/* pitrace: begin-allow(pi-cleartext-transmission) reason: fuzz */\n",
			"/* pitrace: end-allow(pi-cleartext-transmission) */\n",
			"// pitrace: allow(pi-loging)\n",
		};
		put(g, "%s", comments[pick(g, G_N_ELEMENTS(comments))]);
		break;
	}
	case 23:
		put(g, "do {\n");
		block(g, depth + 1);
		indent(g, depth);
		put(g, "} while (0);\n");
		break;
	case 24:
		put(g, "i = i * 3 + k;\n");
		break;
	default:
		put(g, "fputs(");
		expr(g, 0);
		put(g, ", %s);\n", streams[pick(g, G_N_ELEMENTS(streams))]);
		break;
	}
}

static void block(struct gen *g, unsigned depth)
{
	unsigned n = depth >= MAX_DEPTH ? 0 : 1 + pick(g, 4), i;
	for (i = 0; i < n && g->in.n && g->stmts < MAX_STMTS; i++)
		stmt(g, depth);
	if (!i) {
		/* a label (case, default) needs a statement after it */
		indent(g, depth);
		put(g, ";\n");
	}
}

static char *generate(const uint8_t *data, size_t size)
{
	struct gen g = { .in = { data, size }, .out = g_string_new(preamble) };
	unsigned flags = fuzz_byte(&g.in);
	g.nfuncs = 1 + flags % MAX_FUNCS;
	if (flags & 0x40)
		put(&g, "char g_typo[4] PI(idnumber);\n");
	for (unsigned f = 0; f < g.nfuncs; f++)
		put(&g, "char *f%u(struct app *a, char *p, int k)%s;\n", f,
		    (flags & 0x80) && f == 1 ? " PI_SANITIZER(encrypt)" : "");
	for (unsigned f = 0; f < g.nfuncs; f++) {
		g.stmts = 0;
		put(&g, "char *f%u(struct app *a, char *p, int k)\n{\n"
			"\tchar buf[64];\n\tchar *q = p;\n\tint i = k;\n\tstruct app loc;\n"
			"\tfn_t fp = f%u;\n\tstruct ops ops = { emit_log, f%u };\n"
			"L0:;\n", f, pick(&g, g.nfuncs), pick(&g, g.nfuncs));
		while (g.in.n && g.stmts < MAX_STMTS && pick(&g, 8))
			stmt(&g, 0);
		put(&g, "L1:\n\treturn q;\n}\n");
	}
	put(&g, "int main(void)\n{\n\tstruct app x;\n\tfn_t t[2] = { f0, f%u };\n"
		"\tt[x.n & 1](&x, x.name, 2);\n", g.nfuncs - 1);
	for (unsigned f = 0; f < g.nfuncs; f++)
		put(&g, "\tf%u(&x, x.id_number, %u);\n", f, f);
	put(&g, "\treturn 0;\n}\n");
	return g_string_free(g.out, FALSE);
}

/* ---- analysing it, as the pipeline does for the CLI ---- */

/* One run on the IR: its JSON report (free with free()). */
static char *analyse(GPtrArray *jobs, struct ir_tu *tu, bool *budget_hit)
{
	struct rules *rules = fuzz_builtin_rules();
	struct input_set *inputs = pipeline_known_inputs(&opts, rules, jobs);
	struct run *r = run_new(&cx, &opts, rules, jobs, inputs);
	if (!r) {
		fprintf(stderr, "fuzz_engine: no run\n");
		abort();
	}
	run_use_tus(r, &tu);
	run_analyse(r);
	char *json = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&json, &len);
	run_finish(r, out);
	fclose(out);
	fuzz_check_reporters(run_report(r));
	*budget_hit = run_stats(r)->budget_exceeded > 0;
	char *text = NULL;
	out = open_memstream(&text, &len);
	engine_stats_print(run_stats(r), out);
	fclose(out);
	free(text);
	run_free(r);
	input_set_free(inputs);
	return json;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!size)
		return 0;
	char *generated = NULL;
	if (data[0] < 0x80) {
		g_free(fuzz_write_file("fuzz.c", data, size));
	} else {
		generated = generate(data + 1, size - 1);
		g_free(fuzz_write_file("fuzz.c", generated, strlen(generated)));
		if (getenv("PITRACE_FUZZ_SHOW"))
			fputs(generated, stderr);
	}
	GPtrArray *jobs = pipeline_load_jobs(&cx, &opts);
	if (!jobs)
		abort();
	char *error = NULL;
	struct ir_tu *tu = frontend_lower(fe, jobs->pdata[0], &error);
	if (!tu) {
		if (!error) {
			fprintf(stderr, "fuzz_engine: no IR and no error\n");
			abort();
		}
		g_free(error);
		compdb_jobs_free(jobs);
		g_free(generated);
		return 0;
	}
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	ir_tu_dump(tu, out);
	fclose(out);
	free(text);

	bool budget_hit = false;
	char *first = analyse(jobs, tu, &budget_hit);
	if (size % 4 == 0) {
		bool again_hit = false;
		char *second = analyse(jobs, tu, &again_hit);
		if (!budget_hit && !again_hit && strcmp(first, second)) {
			fprintf(stderr, "fuzz_engine: two runs on the same IR differ:\n%s\n---\n%s\n",
				first, second);
			abort();
		}
		free(second);
	}
	free(first);
	ir_tu_free(tu);
	compdb_jobs_free(jobs);
	g_free(generated);
	return 0;
}
