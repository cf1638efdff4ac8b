/* SPDX-License-Identifier: Apache-2.0 */
/* report_zh.c - the Chinese of the engine's messages, for --lang zh. The
 * engine writes a finding's headline and its trace steps in English, from
 * a closed set of sentence shapes; each shape has a row, and what the
 * shape quotes (names in backticks, categories, sink kinds) is kept or put
 * in Chinese. The rows of a rule's headline are the rule's, in the
 * registry (check_text.c); the trace steps' (engine_trace.c and the
 * engine) and the run problems' are here. A message with no row stays
 * English: tests/report/check-html.py fails when one of the engine's
 * shapes is missing. */
#include <string.h>

#include "report_impl.h"

/* The quoted name is `([^`]*)`; REST is what follows the shape (a
 * parenthesised remark, translated below). */
#define Q "`([^`]*)`"
#define REST "((?: \\(.*\\))?)"

/* Trace steps; the rules' headlines come first (check_text.c). */
static const struct check_shape shapes[] = {
	{ "^enters " Q " as parameter " Q "$", "进入 `\\1`，作为参数 `\\2`" },
	{ "^enters " Q " as its variadic arguments$", "进入 `\\1`，作为其可变参数" },
	{ "^passed to " Q " with the stream its own caller passes$", "传给 `\\1`，所用的流由其调用者传入" },
	{ "^passed to parameter " Q " of " Q ", which holds PI by annotation$",
	  "传给 `\\2` 的参数 `\\1`，该参数依据源代码标注认定为个人信息" },
	{ "^passed to parameter " Q " of " Q ", which holds PI by identifier heuristic$",
	  "传给 `\\2` 的参数 `\\1`，该参数依据标识符启发式规则认定为个人信息" },
	{ "^passed to parameter " Q " of " Q ", which holds PI by rule (.*)$",
	  "传给 `\\2` 的参数 `\\1`，该参数依据规则 \\3 认定为个人信息" },
	{ "^passed to " Q REST "$", "传给 `\\1`\\2" },
	{ "^passed as argument (\\d+) of " Q REST "$", "作为第 \\1 个参数传给 `\\2`\\3" },
	{ "^copied into argument (\\d+) by " Q REST "$", "由 `\\2` 复制到第 \\1 个参数\\3" },
	{ "^copied by " Q " into its argument (\\d+)$", "由 `\\1` 复制到其第 \\2 个参数" },
	{ "^copied by " Q "$", "由 `\\1` 复制" },
	{ "^reads (.*): PI \\(([^)]*)\\) by annotation$", "读取 \\1：依据源代码标注认定为个人信息（\\2）" },
	{ "^reads (.*): PI \\(([^)]*)\\) by identifier heuristic$",
	  "读取 \\1：依据标识符启发式规则认定为个人信息（\\2）" },
	{ "^reads (.*): PI \\(([^)]*)\\) by rule (.*)$", "读取 \\1：依据规则 \\3 认定为个人信息（\\2）" },
	{ "^reads (.*): PI \\(([^)]*)\\) by (.*)$", "读取 \\1：依据 \\3 认定为个人信息（\\2）" },
	{ "^reaches " Q ", writing to the stream its caller passes$", "到达 `\\1`，写入其调用者传入的流" },
	{ "^reaches " Q " \\(([^)]*)\\)$", "到达 `\\1`（\\2）" },
	{ "^returned by " Q REST "$", "由 `\\1` 返回\\2" },
	{ "^assigned to " Q "$", "赋值给 `\\1`" },
	{ "^read from global " Q "$", "读取全局变量 `\\1`" },
	{ "^" Q " writes it to the stream passed here \\(([^)]*)\\)$", "`\\1` 将其写入此处传入的流（\\2）" },
	{ "^" Q " returns PI \\(([^)]*)\\) by rule (.*)$", "`\\1` 依据规则 \\3 返回个人信息（\\2）" },
	{ "^" Q " returns PI by annotation$", "`\\1` 依据源代码标注返回个人信息" },
	{ "^protected \\(([^)]*)\\) by " Q "$", "经 `\\2` 保护（\\1）" },
	{ "^the stream it is written to: " Q " gives an? (.*)$", "写入的流：由 `\\1` 得到（\\2）" },
	{ "^the stream it is written to: " Q " is an? (.*)$", "写入的流：`\\1`（\\2）" },
	{ "^the stream it is written to: descriptor (\\d+), a log$", "写入的流：描述符 \\1，即日志" },
	{ "^the stream it is written to: " Q ", a standard stream \\(([^)]*)\\)$", "写入的流：`\\1`，标准流（\\2）" },
	{ "^the stream it is written to: read from a record field that holds an? (.*) elsewhere$",
	  "写入的流：读自一个结构体字段，程序在别处向该字段存入的流（\\1）" },
	{ "^the stream it is written to: where it comes from is not known here, so (.*) \\(CONTRACT 3\\)$",
	  "写入的流：此处无法得知其来源，因此视为（\\1）（CONTRACT 3）" },
	{ "^\\((\\d+) steps of the route left out\\)$", "（路径中省略了 \\1 步）" },
	{ "^\\(steps of the route left out\\)$", "（路径中省略了若干步）" },
	{ "^" Q " gives an? (.*)$", "`\\1` 给出（\\2）" },
	{ "^" Q " is an? (.*)$", "`\\1`（\\2）" },
	/* run problems (run.c, run_finish.c, engine_*.c): what the run could not see */
	{ "^(.*): not analysed as written: (\\d+) errors? in this file, the first: (.*)$",
	  "\\1：未按原样分析：此文件有 \\2 个错误，第一个：\\3" },
	{ "^(.*): not analysed as written: (.*)$", "\\1：未按原样分析：\\2" },
	{ "^header '([^']*)' not found: not analysed as written$", "未找到头文件 '\\1'：未按原样分析" },
	{ "^(.*): clang could not parse anything in it \\((\\d+) errors?\\)$", "\\1：clang 无法解析其中任何内容（\\2 个错误）" },
	{ "^(.*): clang crashed while parsing it$", "\\1：clang 解析时崩溃" },
	{ "^" Q " has no body here and no model, and (\\d+) calls? hands? it PI: where it goes from there is not "
	  "known \\(model it in a rules file: docs/rules.md\\)$",
	  "`\\1` 在此没有函数体，也没有模型，且有 \\2 处调用向其传递个人信息：其后去向未知（请在规则文件中为其建模：docs/rules.md）" },
	{ "^(\\d+) more functions with no body and no model were handed PI \\((\\d+) calls\\); --stats lists them$",
	  "另有 \\1 个没有函数体、也没有模型的函数接收了个人信息（\\2 处调用）；--stats 会列出它们" },
	{ "^analysis of " Q " stopped after (\\d+) visits of its blocks without settling; its results are partial "
	  "\\(--function-budget 0 lifts the bound\\)$",
	  "`\\1` 的分析在访问其基本块 \\2 次后仍未收敛而停止；结果不完整（--function-budget 0 取消此上限）" },
	{ "^analysis of " Q " exceeded its time budget; its results are partial \\(--function-budget S raises it, 0 "
	  "lifts it\\)$",
	  "`\\1` 的分析超出时间预算；结果不完整（--function-budget S 提高预算，0 取消预算）" },
	{ "^the analysis of (\\d+) mutually recursive functions \\(" Q " among them\\) stopped at its bound before it "
	  "settled; flows through them may be missing$",
	  "\\1 个相互递归的函数（包括 `\\2`）的分析在收敛前达到上限而停止；经过它们的数据流可能缺失" },
	{ "^global variables were still gaining PI after (\\d+) passes over the program; flows through globals may "
	  "be missing$",
	  "对程序分析 \\1 遍后全局变量仍在获得个人信息；经过全局变量的数据流可能缺失" },
	{ "^link: facts of (\\d+) of the (\\d+) translation units they were extracted from: the (\\d+) others were "
	  "not analysed \\(extract every shard, then link them all\\)$",
	  "link：提取自 \\2 个翻译单元的事实文件只有 \\1 个：其余 \\3 个未被分析（请提取每个分片，再全部链接）" },
};

