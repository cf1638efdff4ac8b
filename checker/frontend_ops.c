/* SPDX-License-Identifier: Apache-2.0 */
/* frontend_ops.c - what libclang's C API leaves out: operator kinds (before
 * LLVM 17) and which parts of a for header are present. Both are read from
 * the raw tokens between the operands' extents. Code expanded from a macro
 * has no tokens of its own there; an operator we cannot see is IR_OP_NONE,
 * which the engine treats as an operator whose value derives from both
 * operands: the sound choice for a taint analysis. */
#include <limits.h>
#include <string.h>

#include "frontend_int.h"

void tokens_init(struct token_index *ti, CXTranslationUnit tu, CXCursor fn)
{
	memset(ti, 0, sizeof *ti);
	ti->tu = tu;
	ti->range = clang_getCursorExtent(fn);
}

static void tokens_load(struct token_index *ti)
{
	if (ti->loaded || !ti->tu)
		return;
	ti->loaded = true;
	clang_getFileLocation(clang_getRangeStart(ti->range), &ti->file, NULL, NULL, NULL);
	clang_tokenize(ti->tu, ti->range, &ti->tokens, &ti->ntokens);
	if (ti->ntokens) {
		ti->offsets = g_new(unsigned, ti->ntokens);
		for (unsigned i = 0; i < ti->ntokens; i++)
			ti->offsets[i] = UINT_MAX;
	}
}

void tokens_dispose(struct token_index *ti)
{
	if (ti->tokens)
		clang_disposeTokens(ti->tu, ti->tokens, ti->ntokens);
	g_free(ti->offsets);
	memset(ti, 0, sizeof *ti);
}

static unsigned token_offset(struct token_index *ti, unsigned i)
{
	if (ti->offsets[i] == UINT_MAX) {
		unsigned off;
		clang_getFileLocation(clang_getTokenLocation(ti->tu, ti->tokens[i]), NULL, NULL, NULL, &off);
		ti->offsets[i] = off;
	}
	return ti->offsets[i];
}

