/* SPDX-License-Identifier: Apache-2.0 */
/* report_html.c - the auditor's compliance report: one self-contained,
 * printable HTML file in English or Chinese (rep->lang), with no script and
 * nothing fetched. Every string that did not come from this file goes out
 * through esc(), and code excerpts are masked as well, since they are the
 * only raw source text in any report. */
#include <stdarg.h>
#include <string.h>

#include "report_impl.h"
#include "rules.h"

enum ui {
	UI_TITLE, UI_HEADER, UI_TOOL_VERSION, UI_LIBCLANG, UI_RULES_DIGEST, UI_DB_DIGEST,
	UI_REVISION, UI_DATE, UI_ROOT, UI_SUMMARY, UI_BY_RULE, UI_BY_CATEGORY, UI_RULE,
	UI_OPEN, UI_SUPPRESSED, UI_BASELINED, UI_STALE, UI_CATEGORY, UI_SENSITIVE, UI_YES,
	UI_NO, UI_INVENTORY, UI_INVENTORY_NOTE, UI_NAME, UI_KIND, UI_SCOPE, UI_WHERE,
	UI_HOW_TAGGED, UI_DATA_MAP, UI_MAP_NOTE, UI_UNPROTECTED, UI_PROTECTED,
	UI_PI_CATEGORIES, UI_SINKS, UI_FINDINGS, UI_STATUS, UI_TRACE, UI_EXCERPT,
	UI_LEGAL_BASIS, UI_FIX, UI_FUNCTION, UI_LEDGER, UI_LEDGER_NOTE, UI_SINK, UI_CONTROL,
	UI_APPLIED_AT, UI_PROTECTIONS, UI_SUPPRESSIONS, UI_REASON, UI_NO_REASON,
	UI_COMMENT_AT, UI_PROBLEMS, UI_FATAL, UI_NOT_FATAL, UI_APPENDIX, UI_APPENDIX_NOTE,
	UI_NONE, UI_UNKNOWN, UI_EXCERPT_MISSING, UI_FINGERPRINT, UI_MORE_ROUTES, UI_LEVEL, UI_CONTENTS,
	UI_INCOMPLETE, UI_INCOMPLETE_WHY, UI_CLAIMED,
	UI_VERDICT_PASS, UI_VERDICT_FAIL, UI_VERDICT_UNDER, UI_VERDICT_OPEN, UI_RUN_COMPLETE, UI_RUN_INCOMPLETE,
	UI_RUN_SCOPE, UI_SCOPE_NOTE, UI_TUS, UI_FILES_ANALYSED, UI_FILE, UI_TREE_DIGEST, UI_RULE_FILES, UI_OPTIONS,
	UI_HEURISTICS_ON, UI_HEURISTICS_OFF, UI_BASELINE, UI_COMMAND_LINE, UI_STARTED, UI_DURATION, UI_GIT,
	UI_GIT_CLEAN, UI_GIT_DIRTY, UI_NOT_GIT, UI_REPORT_DIGEST, UI_REPORT_DIGEST_NOTE, UI_SECONDS,
	UI_INDEX, UI_INDEX_NOTE, UI_BY_FILE, UI_STEPS,
	UI_DUTIES, UI_DUTIES_NOTE, UI_DUTY, UI_BASIS, UI_SHOWS, UI_DUTY_LEAK, UI_DUTY_LEAK_BASIS, UI_DUTY_PROVIDE,
	UI_DUTY_PROVIDE_BASIS, UI_DUTY_MEASURES, UI_DUTY_MEASURES_BASIS, UI_DUTY_UNSEEN, UI_DUTY_UNSEEN_BASIS,
	UI_N_STORAGE, UI_N_LOGGING, UI_N_EXTERNAL, UI_N_CLEAR, UI_RECIPIENTS, UI_NO_RECIPIENT, UI_N_VERIFIED,
	UI_N_CLAIMED, UI_N_FAKE, UI_N_PROBLEMS, UI_N_PARTIAL, UI_SEP, UI_OPEN_PAREN, UI_CLOSE_PAREN_STOP,
	UI_COUNT
};

