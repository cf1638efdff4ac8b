/* SPDX-License-Identifier: Apache-2.0 */
/* facts.c - facts files (facts.h). */
#include <errno.h>
#include <limits.h>
#include <string.h>

#include <glib/gstdio.h>

#include "facts.h"
#include "outfile.h"
#include "ir_io.h"
#include "jobs.h"
#include "wire.h"

static const char magic[14] = "PITRACE-FACTS\n";
#define FACTS_VERSION 2

bool facts_write(const char *path, const struct facts_env *env, const struct tu_job *job,
		 const struct ir_tu *tu, char **error)
{
	GByteArray *b = g_byte_array_new();
	g_byte_array_append(b, (const guint8 *)magic, sizeof magic);
	wire_put_uint(b, FACTS_VERSION);
	wire_put_string(b, env->tool_version);
	wire_put_string(b, env->clang_version);
	wire_put_string(b, env->rules_digest);
	wire_put_uint(b, env->heuristics);
	wire_put_string(b, job->file);
	wire_put_string(b, job->directory);
	unsigned nargs = job->args ? g_strv_length(job->args) : 0;
	wire_put_uint(b, nargs);
	for (unsigned i = 0; i < nargs; i++)
		wire_put_string(b, job->args[i]);
	wire_put_uint(b, job->index);
	wire_put_uint(b, job->of);
	GByteArray *ir = g_byte_array_new();
	char *ir_error = NULL;
	bool ok = ir_io_write(tu, ir, &ir_error);
	if (!ok) {
		*error = g_strdup_printf("%s: cannot write facts: %s", path, ir_error);
		g_free(ir_error);
	} else {
		wire_put_bytes(b, ir->data, ir->len);
		guint8 digest[32];
		gsize dlen = sizeof digest;
		GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
		g_checksum_update(sum, ir->data, ir->len);
		g_checksum_get_digest(sum, digest, &dlen);
		g_checksum_free(sum);
		g_byte_array_append(b, digest, sizeof digest);
		/* Whole or not at all: a build system never sees half a facts
		 * file. */
		ok = outfile_write_all(path, b->data, b->len, error);
	}
	g_byte_array_free(ir, TRUE);
	g_byte_array_free(b, TRUE);
	return ok;
}

void facts_job_free(struct tu_job *job)
{
	if (!job)
		return;
	g_free(job->file);
	g_free(job->directory);
	g_strfreev(job->args);
	g_free(job);
}

static bool same(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

struct ir_tu *facts_read(const char *path, const struct facts_env *env, struct tu_job **jobp,
			 char **error)
{
	*jobp = NULL;
	char *data = NULL;
	gsize len = 0;
	GError *gerr = NULL;
	if (!g_file_get_contents(path, &data, &len, &gerr)) {
		*error = g_strdup_printf("%s: cannot read: %s", path, gerr->message);
		g_error_free(gerr);
		return NULL;
	}
	struct wire_reader r;
	wire_reader_init(&r, data, len);
	if (!wire_expect(&r, magic, sizeof magic, "x")) {
		*error = g_strdup_printf("%s: not a pitrace facts file", path);
		g_free(data);
		return NULL;
	}
	/* The format version and the two versions come first in every
	 * format, so that any other pitrace's file is named as such. */
	uint64_t version = wire_get_uint(&r);
	char *tool = wire_get_string(&r);
	char *clang = wire_get_string(&r);
	bool foreign = !wire_failed(&r) && (version != FACTS_VERSION || !same(tool, env->tool_version) ||
					    !same(clang, env->clang_version));
	char *rules = foreign ? NULL : wire_get_string(&r);
	bool heuristics = !foreign && wire_get_uint_max(&r, 1, "bad heuristics flag") != 0;
	struct ir_tu *tu = NULL;
	struct tu_job *job = NULL;
	if (wire_failed(&r)) {
		*error = g_strdup_printf("%s: facts file is truncated or corrupt (%s)", path, r.error);
	} else if (foreign) {
		*error = g_strdup_printf("%s: made by pitrace %s with %s (facts format %" G_GUINT64_FORMAT
					 "); this is pitrace %s with %s: extract it again",
					 path, tool ? tool : "?", clang ? clang : "?", version,
					 env->tool_version, env->clang_version);
	} else if (!same(rules, env->rules_digest) || heuristics != env->heuristics) {
		*error = g_strdup_printf("%s: extracted with other rules (rules %.12s, heuristics %s; these are "
					 "%.12s, heuristics %s): extract and link with the same --rules and "
					 "--no-heuristics", path, rules ? rules : "?", heuristics ? "on" : "off",
					 env->rules_digest, env->heuristics ? "on" : "off");
	} else {
		job = g_new0(struct tu_job, 1);
		job->file = wire_get_string(&r);
		job->directory = wire_get_string(&r);
		unsigned nargs = wire_get_count(&r, 1, "bad argument count");
		job->args = g_new0(char *, nargs + 1);
		for (unsigned i = 0; i < nargs && !wire_failed(&r); i++) {
			job->args[i] = wire_get_string(&r);
			if (!job->args[i])
				wire_fail(&r, "NULL argument");
		}
		job->index = (unsigned)wire_get_uint_max(&r, UINT_MAX, "bad index");
		job->of = (unsigned)wire_get_uint_max(&r, UINT_MAX, "bad TU count");
		size_t irlen = 0;
		const guint8 *ir = wire_get_bytes(&r, &irlen);
		guint8 digest[32] = { 0 };
		gsize dlen = sizeof digest;
		if (!wire_failed(&r)) {
			GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
			g_checksum_update(sum, ir, irlen);
			g_checksum_get_digest(sum, digest, &dlen);
			g_checksum_free(sum);
		}
		if (!job->file || !job->directory)
			wire_fail(&r, "no file or directory");
		if (!wire_expect(&r, digest, sizeof digest, "its checksum does not match") || !wire_at_end(&r)) {
			wire_fail(&r, "bytes left over");
			*error = g_strdup_printf("%s: facts file is truncated or corrupt (%s)", path, r.error);
		} else {
			char *ir_error = NULL;
			tu = ir_io_read(ir, irlen, &ir_error);
			if (!tu) {
				*error = g_strdup_printf("%s: facts file is corrupt: %s", path, ir_error);
				g_free(ir_error);
			}
		}
	}
	g_free(tool);
	g_free(clang);
	g_free(rules);
	g_free(data);
	if (!tu) {
		facts_job_free(job);
		return NULL;
	}
	*jobp = job;
	return tu;
}

char *facts_file_name(const struct tu_job *job)
{
	char *key = jobs_key(job);
	char *base = g_path_get_basename(job->file);
	char *name = g_strdup_printf("%s.%.12s.facts", base, key);
	g_free(base);
	g_free(key);
	return name;
}