/* The first token at or after offset. */
static unsigned token_at(struct token_index *ti, unsigned offset)
{
	unsigned lo = 0, hi = ti->ntokens;
	while (lo < hi) {
		unsigned mid = lo + (hi - lo) / 2;
		if (token_offset(ti, mid) < offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* File offset of a location, or UINT_MAX when it is not in the tokenised
 * file (a macro expansion elsewhere). */
static unsigned offset_of(struct token_index *ti, CXSourceLocation loc)
{
	CXFile f;
	unsigned off;
	tokens_load(ti);
	clang_getFileLocation(loc, &f, NULL, NULL, &off);
	return f && ti->file && clang_File_isEqual(f, ti->file) ? off : UINT_MAX;
}

static bool token_is(struct token_index *ti, unsigned i, const char *text)
{
	if (i >= ti->ntokens || clang_getTokenKind(ti->tokens[i]) != CXToken_Punctuation)
		return false;
	CXString s = clang_getTokenSpelling(ti->tu, ti->tokens[i]);
	bool eq = !strcmp(clang_getCString(s), text);
	clang_disposeString(s);
	return eq;
}

#if CINDEX_VERSION_MINOR < 64 || defined(PITRACE_TOKEN_OPERATORS)
/* The spelling of the punctuation token between two offsets, if exactly one
 * recognisable operator is there. */
static char *operator_between(struct token_index *ti, unsigned from, unsigned to)
{
	if (!ti->ntokens || from == UINT_MAX || to == UINT_MAX || from >= to)
		return NULL;
	unsigned i = token_at(ti, from);
	if (i >= ti->ntokens || token_offset(ti, i) >= to)
		return NULL;
	if (clang_getTokenKind(ti->tokens[i]) != CXToken_Punctuation)
		return NULL;
	CXString s = clang_getTokenSpelling(ti->tu, ti->tokens[i]);
	char *r = g_strdup(clang_getCString(s));
	clang_disposeString(s);
	return r;
}
#endif

/* How clang prints a statement (empty for expressions before LLVM 15). */
static char *printed(CXCursor c)
{
	CXString s = clang_getCursorPrettyPrinted(c, NULL);
	char *r = g_strdup(clang_getCString(s));
	clang_disposeString(s);
	return r;
}

struct op_spelling {
	const char *text;
	enum ir_op op;
	enum bin_form form;
};

static const struct op_spelling binary_ops[] = {
	{ "+", IR_OP_ADD, BIN_PLAIN }, { "-", IR_OP_SUB, BIN_PLAIN },
	{ "*", IR_OP_MUL, BIN_PLAIN }, { "/", IR_OP_DIV, BIN_PLAIN },
	{ "%", IR_OP_REM, BIN_PLAIN }, { "<<", IR_OP_SHL, BIN_PLAIN },
	{ ">>", IR_OP_SHR, BIN_PLAIN }, { "&", IR_OP_AND, BIN_PLAIN },
	{ "|", IR_OP_OR, BIN_PLAIN }, { "^", IR_OP_XOR, BIN_PLAIN },
	{ "==", IR_OP_EQ, BIN_PLAIN }, { "!=", IR_OP_NE, BIN_PLAIN },
	{ "<", IR_OP_LT, BIN_PLAIN }, { ">", IR_OP_GT, BIN_PLAIN },
	{ "<=", IR_OP_LE, BIN_PLAIN }, { ">=", IR_OP_GE, BIN_PLAIN },
	{ "&&", IR_OP_LAND, BIN_PLAIN }, { "||", IR_OP_LOR, BIN_PLAIN },
	{ "=", IR_OP_NONE, BIN_ASSIGN }, { ",", IR_OP_NONE, BIN_COMMA },
	{ "+=", IR_OP_ADD, BIN_ASSIGN }, { "-=", IR_OP_SUB, BIN_ASSIGN },
	{ "*=", IR_OP_MUL, BIN_ASSIGN }, { "/=", IR_OP_DIV, BIN_ASSIGN },
	{ "%=", IR_OP_REM, BIN_ASSIGN }, { "<<=", IR_OP_SHL, BIN_ASSIGN },
	{ ">>=", IR_OP_SHR, BIN_ASSIGN }, { "&=", IR_OP_AND, BIN_ASSIGN },
	{ "|=", IR_OP_OR, BIN_ASSIGN }, { "^=", IR_OP_XOR, BIN_ASSIGN },
};

#if CINDEX_VERSION_MINOR >= 64 && !defined(PITRACE_TOKEN_OPERATORS)
static const struct op_spelling *binary_from_kind(enum CXBinaryOperatorKind k)
{
	static const char *const spelled[] = {
		[CXBinaryOperator_Mul] = "*", [CXBinaryOperator_Div] = "/",
		[CXBinaryOperator_Rem] = "%", [CXBinaryOperator_Add] = "+",
		[CXBinaryOperator_Sub] = "-", [CXBinaryOperator_Shl] = "<<",
		[CXBinaryOperator_Shr] = ">>", [CXBinaryOperator_LT] = "<",
		[CXBinaryOperator_GT] = ">", [CXBinaryOperator_LE] = "<=",
		[CXBinaryOperator_GE] = ">=", [CXBinaryOperator_EQ] = "==",
		[CXBinaryOperator_NE] = "!=", [CXBinaryOperator_And] = "&",
		[CXBinaryOperator_Xor] = "^", [CXBinaryOperator_Or] = "|",
		[CXBinaryOperator_LAnd] = "&&", [CXBinaryOperator_LOr] = "||",
		[CXBinaryOperator_Assign] = "=", [CXBinaryOperator_MulAssign] = "*=",
		[CXBinaryOperator_DivAssign] = "/=", [CXBinaryOperator_RemAssign] = "%=",
		[CXBinaryOperator_AddAssign] = "+=", [CXBinaryOperator_SubAssign] = "-=",
		[CXBinaryOperator_ShlAssign] = "<<=", [CXBinaryOperator_ShrAssign] = ">>=",
		[CXBinaryOperator_AndAssign] = "&=", [CXBinaryOperator_XorAssign] = "^=",
		[CXBinaryOperator_OrAssign] = "|=", [CXBinaryOperator_Comma] = ",",
	};
	if ((unsigned)k >= G_N_ELEMENTS(spelled) || !spelled[k])
		return NULL;
	for (unsigned i = 0; i < G_N_ELEMENTS(binary_ops); i++)
		if (!strcmp(binary_ops[i].text, spelled[k]))
			return &binary_ops[i];
	return NULL;
}
#endif

enum ir_op binary_op_form(struct lower_fn *lf, CXCursor c, CXCursor lhs, CXCursor rhs,
			  enum bin_form *form)
{
	const struct op_spelling *found = NULL;
#if CINDEX_VERSION_MINOR >= 64 && !defined(PITRACE_TOKEN_OPERATORS)
	(void)lf;
	(void)lhs;
	(void)rhs;
	found = binary_from_kind(clang_getCursorBinaryOperatorKind(c));
#else
	struct token_index *ti = &lf->tokens;
	(void)c;
	unsigned from = offset_of(ti, clang_getRangeEnd(clang_getCursorExtent(lhs)));
	unsigned to = offset_of(ti, clang_getRangeStart(clang_getCursorExtent(rhs)));
	/* An operator written inside a macro body has no tokens here, and
	 * libclang before 15 gives no spelling locations to find them: it
	 * stays IR_OP_NONE (see docs/engine.md). */
	char *text = operator_between(ti, from, to);
	if (text) {
		for (unsigned i = 0; i < G_N_ELEMENTS(binary_ops); i++)
			if (!strcmp(binary_ops[i].text, text))
				found = &binary_ops[i];
		g_free(text);
	}
#endif
	if (!found) {
		/* An assignment that clang marks as compound is recognised by
		 * the caller; anything else we cannot see is arithmetic. */
		*form = BIN_PLAIN;
		return IR_OP_NONE;
	}
	*form = found->form;
	return found->op;
}

enum ir_op unary_op(struct lower_fn *lf, CXCursor c, CXCursor operand)
{
#if CINDEX_VERSION_MINOR >= 64 && !defined(PITRACE_TOKEN_OPERATORS)
	(void)lf;
	(void)operand;
	switch (clang_getCursorUnaryOperatorKind(c)) {
	case CXUnaryOperator_PostInc: return IR_OP_POSTINC;
	case CXUnaryOperator_PostDec: return IR_OP_POSTDEC;
	case CXUnaryOperator_PreInc: return IR_OP_PREINC;
	case CXUnaryOperator_PreDec: return IR_OP_PREDEC;
	case CXUnaryOperator_AddrOf: return IR_OP_AND;
	case CXUnaryOperator_Deref: return IR_OP_MUL;
	case CXUnaryOperator_Plus: return IR_OP_PLUS;
	case CXUnaryOperator_Minus: return IR_OP_NEG;
	case CXUnaryOperator_Not: return IR_OP_NOT;
	case CXUnaryOperator_LNot: return IR_OP_LNOT;
	default: return IR_OP_NONE;
	}
#else
	struct token_index *ti = &lf->tokens;
	CXSourceRange whole = clang_getCursorExtent(c), inner = clang_getCursorExtent(operand);
	unsigned start = offset_of(ti, clang_getRangeStart(whole));
	unsigned end = offset_of(ti, clang_getRangeEnd(whole));
	unsigned in_start = offset_of(ti, clang_getRangeStart(inner));
	unsigned in_end = offset_of(ti, clang_getRangeEnd(inner));
	bool postfix = false;
	char *text = operator_between(ti, start, in_start);
	if (!text) {
		text = operator_between(ti, in_end, end);
		postfix = true;
	}
	static const struct { const char *text; enum ir_op prefix, postfix; } ops[] = {
		{ "++", IR_OP_PREINC, IR_OP_POSTINC }, { "--", IR_OP_PREDEC, IR_OP_POSTDEC },
		{ "&", IR_OP_AND, IR_OP_NONE }, { "*", IR_OP_MUL, IR_OP_NONE },
		{ "+", IR_OP_PLUS, IR_OP_NONE }, { "-", IR_OP_NEG, IR_OP_NONE },
		{ "~", IR_OP_NOT, IR_OP_NONE }, { "!", IR_OP_LNOT, IR_OP_NONE },
	};
	enum ir_op op = IR_OP_NONE;
	for (unsigned i = 0; text && i < G_N_ELEMENTS(ops); i++)
		if (!strcmp(ops[i].text, text))
			op = postfix ? ops[i].postfix : ops[i].prefix;
	g_free(text);
	if (op != IR_OP_NONE)
		return op;
	/* An operator in a macro body (postfix's VSTREAM_ERR is
	 * `(&vstream_fstd[2])`) has no tokens here, and libclang before 15
	 * prints no expression: the types tell the two operators that
	 * matter, & (a pointer to the operand's type) and * (the operand's
	 * pointee). */
	CXType result = clang_getCanonicalType(clang_getCursorType(c));
	CXType of = clang_getCanonicalType(clang_getCursorType(operand));
	if (result.kind == CXType_Pointer && clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(result)), of))
		return IR_OP_AND;
	if (of.kind == CXType_Pointer && clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(of)), result))
		return IR_OP_MUL;
	return IR_OP_NONE;
