/* SPDX-License-Identifier: Apache-2.0 */
/* report_zh.c - the Chinese of the engine's messages, for --lang zh. The
 * engine writes a finding's headline and its trace steps in English, from
 * a closed set of sentence shapes (engine_report.c, engine_trace.c,
 * check_*.c); each shape has a row here, and what the shape quotes (names
 * in backticks, categories, sink kinds) is kept or put in Chinese. A
 * message with no row stays English: tests/report/check-html.py fails
 * when one of the engine's shapes is missing here. */
#include <string.h>

#include "report_impl.h"

struct shape {
	const char *en;		/* a GRegex over the whole message */
	const char *zh;		/* its replacement, \1... for the groups */
};

/* The quoted name is `([^`]*)`; REST is what follows the shape (a
 * parenthesised remark, translated below). */
#define Q "`([^`]*)`"
#define REST "((?: \\(.*\\))?)"

static const struct shape shapes[] = {
	{ "^personal information \\(([^)]*)\\) stored unencrypted by " Q REST "$",
	  "个人信息（\\1）经 `\\2` 未加密存储\\3" },
	{ "^personal information \\(([^)]*)\\) written to a log by " Q REST "$",
	  "个人信息（\\1）经 `\\2` 写入日志\\3" },
	{ "^personal information \\(([^)]*)\\) sent over the network without encryption by " Q REST "$",
	  "个人信息（\\1）经 `\\2` 以明文通过网络发送\\3" },
	{ "^personal information \\(([^)]*)\\) transferred to another party without de-identification by " Q
	  REST "$",
	  "个人信息（\\1）经 `\\2` 未经去标识化提供给其他方\\3" },
	{ "^string literal holds an? ([^(]*) \\(([^)]*)\\): personal information in source code$",
	  "字符串字面量含有\\1（\\2）：源代码中的个人信息" },
	{ "^" Q " is declared an encrypt sanitizer but calls no known cipher \\(it calls (.*)\\)$",
	  "`\\1` 声明为加密净化函数，但未调用任何已知加密算法（它调用了 \\2）" },
	{ "^" Q " is declared an encrypt sanitizer but calls no known cipher$",
	  "`\\1` 声明为加密净化函数，但未调用任何已知加密算法" },
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
	{ "^" Q " gives an? (.*)$", "`\\1` 给出\\2" },
	{ "^" Q " is an? (.*)$", "`\\1` 是\\2" },
	/* run problems (main.c, engine_*.c): what the run could not see */
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

/* Words and remarks inside a translated sentence. */
static const struct shape words[] = {
	{ " \\(through a function pointer\\)", "（经函数指针调用）" },
	{ " \\(field " Q "\\)", "（字段 `\\1`）" },
	{ " \\(reaches " Q "\\)", "（最终到达 `\\1`）" },
	{ "resident ID number", "居民身份证号码" },
	{ "unified social credit code", "统一社会信用代码" },
	{ "mobile phone number", "手机号码" },
};

/* Categories and sink kinds as the engine spells them. */
static const char *const terms[][2] = {
	{ "id_number", "身份证件号码" }, { "name", "姓名" }, { "address", "住址" }, { "phone", "电话号码" },
	{ "email", "电子邮箱" }, { "birthdate", "出生日期" }, { "id_image", "身份证件图像" },
	{ "license_image", "证照图像" }, { "license_number", "证照号码" }, { "bank_account", "银行账户" },
	{ "biometric", "生物识别信息" }, { "location", "位置/行踪" }, { "credential", "账户凭据" },
	{ "health", "健康信息" }, { "other", "其他" }, { "non-PI", "非个人信息" }, { "log", "日志" },
	{ "storage", "存储" }, { "network", "网络" }, { "external", "其他方" },
};

static const char *term_zh(const char *word)
{
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

/* The patterns are this file's: one that does not compile leaves its
 * messages English, which the zh test catches. */
static GRegex *compile(const char *pattern)
{
	return g_regex_new(pattern, G_REGEX_OPTIMIZE, 0, NULL);
}

char *report_zh_message(const char *en)
{
	/* compiled once: reporters run on one thread */
	static GRegex *shape_re[G_N_ELEMENTS(shapes)], *word_re[G_N_ELEMENTS(words)], *list_re;
	if (!list_re) {
		for (size_t i = 0; i < G_N_ELEMENTS(shapes); i++)
			shape_re[i] = compile(shapes[i].en);
		for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
			word_re[i] = compile(words[i].en);
		list_re = compile("（([a-z_, -]+)）");
	}
	if (!en)
		return NULL;
	char *text = NULL;
	for (size_t i = 0; !text && i < G_N_ELEMENTS(shapes); i++)
		if (shape_re[i] && g_regex_match(shape_re[i], en, 0, NULL))
			text = g_regex_replace(shape_re[i], en, -1, 0, shapes[i].zh, 0, NULL);
	if (!text)
		return g_strdup(en);
	for (size_t i = 0; i < G_N_ELEMENTS(words); i++) {
		char *next = word_re[i] ? g_regex_replace(word_re[i], text, -1, 0, words[i].zh, 0, NULL) : NULL;
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