/* [en, zh] */
static const char *const ui[UI_COUNT][2] = {
	[UI_TITLE] = { "pitrace personal information compliance report",
		       "pitrace 个人信息合规报告" },
	[UI_HEADER] = { "Reproducibility", "可复现信息" },
	[UI_TOOL_VERSION] = { "pitrace version", "pitrace 版本" },
	[UI_LIBCLANG] = { "libclang version", "libclang 版本" },
	[UI_RULES_DIGEST] = { "Rules digest (SHA-256)", "规则摘要（SHA-256）" },
	[UI_DB_DIGEST] = { "Compilation database digest", "编译数据库摘要" },
	[UI_REVISION] = { "Source revision", "源代码版本" },
	[UI_DATE] = { "Date", "日期" },
	[UI_ROOT] = { "Project root", "项目根目录" },
	[UI_SUMMARY] = { "Summary", "概要" },
	[UI_BY_RULE] = { "Findings by rule and level", "按规则和级别统计的问题" },
	[UI_BY_CATEGORY] = { "By personal information category", "按个人信息类别统计" },
	[UI_RULE] = { "Rule", "规则" },
	[UI_OPEN] = { "open", "待处理" },
	[UI_SUPPRESSED] = { "suppressed", "已抑制" },
	[UI_BASELINED] = { "accepted in baseline", "已列入基线" },
	[UI_STALE] = { "Baseline entries no longer found", "基线中已不存在的条目" },
	[UI_CATEGORY] = { "Category", "类别" },
	[UI_SENSITIVE] = { "Sensitive", "敏感" },
	[UI_YES] = { "yes", "是" },
	[UI_NO] = { "no", "否" },
	[UI_INVENTORY] = { "Personal information inventory", "个人信息清单" },
	[UI_INVENTORY_NOTE] = { "Every place in the program that holds personal information, "
				"and how pitrace knows.",
				"程序中保存个人信息的每一处位置，以及 pitrace 的识别依据。" },
	[UI_NAME] = { "Name", "名称" },
	[UI_KIND] = { "Kind", "种类" },
	[UI_SCOPE] = { "Scope", "所在函数" },
	[UI_WHERE] = { "Where", "位置" },
	[UI_HOW_TAGGED] = { "How tagged", "识别依据" },
	[UI_DATA_MAP] = { "Data map", "数据流向图" },
	[UI_MAP_NOTE] = { "Where each category of personal information goes. Red: at least one "
			  "unprotected flow (suppressed and baselined findings included). Green: "
			  "only flows protected by a control.",
			  "各类个人信息的去向。红色：至少存在一条未受保护的数据流（含已抑制和已列入"
			  "基线的问题）。绿色：所有数据流均受保护措施保护。" },
	[UI_UNPROTECTED] = { "unprotected", "未保护" },
	[UI_PROTECTED] = { "protected", "已保护" },
	[UI_PI_CATEGORIES] = { "PI categories", "个人信息类别" },
	[UI_SINKS] = { "Destinations", "去向" },
	[UI_FINDINGS] = { "Findings", "发现的问题" },
	[UI_STATUS] = { "Status", "状态" },
	[UI_TRACE] = { "Trace", "数据流路径" },
	[UI_INDEX] = { "Index of findings", "问题索引" },
	[UI_DUTIES] = { "Duties under Civil Code Art. 1038 and PIPL", "《民法典》第一千零三十八条及《个人信息保护法》规定的义务" },
	[UI_DUTIES_NOTE] = { "What this run shows for each duty of a personal information handler; each count "
			     "links to the findings or records behind it.",
			     "本次运行对个人信息处理者各项义务的检查结果；每个数字均链接到相应的问题或记录。" },
	[UI_DUTY] = { "Duty", "义务" },
	[UI_BASIS] = { "Basis", "依据" },
	[UI_SHOWS] = { "What the code shows", "代码检查结果" },
	[UI_DUTY_LEAK] = { "Keep personal information from leaking, being tampered with or lost",
			   "确保个人信息不泄露、不被篡改、不丢失" },
	[UI_DUTY_LEAK_BASIS] = { "Civil Code Art. 1038 para. 2; PIPL Art. 9, 51",
				 "《民法典》第一千零三十八条第二款；《个人信息保护法》第九条、第五十一条" },
	[UI_DUTY_PROVIDE] = { "No provision to others without consent; name each recipient",
			      "未经同意不得向他人提供；告知接收方名称" },
	[UI_DUTY_PROVIDE_BASIS] = { "Civil Code Art. 1038 para. 1; PIPL Art. 23, 25",
				    "《民法典》第一千零三十八条第一款；《个人信息保护法》第二十三条、第二十五条" },
	[UI_DUTY_MEASURES] = { "Technical security measures: encryption, de-identification",
			       "采取加密、去标识化等安全技术措施" },
	[UI_DUTY_MEASURES_BASIS] = { "PIPL Art. 51; Civil Code Art. 1038 para. 2",
				     "《个人信息保护法》第五十一条；《民法典》第一千零三十八条第二款" },
	[UI_DUTY_UNSEEN] = { "What this run could not see", "本次运行未能覆盖的部分" },
	[UI_DUTY_UNSEEN_BASIS] = { "the limits of the evidence", "证据的局限" },
	[UI_N_STORAGE] = { "open findings of storage without encryption", "个未加密存储的待处理问题" },
	[UI_N_LOGGING] = { "open findings of logging", "个写入日志的待处理问题" },
	[UI_N_EXTERNAL] = { "open transfers to other parties", "个向其他方提供的待处理问题" },
	[UI_N_CLEAR] = { "open transmissions without encryption", "个明文网络传输的待处理问题" },
	[UI_RECIPIENTS] = { "recipients named in the code:", "代码中出现的接收方：" },
	[UI_NO_RECIPIENT] = { "no recipient is named in the code (the address is built at run time)",
			      "代码中未写明接收方（地址在运行时生成）" },
	[UI_N_VERIFIED] = { "flows protected by a control (ledger)", "条受保护措施保护的数据流（台账）" },
	[UI_N_CLAIMED] = { "flows whose claimed encryption is not verified", "条所声称的加密未经验证的数据流" },
	[UI_N_FAKE] = { "encrypt sanitizers that call no cipher", "个声称加密却未调用加密算法的函数" },
	[UI_N_PROBLEMS] = { "problems with the run", "个运行问题" },
	[UI_N_PARTIAL] = { "of them parts of the code not analysed as written", "个未按原样分析的代码部分" },
	[UI_SEP] = { "; ", "；" },
	[UI_OPEN_PAREN] = { " (", "（其中 " },
	[UI_CLOSE_PAREN_STOP] = { "). ", "）。" },
	[UI_INDEX_NOTE] = { "Open findings by rule, errors first, then by file; each links to its finding.",
			    "待处理问题按规则（错误优先）和按文件分组，均链接到问题详情。" },
	[UI_BY_FILE] = { "By file", "按文件" },
	[UI_STEPS] = { "steps", "步" },
	[UI_EXCERPT] = { "Code", "代码" },
	[UI_LEGAL_BASIS] = { "Legal basis", "法律依据" },
	[UI_FIX] = { "How to fix", "修复建议" },
	[UI_FUNCTION] = { "Function", "函数" },
	[UI_LEDGER] = { "Protection ledger", "保护措施台账" },
	[UI_LEDGER_NOTE] = { "Flows of personal information into a destination that a control "
			     "protected, and where the control was applied.",
			     "流向各去向且已受保护措施保护的个人信息数据流，以及保护措施的实施位置。" },
	[UI_SINK] = { "Destination", "去向" },
	[UI_CONTROL] = { "Control", "保护措施" },
	[UI_VERDICT_PASS] = { "PASS", "通过" },
	[UI_VERDICT_FAIL] = { "FAIL", "不通过" },
	[UI_VERDICT_UNDER] = { "under --fail-on", "判定阈值 --fail-on" },
	[UI_VERDICT_OPEN] = { "open findings at or above that level.", "个达到或高于该级别的待处理问题。" },
	[UI_RUN_COMPLETE] = { "The run was complete: every translation unit was analysed as written.",
			      "本次运行完整：所有翻译单元均按原样完成分析。" },
	[UI_RUN_INCOMPLETE] = { "The run was incomplete: some code was not analysed as written.",
				"本次运行不完整：部分代码未能按原样分析。" },
	[UI_RUN_SCOPE] = { "Scope of the analysis", "分析范围" },
	[UI_SCOPE_NOTE] = { "What was scanned, with digests that let the report be checked against the code "
			    "and rules it speaks of.",
			    "本次扫描的对象及其摘要，可据此核对报告与其所述代码和规则是否一致。" },
	[UI_TUS] = { "Translation units", "翻译单元数" },
	[UI_FILES_ANALYSED] = { "Files analysed (project sources and headers)", "已分析文件（项目源文件和头文件）" },
	[UI_FILE] = { "File", "文件" },
	[UI_TREE_DIGEST] = { "Digest of the files above (SHA-256)", "上述文件的总摘要（SHA-256）" },
	[UI_RULE_FILES] = { "Rule files", "规则文件" },
	[UI_OPTIONS] = { "Options that change results", "影响结果的选项" },
	[UI_HEURISTICS_ON] = { "identifier heuristics on", "启用标识符启发式规则" },
	[UI_HEURISTICS_OFF] = { "identifier heuristics off (--no-heuristics)",
				"未启用标识符启发式规则（--no-heuristics）" },
	[UI_BASELINE] = { "baseline", "基线" },
	[UI_COMMAND_LINE] = { "Command line", "命令行" },
	[UI_STARTED] = { "Started", "开始时间" },
	[UI_DURATION] = { "Duration", "耗时" },
	[UI_SECONDS] = { "s", "秒" },
	[UI_GIT] = { "Working tree", "工作区状态" },
	[UI_GIT_CLEAN] = { "clean: the files are those of the revision above",
			   "干净：文件与上述版本一致" },
	[UI_GIT_DIRTY] = { "changed since the revision above:", "相对上述版本有改动：" },
	[UI_NOT_GIT] = { "not a git working tree: the digest of the files above identifies it",
			 "不是 git 工作区：以上述文件总摘要标识" },
	[UI_REPORT_DIGEST] = { "Report digest (SHA-256 of the JSON report)", "报告摘要（JSON 报告的 SHA-256）" },
	[UI_REPORT_DIGEST_NOTE] = { "pitrace verify REPORT.json recomputes it from the JSON report of the same run",
				    "可用 pitrace verify REPORT.json 根据同一次运行的 JSON 报告重新计算并核对" },
	[UI_CLAIMED] = { "claimed, not verified: the function calls no known cipher, so the flow is "
			 "unprotected", "声称加密但未经验证：该函数未调用任何已知加密算法，此数据流实际未受保护" },
	[UI_APPLIED_AT] = { "Applied at", "实施位置" },
	[UI_PROTECTIONS] = { "Protection", "保护方式" },
	[UI_SUPPRESSIONS] = { "Suppressions", "抑制记录" },
	[UI_REASON] = { "Reason", "理由" },
	[UI_NO_REASON] = { "(no reason given)", "（未说明理由）" },
	[UI_COMMENT_AT] = { "Comment at", "注释位置" },
	[UI_PROBLEMS] = { "Problems with the run", "运行问题" },
	[UI_FATAL] = { "fatal", "致命" },
	[UI_NOT_FATAL] = { "warning", "警告" },
	[UI_APPENDIX] = { "Legal appendix", "法律附录" },
	[UI_APPENDIX_NOTE] = { "Short summaries for orientation, not the text of the law.",
			       "以下为便于理解的简要概括，并非法律原文。" },
	[UI_NONE] = { "None.", "无。" },
	[UI_UNKNOWN] = { "unknown", "未知" },
	[UI_EXCERPT_MISSING] = { "(source not readable)", "（无法读取源代码）" },
	[UI_FINGERPRINT] = { "Fingerprint", "指纹" },
	[UI_MORE_ROUTES] = { "Other routes of the same leak", "同一泄露的其他路径" },
	[UI_INCOMPLETE] = { "Incomplete analysis.", "分析不完整。" },
	[UI_INCOMPLETE_WHY] = { "Some code was not analysed as written; findings may be missing. See",
				"部分代码未按原样分析，可能遗漏问题。参见" },
	[UI_LEVEL] = { "Level", "级别" },
	[UI_CONTENTS] = { "Contents", "目录" },
};

static const char *const level_labels[][2] = {
	[LEVEL_NOTE] = { "note", "提示" },
	[LEVEL_WARNING] = { "warning", "警告" },
	[LEVEL_ERROR] = { "error", "错误" },
};

static const char *const sink_labels[SINK_KIND_COUNT][2] = {
	[SINK_STORAGE] = { "storage", "存储" },
	[SINK_LOG] = { "log / console", "日志/控制台" },
	[SINK_NETWORK] = { "network (cleartext)", "网络（明文）" },
	[SINK_NETWORK_TLS] = { "other party (TLS)", "其他方（TLS）" },
};

static const char *const protection_labels[PROT_KIND_COUNT][2] = {
	{ "encrypt", "加密" }, { "mask", "脱敏" }, { "hash", "哈希" }, { "anonymize", "匿名化" },
};

static const char *const inventory_labels[][2] = {
	[INV_FIELD] = { "struct field", "结构体字段" },
	[INV_GLOBAL] = { "global variable", "全局变量" },
	[INV_LOCAL] = { "local variable", "局部变量" },
	[INV_PARAM] = { "parameter", "参数" },
	[INV_FUNCTION] = { "function result", "函数返回值" },
};

static const char *const origin_labels[][2] = {
	[TAG_ANNOTATION] = { "annotation in the source", "源代码标注" },
	[TAG_RULE] = { "rule file", "规则文件" },
	[TAG_HEURISTIC] = { "identifier name (heuristic)", "标识符名称（启发式）" },
};

struct legal_entry {
	const char *title[2];
	const char *summary[2];
};

