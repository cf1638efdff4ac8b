/* SPDX-License-Identifier: Apache-2.0 */
/* test_trace.c - the engine's trace store (engine_trace.c) on routes built
 * by hand: loops taken out, a long route's middle left out but never its
 * sink, and the step after a sink that decides its stream's kind. Prints
 * "N passed, N failed". */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "engine_int.h"

static unsigned passed, failed;

static void check(bool ok, const char *what, ...) G_GNUC_PRINTF(2, 3);

static void check(bool ok, const char *what, ...)
{
	va_list ap;
	va_start(ap, what);
	if (ok) {
		passed++;
	} else {
		failed++;
		fputs("FAIL: ", stdout);
		vprintf(what, ap);
		putchar('\n');
	}
	va_end(ap);
}

static struct ir_loc at(unsigned line)
{
	return (struct ir_loc){ .file = "route.c", .line = line, .col = 1 };
}

/* The report's steps of t, their messages joined by '|'. */
static char *shown(struct program *p, uint32_t t, uint32_t end, unsigned *n)
{
	struct trace_step *steps;
	trace_to_report(p, t, end, &steps, n);
	GString *s = g_string_new(NULL);
	for (unsigned i = 0; i < *n; i++)
		g_string_append_printf(s, "%s%s", i ? "|" : "", steps[i].message);
	report_steps_free(steps, *n);
	return g_string_free(s, FALSE);
}

static void test_loops(struct program *p)
{
	/* read -> a -> b -> a -> b -> sink: the second lap is the first's */
	uint32_t t = trace_step(p, 0, at(1), "f", "reads `x`");
	for (int lap = 0; lap < 2; lap++) {
		t = trace_step(p, t, at(10), "a", "enters `a`");
		t = trace_step(p, t, at(20), "b", "enters `b`");
	}
	t = trace_end_node(p, t, false, at(30), "b", trace_msg(p, "reaches `send` (network)"));
	unsigned n;
	char *s = shown(p, t, 0, &n);
	check(!strcmp(s, "reads `x`|enters `a`|enters `b`|reaches `send` (network)"), "loop taken out: %s", s);
	g_free(s);
}

static void test_long_route(struct program *p)
{
	/* 80 steps: the store stops at MAX_TRACE, the sink is made anyway */
	uint32_t t = trace_step(p, 0, at(1), "f", "reads `x`");
	for (unsigned i = 2; i <= 80; i++)
		t = trace_step(p, t, at(i), "f", "passed to `g%u`", i);
	uint32_t plain = trace_step(p, t, at(99), "f", "passed to `late`");
	check(plain == t, "an ordinary step past %d is not stored", MAX_TRACE);
	t = trace_end_node(p, t, false, at(100), "g", trace_msg(p, "reaches `fprintf` (log)"));
	unsigned n;
	char *s = shown(p, t, 0, &n);
	check(g_str_has_prefix(s, "reads `x`|passed to `g2`"), "the route's beginning kept: %.60s", s);
	check(strstr(s, "|(steps of the route left out)|reaches `fprintf` (log)") != NULL &&
		      g_str_has_suffix(s, "reaches `fprintf` (log)"),
	      "the middle left out and said so, the sink last: %s", s);
	check(n <= MAX_TRACE, "at most %d steps shown (%u)", MAX_TRACE, n);
	g_free(s);

	/* the call that decides the stream's kind comes after the sink step */
	uint32_t d = trace_end_node(p, t, true, at(200), "h", trace_msg(p, "`g` writes it to the stream passed here (log)"));
	uint32_t why = trace_step(p, 0, at(201), "h", "the stream it is written to: `stderr` is a log");
	s = shown(p, d, why, &n);
	check(g_str_has_suffix(s, "|reaches `fprintf` (log)|`g` writes it to the stream passed here (log)|"
				  "the stream it is written to: `stderr` is a log"),
	      "a deciding step keeps the sink before it, the stream's reason after: %s", s);
	g_free(s);
}

static void test_splices(struct program *p)
{
	/* callee chains of 30 steps spliced 40 deep: expanded without a
	 * depth limit, shown with the middle counted */
	uint32_t t = trace_step(p, 0, at(1), "f", "reads `x`");
	for (unsigned level = 0; level < 40; level++) {
		uint32_t chain = trace_step(p, 0, at(1000 + level), "c", "enters `c%u`", level);
		t = trace_append(p, t, chain);
	}
	uint32_t sink = trace_step(p, 0, at(5000), "s", "reaches `write` (storage)");
	t = trace_append_end(p, t, sink);
	unsigned n;
	char *s = shown(p, t, 0, &n);
	check(g_str_has_suffix(s, "reaches `write` (storage)"), "a spliced route ends at its sink: %.80s", s);
	check(n <= MAX_TRACE, "at most %d steps shown (%u)", MAX_TRACE, n);
	g_free(s);
}

int main(void)
{
	struct program p;
	memset(&p, 0, sizeof p);
	p.strings = g_string_chunk_new(4096);
	trace_init(&p);
	test_loops(&p);
	test_long_route(&p);
	test_splices(&p);
	trace_free(&p);
	g_string_chunk_free(p.strings);
	printf("%u passed, %u failed\n", passed, failed);
	return failed ? 1 : 0;
}
