/* SPDX-License-Identifier: Apache-2.0 */
/* check_text.c - everything the reports say about each rule, in English
 * and Chinese: the SARIF rule's texts, --explain's help, the HTML report's
 * legal basis and fix, and the shapes of each rule's messages with their
 * Chinese (report_zh.c). The rules themselves are listed in check_list.h. */
#include "check.h"

/* A quoted name in a message shape; REST what follows a shape (a
 * parenthesised remark, translated by its own shape). */
#define Q "`([^`]*)`"
#define REST "((?: \\(.*\\))?)"

/* The flow rules' headline: "personal information (CATEGORIES) VERB
 * `CALLEE`", its arguments the categories (sensitive first) and the call
 * the finding stands at; the remark names the library sink when that call
 * is a wrapper's. VERB is a literal with no regex metacharacters, as it
 * stands in the shape too; ZH is its Chinese. */
#define FLOW_MESSAGE(verb, zh)                                                                             \
	.message = "personal information (%s) " verb " `%s`", .remark = " (reaches `%s`)",                  \
	.message_zh = { { "^personal information \\(([^)]*)\\) " verb " " Q REST "$",                       \
			  "个人信息（\\1）经 `\\2` " zh "\\3" } },                                                   \
	.remark_zh = { " \\(reaches " Q "\\)", "（最终到达 `\\1`）" }