static const struct legal_entry appendix[] = {
	{ { "Civil Code, Article 1034", "《民法典》第一千零三十四条" },
	  { "Personal information of natural persons is protected by law. It is information "
	    "recorded electronically or otherwise that identifies a specific natural person on "
	    "its own or together with other information, such as name, date of birth, ID "
	    "number, biometric data, address, phone number, email, health and whereabouts. "
	    "Its private parts also fall under the rules on privacy.",
	    "自然人的个人信息受法律保护。个人信息指以电子或者其他方式记录、能够单独或者与其他"
	    "信息结合识别特定自然人的信息，例如姓名、出生日期、身份证件号码、生物识别信息、住址、"
	    "电话号码、电子邮箱、健康信息和行踪信息；其中的私密信息同时适用隐私权的规定。" } },
	{ { "Civil Code, Article 1038", "《民法典》第一千零三十八条" },
	  { "Processors must not leak or tamper with the personal information they collect and "
	    "store, nor provide it to others without consent unless it has been processed so "
	    "that no specific person can be identified and it cannot be restored. They must "
	    "take technical and other necessary measures to keep it secure and prevent leaks, "
	    "tampering and loss, and must remedy, inform and report when an incident happens.",
	    "信息处理者不得泄露、篡改其收集、存储的个人信息；未经同意不得向他人提供，但经过加工"
	    "无法识别特定个人且不能复原的除外。信息处理者应当采取技术措施和其他必要措施，确保个人"
	    "信息安全，防止泄露、篡改、丢失；发生或者可能发生事故时，应当及时采取补救措施，并告知"
	    "自然人、向有关主管部门报告。" } },
	{ { "PIPL, Article 23", "《个人信息保护法》第二十三条" },
	  { "A handler that provides personal information to another handler must tell the "
	    "individual the recipient's name and contact details, the purpose and method of "
	    "processing and the categories of information, and must obtain separate consent. "
	    "The recipient stays within that purpose, method and those categories.",
	    "个人信息处理者向其他处理者提供个人信息的，应当向个人告知接收方的名称、联系方式、处理"
	    "目的、处理方式和个人信息的种类，并取得个人的单独同意；接收方应当在上述范围内处理。" } },
	{ { "PIPL, Article 28", "《个人信息保护法》第二十八条" },
	  { "Sensitive personal information is information whose leak or misuse easily harms "
	    "a person's dignity or personal or property safety: biometrics, religious belief, "
	    "specific identities, medical health, financial accounts, whereabouts, and any "
	    "information of children under fourteen. It may be processed only for a specific "
	    "purpose, when sufficiently necessary, and under strict protection.",
	    "敏感个人信息是一旦泄露或者被非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产"
	    "安全受到危害的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹"
	    "等信息，以及不满十四周岁未成年人的个人信息。只有在具有特定目的和充分必要性、并采取严格"
	    "保护措施的情形下，方可处理。" } },
	{ { "PIPL, Article 29", "《个人信息保护法》第二十九条" },
	  { "Processing sensitive personal information requires the individual's separate "
	    "consent, and written consent where laws or regulations require it.",
	    "处理敏感个人信息应当取得个人的单独同意；法律、行政法规规定应当取得书面同意的，从其"
	    "规定。" } },
	{ { "PIPL, Article 51", "《个人信息保护法》第五十一条" },
	  { "Handlers must take measures suited to the purpose, method, categories, impact and "
	    "risks of processing: internal rules and procedures, classified management, "
	    "security techniques such as encryption and de-identification, appropriate access "
	    "rights and regular training, incident response plans, and other measures.",
	    "个人信息处理者应当根据处理目的、处理方式、个人信息的种类以及对个人权益的影响、可能"
	    "存在的安全风险等，采取措施：制定内部管理制度和操作规程；实行分类管理；采取加密、去标"
	    "识化等安全技术措施；合理确定操作权限并定期开展安全教育和培训；制定并组织实施应急预案；"
	    "以及其他必要措施。" } },
};

struct html {
	const struct report *rep;
	FILE *out;
	enum lang lang;
	GHashTable *sources;	/* path -> char ** lines, for excerpts */
};

#define T(h, id) (ui[id][(h)->lang])

static void esc(FILE *out, const char *s)
{
	/* The page is UTF-8; messages and file names need not be. */
	char *valid = s && !g_utf8_validate(s, -1, NULL) ? g_utf8_make_valid(s, -1) : NULL;
	if (valid)
		s = valid;
	for (; s && *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		default: fputc(*s, out);
		}
	}
	g_free(valid);
}

/* Writes fmt with its arguments: %s is a string to escape (NULL writes
 * nothing), %S trusted markup from this file, %u an unsigned. Escaping is
 * the default so that no caller can forget it. */
static void put(struct html *h, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	for (const char *p = fmt; *p; p++) {
		if (*p != '%') {
			fputc(*p, h->out);
			continue;
		}
		switch (*++p) {
		case 's': esc(h->out, va_arg(ap, const char *)); break;
		case 'S': fputs(va_arg(ap, const char *), h->out); break;
		case 'u': fprintf(h->out, "%u", va_arg(ap, unsigned)); break;
		case '%': fputc('%', h->out); break;
		default: fputc('?', h->out); break;
		}
	}
	va_end(ap);
}

static const char *category_label(const struct html *h, enum pi_category c)
{
	if (h->rep->rules) {
		const struct category_info *ci = rules_category(h->rep->rules, c);
		const char *l = ci ? (h->lang ? ci->label_zh : ci->label_en) : NULL;
		if (l && *l)
			return l;
	}
	return pi_category_label(c, h->lang);
}

static void put_categories(struct html *h, unsigned mask)
{
	const char *sep = "";
	for (int c = 0; c < PI_CATEGORY_COUNT; c++) {
		if (!(mask & 1u << c))
			continue;
		bool sensitive = report_sensitive(h->rep, 1u << c);
		put(h, "%S<span class=\"cat%S\" title=\"%s\">%s</span>", sep,
		    sensitive ? " sensitive" : "", pi_category_name(c), category_label(h, c));
		sep = ", ";
	}
}

static void put_loc(struct html *h, const struct report_loc *loc)
{
	if (!loc->file) {
		put(h, "—");
		return;
	}
	char *rel = report_relative_path(h->rep, loc->file);
	put(h, "<code>%s", rel);
	if (loc->line)
		put(h, ":%u", loc->line);
	if (loc->line && loc->col)
		put(h, ":%u", loc->col);
	put(h, "</code>");
	g_free(rel);
}

/* PI literals never appear in full: a word holding eleven digits or more
 * (ID numbers, phone numbers, credit codes, bank cards) keeps its first
 * three and last two characters. */
static char *mask_line(const char *line)
{
	char *s = g_strdup(line);
	for (char *p = s; *p;) {
		if (!g_ascii_isalnum(*p)) {
			p++;
			continue;
		}
		char *w = p;
		unsigned digits = 0;
		while (g_ascii_isalnum(*p))
			digits += g_ascii_isdigit(*p++) != 0;
		if (digits >= 11)
			for (char *q = w + 3; q < p - 2; q++)
				*q = '*';
	}
	return s;
}

static void put_excerpt(struct html *h, const struct report_loc *loc)
{
	if (!loc->file || !loc->line)
		return;
	char *key = report_canonical_path(loc->file);
	char **lines = g_hash_table_lookup(h->sources, key);
	unsigned n = lines ? g_strv_length(lines) : 0;
	if (!lines && !g_hash_table_contains(h->sources, key)) {
		lines = report_read_lines(loc->file, &n);
		g_hash_table_insert(h->sources, g_strdup(key), lines);
	}
	g_free(key);
	put(h, "<div class=\"label\">%s</div>", T(h, UI_EXCERPT));
	if (!lines || loc->line > n) {
		put(h, "<p class=\"muted\">%s</p>", T(h, UI_EXCERPT_MISSING));
		return;
	}
	unsigned first = loc->line > 2 ? loc->line - 2 : 1;
	unsigned last = loc->line + 2 < n ? loc->line + 2 : n;
	put(h, "<pre class=\"code\">");
	for (unsigned i = first; i <= last; i++) {
		/* Sources in GBK and the like would break the page's UTF-8. */
		char *valid = g_utf8_make_valid(lines[i - 1], -1);
		char *masked = mask_line(valid);
		g_free(valid);
		/* Long lines are cut on a character boundary; the reported one
		 * never before what it reports (print CSS wraps it). */
		long keep = i == loc->line ? MAX(160, (long)loc->col + 120) : 160;
		if (g_utf8_strlen(masked, -1) > keep) {
			char *cut = g_utf8_offset_to_pointer(masked, keep);
			*cut = '\0';
		}
		if (i != loc->line) {
			put(h, "<span class=\"line\"><span class=\"ln\">%u</span>%s</span>\n", i, masked);
		} else {
			/* a block of its own: no newline after it, or the page
			 * shows a blank line; then a caret under the column */
			put(h, "<span class=\"hit\"><span class=\"ln\">%u</span>%s</span>", i, masked);
			if (loc->col) {
				GString *pad = g_string_new(NULL);
				const char *l = lines[i - 1];
				for (unsigned b = 0; b + 1 < loc->col && l[b]; b++) {
					if (l[b] == '\t')
						g_string_append_c(pad, '\t');
					else if (((unsigned char)l[b] & 0xc0) != 0x80)
						g_string_append_c(pad, ' ');
				}
				put(h, "<span class=\"caret\"><span class=\"ln\"></span>%s^</span>", pad->str);
				g_string_free(pad, TRUE);
			}
		}
		g_free(masked);
	}
	put(h, "</pre>");
}