/* Remarks inside a translated sentence; then the rules' remarks and the
 * kinds of literal pi-hardcoded-literal names (check_text.c). */
static const struct check_shape words[] = {
	{ " \\(through a function pointer\\)", "（经函数指针调用）" },
	{ " \\(field " Q "\\)", "（字段 `\\1`）" },
};

/* Sink kinds and other words the engine lists beside categories (a
 * category's Chinese is pi.c's). */
static const char *const terms[][2] = {
	{ "non-PI", "非个人信息" }, { "log", "日志" }, { "storage", "存储" }, { "network", "网络" },
	{ "network-tls", "加密网络" }, { "device", "设备" },
	{ "external", "其他方" },
};

static const char *term_zh(const char *word)
{
	int c = pi_category_from_name(word);
	if (c >= 0)
		return pi_category_term_zh(c);
	for (size_t i = 0; i < G_N_ELEMENTS(terms); i++)
		if (!strcmp(terms[i][0], word))
			return terms[i][1];
	return NULL;
}

/* "（phone, email）" and "（log）": each listed term in Chinese. */
static gboolean translate_list(const GMatchInfo *m, GString *out, gpointer data)
{
	(void)data;
	char *inner = g_match_info_fetch(m, 1);
	char **parts = g_strsplit(inner, ", ", -1);
	bool all = true;
	for (char **p = parts; *p; p++)
		all = all && term_zh(*p);
	if (!all) {
		char *whole = g_match_info_fetch(m, 0);
		g_string_append(out, whole);
		g_free(whole);
	} else {
		g_string_append(out, "（");
		for (char **p = parts; *p; p++)
			g_string_append_printf(out, "%s%s", p == parts ? "" : "、", term_zh(*p));
		g_string_append(out, "）");
	}
	g_strfreev(parts);
	g_free(inner);
	return FALSE;
}