#endif
}

/* A for statement written in a macro: its printed form "for (A; B; C)"
 * says which parts are there. */
static bool for_parts_printed(CXCursor c, GArray *kids, int *init, int *cond, int *inc)
{
	char *all = printed(c);
	bool present[3] = { false, false, false };
	const char *q = strstr(all, "for (");
	bool ok = q != NULL;
	if (ok) {
		int depth = 0, part = 0;
		bool quoted = false;
		for (q += 5; *q && part < 3; q++) {
			if (*q == '"' && q[-1] != '\\')
				quoted = !quoted;
			if (quoted)
				continue;
			if (*q == '(')
				depth++;
			else if (*q == ')' && depth-- == 0)
				break;
			else if (*q == ';' && depth == 0)
				part++;
			else if (*q != ' ' && part < 3)
				present[part] = true;
		}
	}
	g_free(all);
	*init = *cond = *inc = -1;
	int k = 0;
	unsigned nparts = present[0] + present[1] + present[2];
	if (!ok || nparts + 1 != kids->len) {
		/* the most common shape; a wrong guess only moves an
		 * expression between the loop's entry and its head */
		if (kids->len == 3)
			*init = 0, *cond = 1;
		else if (kids->len == 2)
			*cond = 0;
		return false;
	}
	if (present[0])
		*init = k++;
	if (present[1])
		*cond = k++;
	if (present[2])
		*inc = k++;
	return true;
}