static void put_trace(struct html *h, const struct trace_step *steps, unsigned n)
{
	if (!n)
		return;
	/* folded when long: a report of a thousand findings stays readable,
	 * and prints without every hop of every route */
	put(h, "<details class=\"trace\"%S><summary class=\"label\">%s (%u %s)</summary><ol class=\"trace\">",
	    n <= 6 ? " open" : "", T(h, UI_TRACE), n, T(h, UI_STEPS));
	for (unsigned i = 0; i < n; i++) {
		put(h, "<li>");
		put_loc(h, &steps[i].loc);
		if (steps[i].function)
			put(h, " <span class=\"fn\">%s()</span>", steps[i].function);
		char *msg = h->lang ? report_zh_message(steps[i].message) : NULL;
		put(h, " — %s</li>", msg ? msg : steps[i].message);
		g_free(msg);
	}
	put(h, "</ol></details>");
}

static void put_row_header(struct html *h, const enum ui *cols, unsigned n)
{
	put(h, "<thead><tr>");
	for (unsigned i = 0; i < n; i++)
		put(h, "<th>%s</th>", T(h, cols[i]));
	put(h, "</tr></thead><tbody>");
}

static void put_header(struct html *h)
{
	const struct report *rep = h->rep;
	const struct { enum ui label; const char *value; } rows[] = {
		{ UI_TOOL_VERSION, rep->tool_version }, { UI_LIBCLANG, rep->libclang_version },
		{ UI_RULES_DIGEST, rep->rules_digest }, { UI_DB_DIGEST, rep->database_digest },
		{ UI_REVISION, rep->revision }, { UI_DATE, rep->date }, { UI_ROOT, rep->root },
	};
	put(h, "<section id=\"header\"><h2>%s</h2><table class=\"kv\">", T(h, UI_HEADER));
	for (unsigned i = 0; i < G_N_ELEMENTS(rows); i++)
		put(h, "<tr><th>%s</th><td><code>%s</code></td></tr>", T(h, rows[i].label),
		    rows[i].value ? rows[i].value : T(h, UI_UNKNOWN));
	put(h, "</table></section>\n");
}

/* The verdict first: what an auditor asks before anything else. */
static void put_verdict(struct html *h)
{
	const struct report *rep = h->rep;
	const struct report_scope *s = rep->scope;
	const char *fail_on = s && s->fail_on ? s->fail_on : "warning";
	int level = !strcmp(fail_on, "error") ? LEVEL_ERROR : !strcmp(fail_on, "note") ? LEVEL_NOTE
		    : !strcmp(fail_on, "never") ? -1 : LEVEL_WARNING;
	unsigned n = level < 0 ? 0 : report_count_open(rep, (enum level)level);
	bool pass = n == 0 && !rep->incomplete;
	put(h, "<p class=\"verdict %S\"><strong>%s</strong> %s <code>%s</code>: %u %s %s</p>\n",
	    pass ? "pass" : "fail", T(h, pass ? UI_VERDICT_PASS : UI_VERDICT_FAIL), T(h, UI_VERDICT_UNDER), fail_on,
	    n, T(h, UI_VERDICT_OPEN), T(h, rep->incomplete ? UI_RUN_INCOMPLETE : UI_RUN_COMPLETE));
}

static void put_file_table(struct html *h, const GPtrArray *files)
{
	put(h, "<table><thead><tr><th>%s</th><th>SHA-256</th></tr></thead><tbody>", T(h, UI_FILE));
	for (guint i = 0; i < files->len; i++) {
		const struct report_file *f = files->pdata[i];
		put(h, "<tr><td><code>%s</code></td><td><code class=\"fp\">%s</code></td></tr>", f->path,
		    f->sha256);
	}
	put(h, "</tbody></table>");
}

static void put_scope(struct html *h)
{
	const struct report_scope *s = h->rep->scope;
	if (!s)
		return;
	put(h, "<section id=\"scope\"><h2>%s</h2><p>%s</p><table class=\"kv\">", T(h, UI_RUN_SCOPE),
	    T(h, UI_SCOPE_NOTE));
	put(h, "<tr><th>%s</th><td>%u</td></tr>", T(h, UI_TUS), s->tus);
	put(h, "<tr><th>%s</th><td><details><summary>%u</summary>", T(h, UI_FILES_ANALYSED), s->files->len);
	put_file_table(h, s->files);
	put(h, "</details></td></tr>");
	put(h, "<tr><th>%s</th><td><code class=\"fp\">%s</code></td></tr>", T(h, UI_TREE_DIGEST),
	    s->tree_digest);
	put(h, "<tr><th>%s</th><td><details><summary>%u</summary>", T(h, UI_RULE_FILES), s->rules->len);
	put_file_table(h, s->rules);
	put(h, "</details></td></tr>");
	put(h, "<tr><th>%s</th><td>%s; --fail-on <code>%s</code>", T(h, UI_OPTIONS),
	    T(h, s->heuristics ? UI_HEURISTICS_ON : UI_HEURISTICS_OFF), s->fail_on);
	if (s->baseline)
		put(h, "; %s <code>%s</code> (SHA-256 <code class=\"fp\">%s</code>)", T(h, UI_BASELINE),
		    s->baseline->path, s->baseline->sha256);
	put(h, "</td></tr>");
	put(h, "<tr><th>%s</th><td><code class=\"cmdline\">%s</code></td></tr>", T(h, UI_COMMAND_LINE),
	    s->command_line);
	put(h, "<tr><th>%s</th><td>%s</td></tr>", T(h, UI_STARTED), s->started);
	if (s->duration >= 0) {
		char *d = g_strdup_printf("%.1f", s->duration);
		put(h, "<tr><th>%s</th><td class=\"duration\">%s %s</td></tr>", T(h, UI_DURATION), d,
		    T(h, UI_SECONDS));
		g_free(d);
	}
	put(h, "<tr><th>%s</th><td>", T(h, UI_GIT));
	if (s->git_dirty < 0) {
		put(h, "%s", T(h, UI_NOT_GIT));
	} else if (!s->git_dirty) {
		put(h, "%s", T(h, UI_GIT_CLEAN));
	} else {
		put(h, "<strong>%s</strong>", T(h, UI_GIT_DIRTY));
		for (guint i = 0; i < s->git_changed->len; i++)
			put(h, " <code>%s</code>", (const char *)s->git_changed->pdata[i]);
	}
	put(h, "</td></tr>");
	char *digest = report_json_digest(h->rep);
	put(h, "<tr><th>%s</th><td><code class=\"fp digest\">%s</code><br><span class=\"muted\">%s</span>"
	    "</td></tr>", T(h, UI_REPORT_DIGEST), digest ? digest : "", T(h, UI_REPORT_DIGEST_NOTE));
	g_free(digest);
	put(h, "</table></section>\n");
}

static unsigned count_open(const struct report *rep, enum rule_id rule)
{
	unsigned n = 0;
	for (guint i = 0; i < rep->findings->len; i++) {
		const struct finding *f = rep->findings->pdata[i];
		n += f->rule == rule && !f->suppression.suppressed && !f->baselined;
	}
	return n;
}

/* Civil Code Art. 1038 and PIPL, duty by duty: the court case the tool
 * exists for turned on whether the platform could show each of them. */
static void put_duties(struct html *h)
{
	const struct report *rep = h->rep;
	put(h, "<section id=\"duties\"><h2>%s</h2><p>%s</p><table>", T(h, UI_DUTIES), T(h, UI_DUTIES_NOTE));
	static const enum ui cols[] = { UI_DUTY, UI_BASIS, UI_SHOWS };
	put_row_header(h, cols, G_N_ELEMENTS(cols));

	put(h, "<tr><td>%s</td><td>%s</td><td><a href=\"#idx-%s\">%u</a> %s%s<a href=\"#idx-%s\">%u</a> %s</td></tr>",
	    T(h, UI_DUTY_LEAK), T(h, UI_DUTY_LEAK_BASIS), rule_id_name(RULE_UNENCRYPTED_STORAGE),
	    count_open(rep, RULE_UNENCRYPTED_STORAGE), T(h, UI_N_STORAGE), T(h, UI_SEP), rule_id_name(RULE_LOGGING),
	    count_open(rep, RULE_LOGGING), T(h, UI_N_LOGGING));

	put(h, "<tr><td>%s</td><td>%s</td><td><a href=\"#idx-%s\">%u</a> %s%s<a href=\"#idx-%s\">%u</a> %s",
	    T(h, UI_DUTY_PROVIDE), T(h, UI_DUTY_PROVIDE_BASIS), rule_id_name(RULE_EXTERNAL_TRANSFER),
	    count_open(rep, RULE_EXTERNAL_TRANSFER), T(h, UI_N_EXTERNAL), T(h, UI_SEP),
	    rule_id_name(RULE_CLEARTEXT_TRANSMISSION), count_open(rep, RULE_CLEARTEXT_TRANSMISSION), T(h, UI_N_CLEAR));
	GPtrArray *seen = g_ptr_array_new_with_free_func(g_free);
	bool unnamed = false;
	for (guint i = 0; i < rep->findings->len; i++) {
		const struct finding *f = rep->findings->pdata[i];
		if ((f->rule != RULE_EXTERNAL_TRANSFER && f->rule != RULE_CLEARTEXT_TRANSMISSION) ||
		    f->suppression.suppressed || f->baselined)
			continue;
		if (!f->recipients) {
			unnamed = true;
			continue;
		}
		char **urls = g_strsplit(f->recipients, ", ", -1);
		for (char **u = urls; *u; u++)
			if (!g_ptr_array_find_with_equal_func(seen, *u, g_str_equal, NULL))
				g_ptr_array_add(seen, g_strdup(*u));
		g_strfreev(urls);
	}
	if (seen->len) {
		put(h, "<br>%s", T(h, UI_RECIPIENTS));
		for (guint i = 0; i < seen->len; i++)
			put(h, " <code>%s</code>", (const char *)seen->pdata[i]);
	}
	if (unnamed)
		put(h, "<br>%s", T(h, UI_NO_RECIPIENT));
	g_ptr_array_free(seen, TRUE);
	put(h, "</td></tr>");

	unsigned verified = 0, claimed = 0;
	for (guint i = 0; i < rep->protected_flows->len; i++) {
		const struct protected_flow *pf = rep->protected_flows->pdata[i];
		verified += !pf->unverified;
		claimed += pf->unverified;
	}
	put(h, "<tr><td>%s</td><td>%s</td><td><a href=\"#ledger\">%u</a> %s%s<a href=\"#ledger\">%u</a> %s%s"
	    "<a href=\"#idx-%s\">%u</a> %s</td></tr>", T(h, UI_DUTY_MEASURES),
	    T(h, UI_DUTY_MEASURES_BASIS), verified, T(h, UI_N_VERIFIED), T(h, UI_SEP), claimed, T(h, UI_N_CLAIMED),
	    T(h, UI_SEP), rule_id_name(RULE_UNVERIFIED_SANITIZER), count_open(rep, RULE_UNVERIFIED_SANITIZER),
	    T(h, UI_N_FAKE));

	unsigned partial = 0;
	for (guint i = 0; i < rep->problems->len; i++)
		partial += ((const struct run_problem *)rep->problems->pdata[i])->partial;
	put(h, "<tr><td>%s</td><td>%s</td><td><a href=\"#problems\">%u</a> %s%s%u %s%s%s</td></tr>",
	    T(h, UI_DUTY_UNSEEN), T(h, UI_DUTY_UNSEEN_BASIS), rep->problems->len, T(h, UI_N_PROBLEMS),
	    T(h, UI_OPEN_PAREN), partial, T(h, UI_N_PARTIAL), T(h, UI_CLOSE_PAREN_STOP),
	    T(h, rep->incomplete ? UI_RUN_INCOMPLETE : UI_RUN_COMPLETE));
	put(h, "</tbody></table></section>\n");
}