const struct check_text check_texts[RULE_COUNT] = {
	[RULE_UNENCRYPTED_STORAGE] = {
		.cwe = "312",
		.security_severity = "8.0",
		.short_en = "PI written to persistent storage without encryption",
		.short_zh = "个人信息未经加密写入持久存储",
		.full_en = "Personal information reaches a file, database, cache or other "
			"persistent store without being encrypted or anonymized first. Stored "
			"copies outlive the request that needed them and are exposed to everyone "
			"who can read the store or its backups.",
		.fix_en = "Encrypt the value with a real cipher (a function declared "
			"PI_SANITIZER(encrypt)) or anonymize it before it is stored, or do not "
			"store it at all.",
		.fix_zh = "存储前使用真正的加密算法加密（以 PI_SANITIZER(encrypt) 声明的函数）"
			"或匿名化处理，或者不存储该信息。",
		.legal_en = "Civil Code Art. 1038 (the processor must take technical and other "
			"necessary measures to keep the personal information it holds secure); "
			"PIPL Art. 51 (security measures such as encryption and de-identification); "
			"PIPL Art. 28 when the information is sensitive (strict protection).",
		.legal_zh = "《民法典》第一千零三十八条（信息处理者应采取技术措施和其他必要措施，"
			"确保其收集、存储的个人信息安全）；《个人信息保护法》第五十一条（采取加密、"
			"去标识化等安全技术措施）；涉及敏感个人信息时，第二十八条（严格保护措施）。",
		.level_en = "error",
		.unless_en = "a sanitizer of kind encrypt or anonymize",
		.example = "struct applicant { char id_number[19] PI(id_number); };\n"
			"void save(const struct applicant *a, FILE *db)\n"
			"{\n"
			"\tfprintf(db, \"%s\\n\", a->id_number);\t/* reported here */\n"
			"}\n",
		FLOW_MESSAGE("stored unencrypted by", "未加密存储"),
	},
	[RULE_LOGGING] = {
		.cwe = "532",
		.security_severity = "6.5",
		.short_en = "PI written to a log or the console",
		.short_zh = "个人信息写入日志或控制台",
		.full_en = "Personal information reaches a log, the console or other diagnostic "
			"output without being masked, hashed, encrypted or anonymized. Logs are "
			"copied, shipped and kept far more widely than the data they describe. "
			"The finding is an error when the information is sensitive.",
		.fix_en = "Mask the value (keep only a few characters), hash it, or leave it "
			"out of the message.",
		.fix_zh = "记录日志前对该值脱敏（只保留少量字符）、做哈希处理，或不写入日志。",
		.legal_en = "Civil Code Art. 1038 (security of the personal information held); "
			"PIPL Art. 51 (encryption, de-identification and access control limit who "
			"sees the data); PIPL Art. 28 when the information is sensitive.",
		.legal_zh = "《民法典》第一千零三十八条（确保个人信息安全）；《个人信息保护法》"
			"第五十一条（加密、去标识化和访问控制等措施）；涉及敏感个人信息时，第二十八条。",
		.level_en = "error for sensitive PI (id_number, id_image, bank_account, biometric, health, location, credential), else warning",
		.unless_en = "a sanitizer of kind encrypt, mask, hash or anonymize",
		.example = "void on_login(const char *phone PI(phone))\n"
			"{\n"
			"\tsyslog(LOG_INFO, \"login from %s\", phone);\t/* reported here */\n"
			"}\n",
		FLOW_MESSAGE("written to a log by", "写入日志"),
	},
	[RULE_CLEARTEXT_TRANSMISSION] = {
		.cwe = "319",
		.security_severity = "8.0",
		.short_en = "PI sent over the network without transport encryption",
		.short_zh = "个人信息通过未加密的网络通道传输",
		.full_en = "Personal information is sent over a socket, an http:// URL, plain "
			"MQTT or another channel without transport encryption, where anyone on "
			"the path can read or alter it.",
		.fix_en = "Send it over TLS (https://, a TLS socket) or encrypt the payload "
			"before sending it.",
		.fix_zh = "改用 TLS 通道（https://、TLS 套接字）发送，或在发送前加密数据。",
		.legal_en = "Civil Code Art. 1038 (measures against leaks); PIPL Art. 51 "
			"(encryption as a security measure); PIPL Art. 28 when the information "
			"is sensitive.",
		.legal_zh = "《民法典》第一千零三十八条（防止信息泄露的措施）；《个人信息保护法》"
			"第五十一条（加密等安全技术措施）；涉及敏感个人信息时，第二十八条。",
		.level_en = "error",
		.unless_en = "a sanitizer of kind encrypt or anonymize",
		.example = "void notify(int sock, const struct applicant *a)\n"
			"{\n"
			"\tsend(sock, a->id_number, strlen(a->id_number), 0);\t/* reported here */\n"
			"}\n",
		FLOW_MESSAGE("sent over the network without encryption by", "以明文通过网络发送"),
	},
	[RULE_EXTERNAL_TRANSFER] = {
		.cwe = "359",
		.security_severity = "5.0",
		.short_en = "PI provided to another party",
		.short_zh = "个人信息提供给其他方",
		.full_en = "Personal information is sent over an encrypted channel to another "
			"party (a TLS write, an https:// request). The channel is protected, but "
			"the data leaves the handler, and providing it to another handler has "
			"legal conditions of its own.",
		.fix_en = "Confirm that the transfer is covered by notice and separate consent "
			"(or another legal basis) and an agreement with the recipient; send "
			"anonymized or masked data where the recipient does not need the original.",
		.fix_zh = "确认该提供行为已告知个人并取得单独同意（或具备其他合法性基础），并与接收方"
			"约定处理规则；接收方不需要原始数据时，只提供匿名化或脱敏后的数据。",
		.legal_en = "PIPL Art. 23 (providing personal information to another handler "
			"requires telling the individual who receives it, for what purpose, how "
			"and which categories, and obtaining separate consent); Civil Code Art. "
			"1038 (no provision to others without consent unless the information can "
			"no longer identify anyone); PIPL Art. 29 for sensitive information.",
		.legal_zh = "《个人信息保护法》第二十三条（向其他处理者提供个人信息，应告知接收方、"
			"处理目的、处理方式和个人信息种类，并取得单独同意）；《民法典》第一千零三十八条"
			"（未经同意不得向他人提供，经加工无法识别特定个人且不能复原的除外）；"
			"涉及敏感个人信息时，第二十九条。",
		.level_en = "warning",
		.unless_en = "a sanitizer of kind anonymize or mask",
		.example = "void verify(CURL *h, const struct applicant *a)\n"
			"{\n"
			"\tcurl_easy_setopt(h, CURLOPT_URL, \"https://verify.example.com/\");\n"
			"\tcurl_easy_setopt(h, CURLOPT_POSTFIELDS, a->id_number);\n"
			"\tcurl_easy_perform(h);\t/* reported here */\n"
			"}\n",
		FLOW_MESSAGE("transferred to another party without de-identification by",
			     "未经去标识化提供给其他方"),
	},
	[RULE_HARDCODED_LITERAL] = {
		.cwe = "540",
		.security_severity = "5.0",
		.short_en = "PI literal in the source code",
		.short_zh = "源代码中硬编码的个人信息",
		.full_en = "A string literal in the program is itself personal information "
			"(a resident ID number with a valid check digit, a mainland mobile number, "
			"a unified social credit code). Source code is copied to every developer, "
			"build machine and repository mirror.",
		.fix_en = "Remove the value from the source: load real data from a protected "
			"store, and use synthetic test values that fail the check digit.",
		.fix_zh = "从源代码中删除该值：真实数据从受保护的存储读取，测试数据使用校验位不合法"
			"的虚构值。",
		.legal_en = "Civil Code Art. 1038 (security of the personal information held); "
			"PIPL Art. 51 (access control and security measures).",
		.legal_zh = "《民法典》第一千零三十八条（确保个人信息安全）；《个人信息保护法》"
			"第五十一条（访问控制等安全措施）。",
		.level_en = "warning",
		.unless_en = "(no flow: remove the literal)",
		.example = "static const char *test_id = \"11010519491231002X\";\t/* reported here */\n",
		.message = "string literal holds a %s (%s): personal information in source code",
		.message_zh = { { "^string literal holds an? ([^(]*) \\(([^)]*)\\): personal information in source code$",
				  "字符串字面量含有\\1（\\2）：源代码中的个人信息" } },
	},
	[RULE_UNVERIFIED_SANITIZER] = {
		.cwe = "327",
		.security_severity = "7.5",
		.short_en = "Encrypt sanitizer that calls no real cipher",
		.short_zh = "声明为加密却未调用真正加密算法的函数",
		.full_en = "A function declared an encrypt sanitizer calls no known cipher: it "
			"only encodes (base64), XORs or copies. Every flow it is trusted to protect "
			"is in fact unprotected.",
		.fix_en = "Use a vetted cipher (AES-GCM, or SM4 where required), declare the "
			"function as what it really does (mask, hash) or not as a sanitizer; if "
			"it does use a cipher pitrace does not know, model that cipher in a rule "
			"file.",
		.fix_zh = "使用经过验证的加密算法（AES-GCM，或按要求使用 SM4）；按函数的真实作用声明"
			"（mask、hash）或不声明为净化函数；若使用了 pitrace 未知的加密算法，请在规则"
			"文件中登记该算法。",
		.legal_en = "PIPL Art. 51 (encryption counts as a measure only when it protects); "
			"Civil Code Art. 1038.",
		.legal_zh = "《个人信息保护法》第五十一条（加密措施须真正起到保护作用）；《民法典》"
			"第一千零三十八条。",
		.level_en = "warning",
		.unless_en = "(no flow: use a real cipher)",
		.example = "char *seal(const char *s) PI_SANITIZER(encrypt)\n"
			"{\n"
			"\treturn base64_encode(s);\t/* the function is reported */\n"
			"}\n",
		.message = "`%s` is declared an encrypt sanitizer but calls no known cipher",
		.remark = " (it calls %s)",
		.message_zh = {
			{ "^" Q " is declared an encrypt sanitizer but calls no known cipher \\(it calls (.*)\\)$",
			  "`\\1` 声明为加密净化函数，但未调用任何已知加密算法（它调用了 \\2）" },
			{ "^" Q " is declared an encrypt sanitizer but calls no known cipher$",
			  "`\\1` 声明为加密净化函数，但未调用任何已知加密算法" },
		},
	},
	[RULE_UNKNOWN_SUPPRESSION] = {
		.security_severity = "2.0",
		.short_en = "Problem with a pitrace suppression comment",
		.short_zh = "pitrace 抑制注释存在问题",
		.full_en = "A `pitrace:` suppression comment gives no reason, names an unknown "
			"rule, is not closed, or no longer hides any finding.",
		.fix_en = "Give every suppression a reason (`reason: ...`), correct the rule id, "
			"or delete the comment that hides nothing.",
		.fix_zh = "为每条抑制注释写明理由（reason: ...），更正规则编号，或删除不再抑制任何"
			"问题的注释。",
		.legal_en = "",
		.legal_zh = "",
		.level_en = "warning",
		.unless_en = "(fix the comment)",
		.example = "fprintf(log, \"%s\", a->name);\t/* pitrace: ignore pi-loging */\n",
	},
};

const char *const check_literal_kinds[LITERAL_KIND_COUNT][LANG_COUNT] = {
	[LITERAL_RESIDENT_ID] = { "resident ID number", "居民身份证号码" },
	[LITERAL_CREDIT_CODE] = { "unified social credit code", "统一社会信用代码" },
	[LITERAL_MOBILE] = { "mobile phone number", "手机号码" },
};
