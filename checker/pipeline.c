/* SPDX-License-Identifier: Apache-2.0 */
/* pipeline.c - the commands that read sources: an analysis (obtain,
 * analyse, finish) and --dump-ir (pipeline.h). */
#include <stdio.h>

#include "compdb.h"
#include "frontend.h"
#include "ir.h"
#include "options.h"
#include "parse_pool.h"
#include "pipeline.h"
#include "scope.h"

int pipeline_analyse(const struct pipeline_context *cx, const struct options *o, struct rules *rules,
		     GPtrArray *jobs, struct input_set *inputs, FILE *out, bool *written)
{
	struct run *r = run_new(cx, o, rules, jobs, inputs);
	if (!r) {
		*written = false;
		return EXIT_UNTRUSTED;
	}
	run_obtain(r);
	run_analyse(r);
	int rc = run_finish(r, out);
	*written = run_written(r);
	run_free(r);
	return rc;
}

/* One TU at a time, in the order given: a dump is read by people. */
int pipeline_dump_ir(const struct pipeline_context *cx, GPtrArray *jobs, FILE *out)
{
	struct frontend *fe = frontend_new();
	int rc = EXIT_CLEAN;
	for (unsigned i = 0; i < jobs->len; i++) {
		const struct tu_job *job = jobs->pdata[i];
		char *error = NULL;
		struct ir_tu *tu = frontend_lower(fe, job, &error);
		if (!tu) {
			pipeline_fail("%s", error);
			g_free(error);
			rc = EXIT_UNTRUSTED;
			continue;
		}
		parse_pool_return_home(cx->start_dir);
		ir_tu_dump(tu, out);
		ir_tu_free(tu);
	}
	frontend_free(fe);
	return rc;
}