/* libclang lists a for statement's children without saying which of init,
 * condition and increment are absent. The two semicolons of the header
 * tell: a child before the first is the init, between them the condition,
 * after the second (and before the body) the increment. */
bool for_header_parts(struct lower_fn *lf, CXCursor c, GArray *kids, int *init, int *cond, int *inc)
{
	*init = *cond = *inc = -1;
	if (kids->len == 4) {
		*init = 0, *cond = 1, *inc = 2;
		return true;
	}
	if (kids->len <= 1)
		return true;
	struct token_index *ti = &lf->tokens;
	unsigned start = offset_of(ti, clang_getRangeStart(clang_getCursorExtent(c)));
	if (start == UINT_MAX || !ti->ntokens)
		goto guess;
	unsigned i = token_at(ti, start);
	unsigned semi[2], nsemi = 0;
	int depth = 0;
	for (; i < ti->ntokens && nsemi < 2; i++) {
		if (token_is(ti, i, "("))
			depth++;
		else if (token_is(ti, i, ")"))
			depth--;
		else if (depth == 1 && token_is(ti, i, ";"))
			semi[nsemi++] = token_offset(ti, i);
	}
	if (nsemi < 2)
		goto guess;
	for (unsigned k = 0; k + 1 < kids->len; k++) {
		CXCursor kid = g_array_index(kids, CXCursor, k);
		unsigned off = offset_of(ti, clang_getRangeStart(clang_getCursorExtent(kid)));
		if (off == UINT_MAX)
			goto guess;
		if (off < semi[0])
			*init = (int)k;
		else if (off < semi[1])
			*cond = (int)k;
		else
			*inc = (int)k;
	}
	return true;
guess:
	return for_parts_printed(c, kids, init, cond, inc);
}