static void put_summary(struct html *h)
{
	const struct report *rep = h->rep;
	unsigned open[RULE_COUNT][LEVEL_ERROR + 1] = { { 0 } };
	unsigned sup[RULE_COUNT] = { 0 }, base[RULE_COUNT] = { 0 };
	unsigned cat_open[PI_CATEGORY_COUNT] = { 0 }, cat_prot[PI_CATEGORY_COUNT] = { 0 };
	unsigned cat_inv[PI_CATEGORY_COUNT] = { 0 };

	for (guint i = 0; i < rep->findings->len; i++) {
		const struct finding *f = rep->findings->pdata[i];
		if (f->suppression.suppressed)
			sup[f->rule]++;
		else if (f->baselined)
			base[f->rule]++;
		else
			open[f->rule][f->level]++;
		for (int c = 0; c < PI_CATEGORY_COUNT; c++)
			if (f->categories & 1u << c && !f->suppression.suppressed && !f->baselined)
				cat_open[c]++;
	}
	for (guint i = 0; i < rep->protected_flows->len; i++) {
		const struct protected_flow *pf = rep->protected_flows->pdata[i];
		for (int c = 0; c < PI_CATEGORY_COUNT && !pf->unverified; c++)
			cat_prot[c] += (pf->categories & 1u << c) != 0;
	}
	for (guint i = 0; i < rep->inventory->len; i++) {
		const struct inventory_item *it = rep->inventory->pdata[i];
		for (int c = 0; c < PI_CATEGORY_COUNT; c++)
			cat_inv[c] += (it->categories & 1u << c) != 0;
	}

	put(h, "<section id=\"summary\"><h2>%s</h2><h3>%s</h3><table><thead><tr><th>%s</th>",
	    T(h, UI_SUMMARY), T(h, UI_BY_RULE), T(h, UI_RULE));
	for (int l = LEVEL_ERROR; l >= LEVEL_NOTE; l--)
		put(h, "<th>%s (%s)</th>", level_labels[l][h->lang], T(h, UI_OPEN));
	put(h, "<th>%s</th><th>%s</th></tr></thead><tbody>", T(h, UI_SUPPRESSED),
	    T(h, UI_BASELINED));
	for (int r = 0; r < RULE_COUNT; r++) {
		const struct check_text *d = check_get(r)->text;
		put(h, "<tr><td><code>%s</code><br><span class=\"muted\">%s</span></td>",
		    rule_id_name(r), h->lang ? d->short_zh : d->short_en);
		for (int l = LEVEL_ERROR; l >= LEVEL_NOTE; l--)
			put(h, "<td class=\"num%S\">%u</td>",
			    open[r][l] && l == LEVEL_ERROR ? " bad" : "", open[r][l]);
		put(h, "<td class=\"num\">%u</td><td class=\"num\">%u</td></tr>", sup[r], base[r]);
	}
	put(h, "</tbody></table>");
	if (rep->baseline_stale)
		put(h, "<p>%s: %u</p>", T(h, UI_STALE), rep->baseline_stale);

	static const enum ui cat_cols[] = { UI_CATEGORY, UI_SENSITIVE, UI_INVENTORY };
	put(h, "<h3>%s</h3><table>", T(h, UI_BY_CATEGORY));
	put(h, "<thead><tr><th>%s</th><th>%s</th><th>%s</th><th>%s (%s)</th><th>%s</th>"
	    "</tr></thead><tbody>", T(h, cat_cols[0]), T(h, cat_cols[1]), T(h, cat_cols[2]),
	    T(h, UI_FINDINGS), T(h, UI_OPEN), T(h, UI_LEDGER));
	for (int c = 0; c < PI_CATEGORY_COUNT; c++) {
		if (!cat_open[c] && !cat_prot[c] && !cat_inv[c])
			continue;
		put(h, "<tr><td>");
		put_categories(h, 1u << c);
		put(h, "</td><td>%s</td><td class=\"num\">%u</td><td class=\"num%S\">%u</td>"
		    "<td class=\"num\">%u</td></tr>",
		    T(h, report_sensitive(rep, 1u << c) ? UI_YES : UI_NO), cat_inv[c],
		    cat_open[c] ? " bad" : "", cat_open[c], cat_prot[c]);
	}
	put(h, "</tbody></table></section>\n");
}

static void put_inventory(struct html *h)
{
	static const enum ui cols[] = {
		UI_NAME, UI_KIND, UI_SCOPE, UI_CATEGORY, UI_SENSITIVE, UI_WHERE, UI_HOW_TAGGED,
	};
	const GPtrArray *inv = h->rep->inventory;
	put(h, "<section id=\"inventory\"><h2>%s</h2><p>%s</p>", T(h, UI_INVENTORY),
	    T(h, UI_INVENTORY_NOTE));
	if (!inv->len) {
		put(h, "<p>%s</p></section>\n", T(h, UI_NONE));
		return;
	}
	put(h, "<table>");
	put_row_header(h, cols, G_N_ELEMENTS(cols));
	for (guint i = 0; i < inv->len; i++) {
		const struct inventory_item *it = inv->pdata[i];
		put(h, "<tr><td><code>%s</code></td><td>%s</td><td>%s</td><td>", it->name,
		    inventory_labels[it->kind][h->lang], it->scope ? it->scope : "");
		put_categories(h, it->categories);
		put(h, "</td><td>%s</td><td>",
		    T(h, report_sensitive(h->rep, it->categories) ? UI_YES : UI_NO));
		put_loc(h, &it->loc);
		put(h, "</td><td>%s", origin_labels[it->origin][h->lang]);
		if (it->rule_id)
			put(h, " <code>%s</code>", it->rule_id);
		put(h, "</td></tr>");
	}
	put(h, "</tbody></table></section>\n");
}

/* One arrow of the data map. */
struct edge {
	unsigned unprotected, protected_;
	GPtrArray *controls;	/* distinct control names, borrowed */
};

static void edge_add_control(struct edge *e, const char *control)
{
	if (!control)
		return;
	for (guint i = 0; i < e->controls->len; i++)
		if (!strcmp(e->controls->pdata[i], control))
			return;
	g_ptr_array_add(e->controls, (gpointer)control);
}