/* A shape compiled. */
struct rewrite {
	const char *en;
	GRegex *re;
	const char *zh;
};

/* The patterns are the registry's and this file's: one that does not
 * compile leaves its messages English, which the zh test catches. A
 * pattern already in the list (the flow rules share their remark) is not
 * added again. */
static bool add_rewrite(GArray *list, const char *en, const char *zh)
{
	for (guint i = 0; i < list->len; i++)
		if (!strcmp(g_array_index(list, struct rewrite, i).en, en))
			return false;
	struct rewrite w = { en, g_regex_new(en, G_REGEX_OPTIMIZE, 0, NULL), zh };
	if (w.re)
		g_array_append_val(list, w);
	return w.re != NULL;
}

/* Whole messages, then remarks and words inside them, in the order they
 * are tried. Made once (reporters run on one thread) and kept for the
 * life of the process. */
static void compile_rewrites(GArray *whole, GArray *inner)
{
	for (int r = 0; r < RULE_COUNT; r++) {
		const struct check_text *t = check_get(r)->text;
		for (size_t i = 0; i < G_N_ELEMENTS(t->message_zh); i++)
			if (t->message_zh[i].en)
				add_rewrite(whole, t->message_zh[i].en, t->message_zh[i].zh);
	}
	for (size_t i = 0; i < G_N_ELEMENTS(shapes); i++)
		add_rewrite(whole, shapes[i].en, shapes[i].zh);
	for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
		add_rewrite(inner, words[i].en, words[i].zh);
	for (int r = 0; r < RULE_COUNT; r++) {
		const struct check_shape *w = &check_get(r)->text->remark_zh;
		if (w->en)
			add_rewrite(inner, w->en, w->zh);
	}
	/* a kind's English is plain text: the list keeps it escaped */
	for (int k = 0; k < LITERAL_KIND_COUNT; k++) {
		char *en = g_regex_escape_string(check_literal_kinds[k][LANG_EN], -1);
		if (!add_rewrite(inner, en, check_literal_kinds[k][LANG_ZH]))
			g_free(en);
	}
}

char *report_zh_message(const char *en)
{
	static GArray *whole, *inner;
	static GRegex *list_re;
	if (!whole) {
		whole = g_array_new(FALSE, FALSE, sizeof(struct rewrite));
		inner = g_array_new(FALSE, FALSE, sizeof(struct rewrite));
		compile_rewrites(whole, inner);
		list_re = g_regex_new("（([a-z_, -]+)）", G_REGEX_OPTIMIZE, 0, NULL);
	}
	if (!en)
		return NULL;
	char *text = NULL;
	for (guint i = 0; !text && i < whole->len; i++) {
		const struct rewrite *w = &g_array_index(whole, struct rewrite, i);
		if (g_regex_match(w->re, en, 0, NULL))
			text = g_regex_replace(w->re, en, -1, 0, w->zh, 0, NULL);
	}
	if (!text)
		return g_strdup(en);
	for (guint i = 0; i < inner->len; i++) {
		const struct rewrite *w = &g_array_index(inner, struct rewrite, i);
		char *next = g_regex_replace(w->re, text, -1, 0, w->zh, 0, NULL);
		if (next) {
			g_free(text);
			text = next;
		}
	}
	char *listed = list_re ? g_regex_replace_eval(list_re, text, -1, 0, 0, translate_list, NULL, NULL) : NULL;
	if (listed) {
		g_free(text);
		text = listed;
	}
	return text;
}