static int str_ptr_cmp(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The data map's arrows, and the row of each box in its two columns
 * (-1: no box). */
struct data_map {
	struct edge edges[PI_CATEGORY_COUNT][SINK_KIND_COUNT];
	int left[PI_CATEGORY_COUNT], right[SINK_KIND_COUNT];
	unsigned nl, nr;	/* boxes on the left, on the right */
};

/* Where the data map draws, in SVG user units: a box, the step from row
 * to row, the first row, and the two columns' inner edges. */
enum {
	MAP_WIDTH = 860, MAP_BOX_W = 190, MAP_BOX_H = 30, MAP_ROW = 48, MAP_TOP = 44,
	MAP_X1 = 10 + MAP_BOX_W, MAP_X2 = MAP_WIDTH - 10 - MAP_BOX_W,
};

static void data_map_count(struct data_map *m, const struct report *rep)
{
	for (guint i = 0; i < rep->findings->len; i++) {
		const struct finding *f = rep->findings->pdata[i];
		if (f->sink < 0 || f->sink >= SINK_KIND_COUNT)
			continue;
		for (int c = 0; c < PI_CATEGORY_COUNT; c++)
			m->edges[c][f->sink].unprotected += (f->categories & 1u << c) != 0;
	}
	for (guint i = 0; i < rep->protected_flows->len; i++) {
		const struct protected_flow *pf = rep->protected_flows->pdata[i];
		if (pf->sink < 0 || pf->sink >= SINK_KIND_COUNT)
			continue;
		for (int c = 0; c < PI_CATEGORY_COUNT; c++) {
			if (!(pf->categories & 1u << c))
				continue;
			struct edge *e = &m->edges[c][pf->sink];
			/* a claimed control that protects nothing */
			if (pf->unverified) {
				e->unprotected++;
				continue;
			}
			e->protected_++;
			if (!e->controls)
				e->controls = g_ptr_array_new();
			edge_add_control(e, pf->control);
		}
	}
}

/* A box for each category and each sink kind that has an arrow. */
static void data_map_place(struct data_map *m)
{
	for (int c = 0; c < PI_CATEGORY_COUNT; c++) {
		m->left[c] = -1;
		for (int s = 0; s < SINK_KIND_COUNT; s++)
			if (m->edges[c][s].unprotected || m->edges[c][s].protected_)
				m->left[c] = 0;
		if (!m->left[c])
			m->left[c] = (int)m->nl++;
	}
	for (int s = 0; s < SINK_KIND_COUNT; s++) {
		m->right[s] = -1;
		for (int c = 0; c < PI_CATEGORY_COUNT; c++)
			if (m->edges[c][s].unprotected || m->edges[c][s].protected_)
				m->right[s] = 0;
		if (!m->right[s])
			m->right[s] = (int)m->nr++;
	}
}

static void put_map_header(struct html *h, const struct data_map *m)
{
	const unsigned rows = m->nl > m->nr ? m->nl : m->nr;
	const unsigned height = MAP_TOP + rows * MAP_ROW + 10;
	put(h, "<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %u %u\" "
	    "width=\"%u\" height=\"%u\" role=\"img\" aria-label=\"%s\">", (unsigned)MAP_WIDTH, height,
	    (unsigned)MAP_WIDTH, height, T(h, UI_DATA_MAP));
	put(h, "<defs>"
	    "<marker id=\"ar\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"12\" "
	    "markerHeight=\"12\" orient=\"auto\"><path d=\"M0 0L10 5L0 10z\" fill=\"#c62828\"/></marker>"
	    "<marker id=\"ag\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"12\" "
	    "markerHeight=\"12\" orient=\"auto\"><path d=\"M0 0L10 5L0 10z\" fill=\"#2e7d32\"/></marker>"
	    "</defs>");
	put(h, "<text x=\"10\" y=\"20\" class=\"colhead\">%s</text>", T(h, UI_PI_CATEGORIES));
	put(h, "<text x=\"%u\" y=\"20\" class=\"colhead\">%s</text>", (unsigned)MAP_X2, T(h, UI_SINKS));
}

static void put_map_boxes(struct html *h, const struct data_map *m)
{
	for (int c = 0; c < PI_CATEGORY_COUNT; c++) {
		if (m->left[c] < 0)
			continue;
		unsigned y = MAP_TOP + (unsigned)m->left[c] * MAP_ROW;
		bool sensitive = report_sensitive(h->rep, 1u << c);
		put(h, "<rect x=\"10\" y=\"%u\" width=\"%u\" height=\"%u\" rx=\"4\" class=\"node%S\"/>",
		    y, (unsigned)MAP_BOX_W, (unsigned)MAP_BOX_H, sensitive ? " sensitive" : "");
		put(h, "<text x=\"20\" y=\"%u\">%s%S</text>", y + 20, category_label(h, c),
		    sensitive ? " ⚠" : "");
	}
	for (int s = 0; s < SINK_KIND_COUNT; s++) {
		if (m->right[s] < 0)
			continue;
		unsigned y = MAP_TOP + (unsigned)m->right[s] * MAP_ROW;
		put(h, "<rect x=\"%u\" y=\"%u\" width=\"%u\" height=\"%u\" rx=\"4\" class=\"node\"/>",
		    (unsigned)MAP_X2, y, (unsigned)MAP_BOX_W, (unsigned)MAP_BOX_H);
		put(h, "<text x=\"%u\" y=\"%u\">%s</text>", (unsigned)MAP_X2 + 10, y + 20,
		    sink_labels[s][h->lang]);
	}
}

/* An arrow's tooltip: its counts and its first two controls (sorted in
 * place: the table below lists them in the same order). */
static void edge_label(struct html *h, struct edge *e, GString *label)
{
	g_string_truncate(label, 0);
	if (e->unprotected)
		g_string_append_printf(label, "%u %s", e->unprotected, T(h, UI_UNPROTECTED));
	if (e->protected_)
		g_string_append_printf(label, "%s%u %s", label->len ? " · " : "", e->protected_,
				       T(h, UI_PROTECTED));
	if (e->controls) {
		g_ptr_array_sort(e->controls, str_ptr_cmp);
		for (guint i = 0; i < e->controls->len && i < 2; i++)
			g_string_append_printf(label, "%s%s", i ? ", " : " (",
					       (const char *)e->controls->pdata[i]);
		if (e->controls->len > 2)
			g_string_append_printf(label, " +%u", e->controls->len - 2);
		g_string_append_c(label, ')');
	}
}

static void put_map_arrows(struct html *h, struct data_map *m)
{
	GString *label = g_string_new(NULL);
	for (int c = 0; c < PI_CATEGORY_COUNT; c++) {
		for (int s = 0; s < SINK_KIND_COUNT; s++) {
			struct edge *e = &m->edges[c][s];
			if (!e->unprotected && !e->protected_)
				continue;
			unsigned ya = MAP_TOP + (unsigned)m->left[c] * MAP_ROW + MAP_BOX_H / 2;
			unsigned yb = MAP_TOP + (unsigned)m->right[s] * MAP_ROW + MAP_BOX_H / 2;
			unsigned mx = (MAP_X1 + MAP_X2) / 2;
			bool red = e->unprotected > 0;
			edge_label(h, e, label);
			/* Many arrows end at the same few destinations: labels on
			 * the curves would pile up there. The width says how many
			 * flows an arrow stands for; the words are in its tooltip
			 * and in the table below the map. */
			unsigned flows = e->unprotected + e->protected_;
			unsigned stroke = 1 + (flows > 6 ? 6 : flows);
			put(h, "<path d=\"M%u %uC%u %u %u %u %u %u\" class=\"%S\" style=\"stroke-width:%upx\" "
			    "marker-end=\"url(#%S)\"><title>%s</title></path>", (unsigned)MAP_X1, ya, mx, ya,
			    mx, yb, (unsigned)MAP_X2 - 2, yb, red ? "edge red" : "edge green", stroke,
			    red ? "ar" : "ag", label->str);
		}
	}
	g_string_free(label, TRUE);
}

/* The same in a table, for reading aloud and for wide maps. Frees the
 * arrows' lists of controls. */
static void put_map_table(struct html *h, struct data_map *m)
{
	put(h, "<table><thead><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th>"
	    "</tr></thead><tbody>", T(h, UI_CATEGORY), T(h, UI_SINK), T(h, UI_UNPROTECTED),
	    T(h, UI_PROTECTED), T(h, UI_CONTROL));
	for (int c = 0; c < PI_CATEGORY_COUNT; c++) {
		for (int s = 0; s < SINK_KIND_COUNT; s++) {
			struct edge *e = &m->edges[c][s];
			if (!e->unprotected && !e->protected_)
				continue;
			put(h, "<tr><td>");
			put_categories(h, 1u << c);
			put(h, "</td><td>%s</td><td class=\"num%S\">%u</td><td class=\"num\">%u</td><td>",
			    sink_labels[s][h->lang], e->unprotected ? " bad" : "", e->unprotected,
			    e->protected_);
			for (guint i = 0; e->controls && i < e->controls->len; i++)
				put(h, "%S<code>%s</code>", i ? ", " : "",
				    (const char *)e->controls->pdata[i]);
			put(h, "</td></tr>");
			if (e->controls)
				g_ptr_array_free(e->controls, TRUE);
		}
	}
	put(h, "</tbody></table>");
}

static void put_data_map(struct html *h)
{
	struct data_map m;
	memset(&m, 0, sizeof m);
	data_map_count(&m, h->rep);
	data_map_place(&m);

	put(h, "<section id=\"datamap\"><h2>%s</h2><p>%s</p>", T(h, UI_DATA_MAP),
	    T(h, UI_MAP_NOTE));
	if (!m.nl) {
		put(h, "<p>%s</p></section>\n", T(h, UI_NONE));
		return;
	}
	put_map_header(h, &m);
	put_map_boxes(h, &m);
	put_map_arrows(h, &m);
	put(h, "</svg>");
	put_map_table(h, &m);
	put(h, "</section>\n");
}

static void put_finding(struct html *h, const struct finding *f, unsigned n)
{
	const struct check_text *d = check_get(f->rule)->text;
	const char *status = f->suppression.suppressed ? T(h, UI_SUPPRESSED)
			     : f->baselined ? T(h, UI_BASELINED) : T(h, UI_OPEN);
	put(h, "<article class=\"finding %S\" id=\"f%u\"><h3><span class=\"badge %S\">%s</span> "
	    "<code>%s</code> <span class=\"status\">%s</span></h3>",
	    level_name(f->level), n, level_name(f->level), level_labels[f->level][h->lang],
	    rule_id_name(f->rule), status);
	char *msg = h->lang ? report_zh_message(f->message) : NULL;
	put(h, "<p class=\"msg\">%s</p><table class=\"kv\"><tr><th>%s</th><td>",
	    msg ? msg : f->message, T(h, UI_WHERE));
	g_free(msg);
	put_loc(h, &f->loc);
	if (f->function)
		put(h, " <span class=\"fn\">%s()</span>", f->function);
	put(h, "</td></tr>");
	if (f->categories) {
		put(h, "<tr><th>%s</th><td>", T(h, UI_CATEGORY));
		put_categories(h, f->categories);
		put(h, "</td></tr>");
	}
	if (f->sink >= 0 && f->sink < SINK_KIND_COUNT) {
		put(h, "<tr><th>%s</th><td>%s", T(h, UI_SINK), sink_labels[f->sink][h->lang]);
		if (f->sink_function)
			put(h, " (<code>%s</code>)", f->sink_function);
		put(h, "</td></tr>");
	}
	if (f->suppression.suppressed)
		put(h, "<tr><th>%s</th><td>%s</td></tr>", T(h, UI_REASON),
		    f->suppression.reason ? f->suppression.reason : T(h, UI_NO_REASON));
	put(h, "<tr><th>%s</th><td><code class=\"fp\">%s</code></td></tr></table>",
	    T(h, UI_FINGERPRINT), f->fingerprint);
	put_excerpt(h, &f->loc);
	put_trace(h, f->steps, f->nsteps);
	if (f->nrelated) {
		put(h, "<div class=\"label\">%s (%u)</div><ul class=\"related\">", T(h, UI_MORE_ROUTES), f->nrelated);
		for (unsigned i = 0; i < f->nrelated; i++) {
			put(h, "<li>");
			put_loc(h, &f->related[i]);
			put(h, "</li>");
		}
		put(h, "</ul>");
	}
	if (*d->legal_en)
		put(h, "<div class=\"label\">%s</div><p>%s</p>", T(h, UI_LEGAL_BASIS),
		    h->lang ? d->legal_zh : d->legal_en);
	put(h, "<div class=\"label\">%s</div><p>%s</p></article>\n", T(h, UI_FIX),
	    h->lang ? d->fix_zh : d->fix_en);
}

static gint by_level_rule(gconstpointer a, gconstpointer b)
{
	const struct finding *x = *(const struct finding *const *)a, *y = *(const struct finding *const *)b;
	if (x->level != y->level)
		return (int)y->level - (int)x->level;
	return (int)x->rule - (int)y->rule;
}

/* Where to start in a big report: the open findings grouped by rule,
 * errors first, and by file; every entry a link. */
static void put_index(struct html *h)
{
	const GPtrArray *fs = h->rep->findings;
	GPtrArray *open = g_ptr_array_new();
	GHashTable *number = g_hash_table_new(g_direct_hash, g_direct_equal);
	for (guint i = 0; i < fs->len; i++) {
		const struct finding *f = fs->pdata[i];
		g_hash_table_insert(number, (gpointer)f, GUINT_TO_POINTER(i + 1));
		if (!f->suppression.suppressed && !f->baselined)
			g_ptr_array_add(open, (gpointer)f);
	}
	put(h, "<section id=\"index\"><h2>%s</h2><p>%s</p>", T(h, UI_INDEX), T(h, UI_INDEX_NOTE));
	if (!open->len)
		put(h, "<p>%s</p>", T(h, UI_NONE));
	g_ptr_array_sort(open, by_level_rule);
	bool anchored[RULE_COUNT] = { false };
	for (guint i = 0; i < open->len;) {
		const struct finding *f = open->pdata[i];
		guint j = i;
		while (j < open->len && ((const struct finding *)open->pdata[j])->rule == f->rule &&
		       ((const struct finding *)open->pdata[j])->level == f->level)
			j++;
		/* the first group of a rule is where the duties link to */
		bool first = (unsigned)f->rule < RULE_COUNT && !anchored[f->rule];
		if (first)
			anchored[f->rule] = true;
		char *anchor = first ? g_strdup_printf(" id=\"idx-%s\"", rule_id_name(f->rule)) : g_strdup("");
		put(h, "<details class=\"group\"%S%S><summary><span class=\"badge %S\">%s</span> <code>%s</code> "
		    "(%u)</summary><ol class=\"index\">", anchor, j - i <= 20 ? " open" : "", level_name(f->level),
		    level_labels[f->level][h->lang], rule_id_name(f->rule), j - i);
		g_free(anchor);
		for (guint k = i; k < j; k++) {
			const struct finding *g = open->pdata[k];
			put(h, "<li><a href=\"#f%u\">", GPOINTER_TO_UINT(g_hash_table_lookup(number, g)));
			put_loc(h, &g->loc);
			put(h, "</a>%S%s</li>", g->function ? " " : "", g->function ? g->function : "");
		}
		put(h, "</ol></details>");
		i = j;
	}
	/* by file: how many, and links */
	GHashTable *files = g_hash_table_new(g_str_hash, g_str_equal);
	GPtrArray *order = g_ptr_array_new();
	for (guint i = 0; i < fs->len; i++) {
		const struct finding *f = fs->pdata[i];
		if (f->suppression.suppressed || f->baselined || !f->loc.file)
			continue;
		GPtrArray *l = g_hash_table_lookup(files, f->loc.file);
		if (!l) {
			l = g_ptr_array_new();
			g_hash_table_insert(files, f->loc.file, l);
			g_ptr_array_add(order, f->loc.file);
		}
		g_ptr_array_add(l, GUINT_TO_POINTER(i + 1));
	}
	if (order->len) {
		put(h, "<h3>%s</h3><table><thead><tr><th>%s</th><th>%s</th></tr></thead><tbody>", T(h, UI_BY_FILE),
		    T(h, UI_FILE), T(h, UI_FINDINGS));
		for (guint i = 0; i < order->len; i++) {
			GPtrArray *l = g_hash_table_lookup(files, order->pdata[i]);
			char *rel = report_relative_path(h->rep, order->pdata[i]);
			put(h, "<tr><td><code>%s</code></td><td>%u:", rel ? rel : (const char *)order->pdata[i], l->len);
			g_free(rel);
			for (guint k = 0; k < l->len; k++)
				put(h, " <a href=\"#f%u\">#%u</a>", GPOINTER_TO_UINT(l->pdata[k]),
				    GPOINTER_TO_UINT(l->pdata[k]));
			put(h, "</td></tr>");
			g_ptr_array_free(l, TRUE);
		}
		put(h, "</tbody></table>");
	}
	put(h, "</section>\n");
	g_ptr_array_free(order, TRUE);
	g_hash_table_destroy(files);
	g_hash_table_destroy(number);
	g_ptr_array_free(open, TRUE);
}

static void put_findings(struct html *h)
{
	const GPtrArray *fs = h->rep->findings;
	put(h, "<section id=\"findings\"><h2>%s</h2>", T(h, UI_FINDINGS));
	if (!fs->len)
		put(h, "<p>%s</p>", T(h, UI_NONE));
	for (guint i = 0; i < fs->len; i++)
		put_finding(h, fs->pdata[i], i + 1);
	put(h, "</section>\n");
}

static void put_ledger(struct html *h)
{
	static const enum ui cols[] = {
		UI_WHERE, UI_FUNCTION, UI_CATEGORY, UI_SINK, UI_CONTROL, UI_PROTECTIONS,
		UI_APPLIED_AT,
	};
	const GPtrArray *pfs = h->rep->protected_flows;
	put(h, "<section id=\"ledger\"><h2>%s</h2><p>%s</p>", T(h, UI_LEDGER),
	    T(h, UI_LEDGER_NOTE));
	if (!pfs->len) {
		put(h, "<p>%s</p></section>\n", T(h, UI_NONE));
		return;
	}
	put(h, "<table>");
	put_row_header(h, cols, G_N_ELEMENTS(cols));
	for (guint i = 0; i < pfs->len; i++) {
		const struct protected_flow *pf = pfs->pdata[i];
		put(h, "<tr><td>");
		put_loc(h, &pf->loc);
		if (pf->nrelated) {
			put(h, "<details><summary class=\"muted\">%s (%u)</summary><ul class=\"related\">",
			    T(h, UI_MORE_ROUTES), pf->nrelated);
			for (unsigned k = 0; k < pf->nrelated; k++) {
				put(h, "<li>");
				put_loc(h, &pf->related[k]);
				put(h, "</li>");
			}
			put(h, "</ul></details>");
		}
		put(h, "</td><td>%s</td><td>", pf->function);
		put_categories(h, pf->categories);
		put(h, "</td><td>%s</td><td><code>%s</code></td><td>",
		    pf->sink >= 0 && pf->sink < SINK_KIND_COUNT ? sink_labels[pf->sink][h->lang] : "",
		    pf->control);
		const char *sep = "";
		if (pf->unverified)
			put(h, "<span class=\"claimed\">%s</span>", T(h, UI_CLAIMED));
		for (int k = 0; k < PROT_KIND_COUNT && !pf->unverified; k++) {
			if (pf->protections & 1u << k) {
				put(h, "%S%s", sep, protection_labels[k][h->lang]);
				sep = ", ";
			}
		}
		put(h, "</td><td>");
		put_loc(h, &pf->control_loc);
		put(h, "</td></tr>");
	}
	put(h, "</tbody></table></section>\n");
}

static void put_suppressions(struct html *h)
{
	static const enum ui cols[] = { UI_WHERE, UI_RULE, UI_REASON, UI_COMMENT_AT };
	const GPtrArray *fs = h->rep->findings;
	unsigned n = 0;
	put(h, "<section id=\"suppressions\"><h2>%s</h2>", T(h, UI_SUPPRESSIONS));
	for (guint i = 0; i < fs->len; i++) {
		const struct finding *f = fs->pdata[i];
		if (!f->suppression.suppressed)
			continue;
		if (!n++) {
			put(h, "<table>");
			put_row_header(h, cols, G_N_ELEMENTS(cols));
		}
		put(h, "<tr><td><a href=\"#f%u\">", i + 1);
		put_loc(h, &f->loc);
		put(h, "</a></td><td><code>%s</code></td><td>%s</td><td>", rule_id_name(f->rule),
		    f->suppression.reason ? f->suppression.reason : T(h, UI_NO_REASON));
		put_loc(h, &f->suppression.loc);
		put(h, "</td></tr>");
	}
	put(h, n ? "</tbody></table></section>\n" : "<p>%s</p></section>\n", T(h, UI_NONE));
}

static void put_problems(struct html *h)
{
	const GPtrArray *ps = h->rep->problems;
	put(h, "<section id=\"problems\"><h2>%s</h2>", T(h, UI_PROBLEMS));
	if (!ps->len) {
		put(h, "<p>%s</p></section>\n", T(h, UI_NONE));
		return;
	}
	put(h, "<ul>");
	for (guint i = 0; i < ps->len; i++) {
		const struct run_problem *pr = ps->pdata[i];
		put(h, "<li><span class=\"badge %S\">%s</span> ", pr->fatal ? "error" : "warning",
		    T(h, pr->fatal ? UI_FATAL : UI_NOT_FATAL));
		if (pr->loc.file) {
			put_loc(h, &pr->loc);
			put(h, ": ");
		}
		char *zh = h->lang ? report_zh_message(pr->message) : NULL;
		put(h, "%s</li>", zh ? zh : pr->message);
		g_free(zh);
	}
	put(h, "</ul></section>\n");
}

static void put_appendix(struct html *h)
{
	put(h, "<section id=\"appendix\"><h2>%s</h2><p class=\"muted\">%s</p><dl>",
	    T(h, UI_APPENDIX), T(h, UI_APPENDIX_NOTE));
	for (unsigned i = 0; i < G_N_ELEMENTS(appendix); i++)
		put(h, "<dt>%s</dt><dd>%s</dd>", appendix[i].title[h->lang],
		    appendix[i].summary[h->lang]);
	put(h, "</dl></section>\n");
}

static const char style[] =
	"body{font:14px/1.45 system-ui,\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\","
	"\"Microsoft YaHei\",\"WenQuanYi Micro Hei\",sans-serif;"
	"color:#1a1a1a;max-width:1100px;margin:2em auto;padding:0 1em}"
	"h1{font-size:1.6em;border-bottom:3px solid #1a1a1a;padding-bottom:.3em}"
	"h2{font-size:1.3em;border-bottom:1px solid #999;margin-top:2em}"
	"h3{font-size:1.05em}"
	"table{border-collapse:collapse;margin:.5em 0 1em;width:100%}"
	"th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}"
	"th{background:#f2f2f2}table.kv th{width:14em}"
	"td.num{text-align:right;font-variant-numeric:tabular-nums}td.bad{color:#b71c1c;font-weight:bold}"
	"code,pre{font-family:ui-monospace,\"DejaVu Sans Mono\",\"Noto Sans Mono CJK SC\",monospace;font-size:.92em}"
	"code.fp{font-size:.8em;word-break:break-all}"
	".muted{color:#666}.fn{font-family:ui-monospace,monospace}.claimed{color:#b00020;font-weight:600}"
	".cat.sensitive{font-weight:bold;color:#8e2400}"
	".badge{display:inline-block;padding:0 .45em;border-radius:3px;color:#fff;font-size:.85em}"
	".banner{border:2px solid #c62828;background:#fdecea;padding:.6em 1em}"
	".verdict{font-size:1.15em;padding:.5em 1em;border-left:6px solid}"
	".verdict.pass{border-color:#2e7d32;background:#edf7ed}.verdict.fail{border-color:#c62828;background:#fdecea}"
	".badge.error{background:#c62828}.badge.warning{background:#ef6c00}.badge.note{background:#1565c0}"
	".status{font-weight:normal;color:#555;font-size:.9em}"
	"article.finding{border:1px solid #ccc;border-left:5px solid #999;padding:.2em 1em;"
	"margin:1em 0;page-break-inside:avoid;break-inside:avoid}"
	"article.error{border-left-color:#c62828}article.warning{border-left-color:#ef6c00}"
	".msg{font-weight:bold}.label{font-weight:bold;margin-top:.6em}"
	"pre.code{background:#f7f7f7;border:1px solid #ddd;padding:.4em;overflow-x:auto;margin:.3em 0}"
	"pre.code .ln{display:inline-block;width:3.5em;color:#888;user-select:none}"
	"pre.code .hit{background:#ffecb3;display:block}pre.code .caret{display:block;color:#c62828;font-weight:bold}"
	"details.trace>summary,details.group>summary{cursor:pointer}ol.index{columns:2;margin:.2em 0 .8em}"
	"ol.trace li{margin:.1em 0}"
	"svg.map{max-width:100%;height:auto;border:1px solid #ddd;background:#fff}"
	"svg.map text{font-size:13px;fill:#1a1a1a}svg.map .colhead{font-weight:bold}"
	"svg.map .node{fill:#eef2f7;stroke:#6b7c93}svg.map .node.sensitive{fill:#fdecea;stroke:#c62828}"
	"svg.map .edge{fill:none;stroke-width:2}svg.map .edge.red{stroke:#c62828}"
	"svg.map .edge.green{stroke:#2e7d32}"
	"svg.map .elabel{font-size:11px;paint-order:stroke;stroke:#fff;stroke-width:3px}"
	"svg.map .elabel.red{fill:#b71c1c}svg.map .elabel.green{fill:#1b5e20}"
	"nav ol{columns:2}dt{font-weight:bold;margin-top:.6em}"
	"@media print{body{max-width:none;margin:0;font-size:11pt}nav{display:none}"
	"pre.code{white-space:pre-wrap;overflow-wrap:anywhere;overflow:visible}ol.index{columns:3}"
	"h2{page-break-after:avoid;break-after:avoid}a{color:inherit;text-decoration:none}}";

static bool html_write(const struct report *rep, FILE *out)
{
	struct html h = {
		.rep = rep,
		.out = out,
		.lang = rep->lang && g_str_has_prefix(rep->lang, "zh") ? LANG_ZH : LANG_EN,
		.sources = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
						 (GDestroyNotify)g_strfreev),
	};
	static const struct { const char *id; enum ui title; } sections[] = {
		{ "header", UI_HEADER }, { "scope", UI_RUN_SCOPE }, { "summary", UI_SUMMARY },
		{ "duties", UI_DUTIES },
		{ "inventory", UI_INVENTORY },
		{ "datamap", UI_DATA_MAP }, { "index", UI_INDEX }, { "findings", UI_FINDINGS },
		{ "ledger", UI_LEDGER },
		{ "suppressions", UI_SUPPRESSIONS }, { "problems", UI_PROBLEMS },
		{ "appendix", UI_APPENDIX },
	};

	put(&h, "<!DOCTYPE html>\n<html lang=\"%S\"><head><meta charset=\"utf-8\">"
	    "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
	    "<title>%s</title><style>%S</style></head><body>\n<h1>%s</h1>\n",
	    h.lang ? "zh-CN" : "en", T(&h, UI_TITLE), style, T(&h, UI_TITLE));
	put_verdict(&h);
	/* an incomplete run says so before anything else (--keep-going) */
	if (rep->incomplete)
		put(&h, "<p class=\"banner\"><strong>%s</strong> %s <a href=\"#problems\">%s</a></p>\n",
		    T(&h, UI_INCOMPLETE), T(&h, UI_INCOMPLETE_WHY), T(&h, UI_PROBLEMS));
	put(&h, "<nav><h2>%s</h2><ol>", T(&h, UI_CONTENTS));
	for (unsigned i = 0; i < G_N_ELEMENTS(sections); i++)
		put(&h, "<li><a href=\"#%S\">%s</a></li>", sections[i].id,
		    T(&h, sections[i].title));
	put(&h, "</ol></nav>\n");
	put_header(&h);
	put_scope(&h);
	put_summary(&h);
	put_duties(&h);
	put_inventory(&h);
	put_data_map(&h);
	put_index(&h);
	put_findings(&h);
	put_ledger(&h);
	put_suppressions(&h);
	put_problems(&h);
	put_appendix(&h);
	put(&h, "</body></html>\n");
	g_hash_table_destroy(h.sources);
	return !ferror(out);
}

const struct reporter reporter_html = {
	.name = "html",
	.write = html_write,
};
