/* SPDX-License-Identifier: Apache-2.0 */
/* frontend_expr.c - lower expressions. Implicit casts and parentheses are
 * looked through; everything the engine must tell apart (comparisons,
 * logical operators, sizeof, casts) keeps its own kind. */
#include <string.h>

#include "frontend_int.h"

static struct ir_expr *node(struct lower_fn *lf, enum ir_expr_kind kind, CXCursor c)
{
	return ir_expr_new(lf->lt->tu, kind, cursor_loc(lf->lt, c));
}

static void set_type(struct lower_fn *lf, struct ir_expr *e, CXCursor c)
{
	CXType t = clang_getCursorType(c);
	e->type = type_name(lf->lt, t);
	e->type_flags = type_flags(lf->lt, t);
	e->record = type_record(lf->lt, t);
}

static void add(struct lower_fn *lf, struct ir_expr *e, struct ir_expr *kid)
{
	ir_expr_add_kid(lf->lt->tu, e, kid);
}

static void add_cursor(struct lower_fn *lf, struct ir_expr *e, CXCursor kid)
{
	add(lf, e, lower_expr(lf, kid));
}

static CXCursor kid_at(GArray *kids, unsigned i)
{
	return g_array_index(kids, CXCursor, i);
}

static void mark_address_taken(struct lower_fn *lf, const char *ident)
{
	GPtrArray *a = lf->lt->tu->address_taken;
	for (unsigned i = 0; i < a->len; i++)
		if (a->pdata[i] == ident)
			return;
	g_ptr_array_add(a, (gpointer)ident);
}

static struct ir_expr *func_ref(struct lower_fn *lf, CXCursor at, CXCursor decl)
{
	struct ir_expr *e = node(lf, IR_E_FUNC, at);
	char *name = cursor_spelling(decl);
	e->name = ir_intern(lf->lt->tu, name);
	g_free(name);
	e->ident = cursor_ident(lf->lt, decl);
	e->type = type_name(lf->lt, clang_getCursorType(decl));
	e->type_flags = type_flags(lf->lt, clang_getCursorType(decl));
	g_hash_table_add(lf->lt->referenced, (gpointer)e->ident);
	return e;
}

static struct ir_expr *decl_ref(struct lower_fn *lf, CXCursor c)
{
	CXCursor ref = clang_getCursorReferenced(c);
	enum CXCursorKind rk = clang_getCursorKind(ref);
	struct ir_expr *e;
	switch (rk) {
	case CXCursor_VarDecl:
	case CXCursor_ParmDecl: {
		int v = lower_var_index(lf, ref);
		if (v >= 0) {
			e = node(lf, IR_E_VAR, c);
			e->var = v;
			e->name = lf->fn->vars[v].name;
			e->type = lf->fn->vars[v].type;
			e->type_flags = lf->fn->vars[v].type_flags;
			e->record = lf->fn->vars[v].record;
			return e;
		}
		e = node(lf, IR_E_GLOBAL, c);
		char *name = cursor_spelling(ref);
		e->name = ir_intern(lf->lt->tu, name);
		g_free(name);
		e->ident = cursor_ident(lf->lt, ref);
		e->pi_tags = cursor_tags(lf->lt, ref).pi;
		set_type(lf, e, c);
		return e;
	}
	case CXCursor_FunctionDecl:
		e = func_ref(lf, c, ref);
		mark_address_taken(lf, e->ident);
		return e;
	case CXCursor_EnumConstantDecl: {
		e = node(lf, IR_E_NUMBER, c);
		char *name = cursor_spelling(ref);
		e->name = ir_intern(lf->lt->tu, name);
		g_free(name);
		e->value = clang_getEnumConstantDeclValue(ref);
		return e;
	}
	default:
		return node(lf, IR_E_UNKNOWN, c);
	}
}

static struct ir_expr *member(struct lower_fn *lf, CXCursor c, GArray *kids)
{
	struct ir_expr *e = node(lf, IR_E_FIELD, c);
	CXCursor field = clang_getCursorReferenced(c);
	char *name = cursor_spelling(field);
	e->name = ir_intern(lf->lt->tu, name);
	g_free(name);
	set_type(lf, e, c);
	if (clang_getCursorKind(field) == CXCursor_FieldDecl) {
		e->pi_tags = cursor_tags(lf->lt, field).pi;
		CXCursor rec = clang_getCursorSemanticParent(field);
		e->field_record = record_name(lf->lt, clang_getCursorType(rec));
	}
	if (kids->len) {
		CXCursor base = kid_at(kids, 0);
		CXType bt = clang_getCanonicalType(clang_getCursorType(base));
		e->arrow = bt.kind == CXType_Pointer;
		add_cursor(lf, e, base);
	} else {
		add(lf, e, node(lf, IR_E_UNKNOWN, c));
	}
	return e;
}

static struct ir_expr *call(struct lower_fn *lf, CXCursor c, GArray *kids)
{
	struct ir_expr *e = node(lf, IR_E_CALL, c);
	set_type(lf, e, c);
	CXCursor callee = clang_getCursorReferenced(c);
	if (clang_getCursorKind(callee) == CXCursor_FunctionDecl) {
		/* A direct call: its callee is not an address-taken use. */
		struct ir_expr *f = func_ref(lf, c, callee);
		e->name = f->name;
		e->ident = f->ident;
		e->text = f->type;
		add(lf, e, f);
	} else if (kids->len) {
		CXCursor target = kid_at(kids, 0);
		struct ir_expr *f = lower_expr(lf, target);
		CXType t = clang_getCanonicalType(clang_getCursorType(target));
		if (t.kind == CXType_Pointer)
			t = clang_getCanonicalType(clang_getPointeeType(t));
		e->text = type_name(lf->lt, t);
		add(lf, e, f);
	} else {
		add(lf, e, node(lf, IR_E_UNKNOWN, c));
	}
	int n = clang_Cursor_getNumArguments(c);
	for (int i = 0; i < n; i++)
		add_cursor(lf, e, clang_Cursor_getArgument(c, (unsigned)i));
	return e;
}

/* A string literal's bytes. libclang spells a StringLiteral cursor as the
 * whole literal, concatenations joined and escapes kept, also when it comes
 * from a macro; the evaluator does not handle string literals. */
static char *string_bytes(CXCursor c)
{
	char *sp = cursor_spelling(c);
	const char *q = strchr(sp, '"');
	size_t len = strlen(sp);
	char *bytes;
	if (q && len >= 2 && sp[len - 1] == '"' && q < sp + len - 1) {
		char *inner = g_strndup(q + 1, (gsize)(sp + len - 1 - (q + 1)));
		bytes = g_strcompress(inner);
		g_free(inner);
	} else {
		bytes = g_strdup("");
	}
	g_free(sp);
	return bytes;
}

static struct ir_expr *literal(struct lower_fn *lf, CXCursor c, enum CXCursorKind k)
{
	struct ir_expr *e;
	if (k == CXCursor_StringLiteral) {
		e = node(lf, IR_E_STRING, c);
		e->type = "char *";
		e->type_flags = IR_TF_KNOWN | IR_TF_POINTER | IR_TF_CHAR;
		char *bytes = string_bytes(c);
		e->text = ir_intern(lf->lt->tu, bytes);
		e->len = (uint32_t)strlen(bytes);
		g_free(bytes);
		if (e->len && !clang_Location_isInSystemHeader(clang_getCursorLocation(c))) {
			struct ir_literal *l = ir_alloc(lf->lt->tu, sizeof *l);
			l->text = e->text;
			l->len = e->len;
			l->loc = e->loc;
			g_ptr_array_add(lf->lt->tu->literals, l);
		}
		return e;
	}
	e = node(lf, IR_E_NUMBER, c);
	if (k == CXCursor_IntegerLiteral) {
		CXEvalResult r = clang_Cursor_Evaluate(c);
		if (r && clang_EvalResult_getKind(r) == CXEval_Int)
			e->value = clang_EvalResult_getAsLongLong(r);
		if (r)
			clang_EvalResult_dispose(r);
	}
	return e;
}

static struct ir_expr *init_list(struct lower_fn *lf, CXCursor c, GArray *kids)
{
	struct ir_expr *e = node(lf, IR_E_INITLIST, c);
	set_type(lf, e, c);
	for (unsigned i = 0; i < kids->len; i++) {
		CXCursor k = kid_at(kids, i);
		const char *designator = NULL;
		if (clang_getCursorKind(k) == CXCursor_UnexposedExpr) {
			/* .field = value arrives as an unexposed designated
			 * initializer: MemberRef..., value. */
			GArray *dk = cursor_children(k);
			if (dk->len >= 2 && clang_getCursorKind(kid_at(dk, 0)) == CXCursor_MemberRef) {
				char *name = cursor_spelling(kid_at(dk, 0));
				designator = ir_intern(lf->lt->tu, name);
				g_free(name);
				k = kid_at(dk, dk->len - 1);
			}
			g_array_free(dk, TRUE);
		}
		add_cursor(lf, e, k);
		e->names[e->nkids - 1] = designator;
	}
	return e;
}

/* ({ stmt; ...; value; }): the statements go into the CFG before the
 * expression that holds them, and the last one is the value. */
static struct ir_expr *stmt_expr(struct lower_fn *lf, CXCursor c, GArray *kids);

/* libclang exposes va_arg(ap, T) only as an unexposed expression over
 * the va_list: one whose operand is a va_list and whose own type is not
 * (the array-to-pointer decay of `ap` keeps __va_list_tag in its type).
 * Where va_list is a plain `char *` (i386) it stays unrecognised, and its
 * value is the list's, as before. */
static bool mentions_va_list(struct lower_tu *lt, CXType t)
{
	/* type_name remembers each canonical type's spelling: every
	 * implicit conversion is an unexposed expression asked this, and
	 * printing its type each time was a twentieth of lowering */
	return strstr(type_name(lt, t), "va_list") != NULL;
}

static bool is_va_arg(struct lower_tu *lt, CXCursor c, CXCursor operand)
{
	return clang_getCursorKind(operand) != CXCursor_TypeRef && mentions_va_list(lt, clang_getCursorType(operand)) &&
	       !mentions_va_list(lt, clang_getCursorType(c));
}

/* The va_list operand of a va_arg node: its first child, or its second
 * when the type is written with a typedef (`va_arg(ap, rw_fn)`), which
 * comes first as a TypeRef; under libclang 19 that node itself is then
 * reported as a TypeRef. Returns a null cursor when c is no va_arg. */
static CXCursor va_arg_operand(struct lower_tu *lt, CXCursor c, GArray *kids)
{
	enum CXCursorKind k = clang_getCursorKind(c);
	if ((k == CXCursor_UnexposedExpr || k == CXCursor_TypeRef) && kids->len >= 1) {
		unsigned i = clang_getCursorKind(g_array_index(kids, CXCursor, 0)) == CXCursor_TypeRef && kids->len >= 2;
		CXCursor op = g_array_index(kids, CXCursor, i);
		if (is_va_arg(lt, c, op))
			return op;
	}
	return clang_getNullCursor();
}

/* va_arg(op, T). Under `case K:` of a switch on a variable, outside the
 * case's loops, it is one of the key's values: how many the case reads
 * is set when the case ends (frontend_stmt.c, end_case). */
static struct ir_expr *va_arg_expr(struct lower_fn *lf, CXCursor c, CXCursor op)
{
	struct ir_expr *e = node(lf, IR_E_VA_ARG, c);
	set_type(lf, e, c);
	add_cursor(lf, e, op);
	const struct case_key *ck = &lf->case_key;
	if (ck->keyed && ck->reads && lf->continue_to->len == ck->loops) {
		e->value = ck->key;
		g_ptr_array_add(ck->reads, e);
	}
	return e;
}

static struct ir_expr *unknown(struct lower_fn *lf, CXCursor c, GArray *kids)
{
	struct ir_expr *e = node(lf, IR_E_UNKNOWN, c);
	set_type(lf, e, c);
	for (unsigned i = 0; i < kids->len; i++) {
		CXCursor k = kid_at(kids, i);
		if (clang_isExpression(clang_getCursorKind(k)))
			add_cursor(lf, e, k);
	}
	return e;
}

static struct ir_expr *unary(struct lower_fn *lf, CXCursor c, GArray *kids)
{
	if (!kids->len)
		return node(lf, IR_E_UNKNOWN, c);
	CXCursor operand = kid_at(kids, 0);
	enum ir_op op = unary_op(lf, c, operand);
	enum ir_expr_kind kind;
	switch (op) {
	case IR_OP_AND: kind = IR_E_ADDR; op = IR_OP_NONE; break;
	case IR_OP_MUL: kind = IR_E_DEREF; op = IR_OP_NONE; break;
	case IR_OP_LNOT: kind = IR_E_LOGICAL; break;
	case IR_OP_PREINC: case IR_OP_PREDEC: case IR_OP_POSTINC: case IR_OP_POSTDEC:
		kind = IR_E_INCDEC; break;
	default: kind = IR_E_UNARY; break;
	}
	struct ir_expr *e = node(lf, kind, c);
	e->op = op;
	set_type(lf, e, c);
	add_cursor(lf, e, operand);
	return e;
}

/* An lvalue of the binary expression's own type: a variable, a member, an
 * element or a dereference. */
static bool may_be_assigned(CXCursor bin, CXCursor lhs)
{
	CXCursor l = lhs;
	while (clang_getCursorKind(l) == CXCursor_ParenExpr || clang_getCursorKind(l) == CXCursor_UnexposedExpr) {
		GArray *k = cursor_children(l);
		bool one = k->len == 1;
		if (one)
			l = kid_at(k, 0);
		g_array_free(k, TRUE);
		if (!one)
			break;
	}
	enum CXCursorKind k = clang_getCursorKind(l);
	if (k != CXCursor_DeclRefExpr && k != CXCursor_MemberRefExpr && k != CXCursor_ArraySubscriptExpr &&
	    k != CXCursor_UnaryOperator)
		return false;
	if (k == CXCursor_DeclRefExpr && clang_getCursorKind(clang_getCursorReferenced(l)) != CXCursor_VarDecl &&
	    clang_getCursorKind(clang_getCursorReferenced(l)) != CXCursor_ParmDecl)
		return false;
	return clang_equalTypes(clang_getCanonicalType(clang_getCursorType(bin)),
				clang_getCanonicalType(clang_getCursorType(lhs)));
}

static struct ir_expr *binary(struct lower_fn *lf, CXCursor c, GArray *kids, bool compound)
{
	if (kids->len < 2)
		return unknown(lf, c, kids);
	CXCursor lhs = kid_at(kids, 0), rhs = kid_at(kids, 1);
	enum bin_form form = BIN_PLAIN;
	enum ir_op op = binary_op_form(lf, c, lhs, rhs, &form);
	enum ir_expr_kind kind;
	/* An operator libclang did not tell (before LLVM 15, inside a macro
	 * body: glibc's tolower at -O2 assigns `__res = ...` in its
	 * statement expression) whose value nobody uses is an assignment (or
	 * a comma): `x + y;` alone does nothing. When its left side can be
	 * assigned and has its type, it is taken for one that keeps the old
	 * value as well, which is never less than either form. */
	if (!compound && form == BIN_PLAIN && op == IR_OP_NONE && clang_equalCursors(c, lf->discarded) &&
	    may_be_assigned(c, lhs)) {
		form = BIN_ASSIGN;
		op = IR_OP_OR;
	}
	if (compound || form == BIN_ASSIGN) {
		kind = IR_E_ASSIGN;
	} else if (form == BIN_COMMA) {
		kind = IR_E_COMMA;
	} else {
		switch (op) {
		case IR_OP_EQ: case IR_OP_NE: case IR_OP_LT: case IR_OP_GT:
		case IR_OP_LE: case IR_OP_GE:
			kind = IR_E_COMPARE; break;
		case IR_OP_LAND: case IR_OP_LOR:
			kind = IR_E_LOGICAL; break;
		default:
			kind = IR_E_BINARY; break;
		}
	}
	/* A compound assignment whose operator we cannot see must still
	 * keep the target's old value: any arithmetic operator does. */
	if (compound && op == IR_OP_NONE)
		op = IR_OP_ADD;
	struct ir_expr *e = node(lf, kind, c);
	e->op = op;
	set_type(lf, e, c);
	add_cursor(lf, e, lhs);
	add_cursor(lf, e, rhs);
	return e;
}

/* offsetof(T, m), seen as a TypeRef and one MemberRef and nothing else
 * (a path `a.b` or an index is not followed): a number that names m. */
static struct ir_expr *offsetof_expr(struct lower_fn *lf, CXCursor c, GArray *kids)
{
	const char *name = NULL;
	unsigned members = 0;
	for (unsigned i = 0; i < kids->len; i++) {
		CXCursor k = kid_at(kids, i);
		enum CXCursorKind kk = clang_getCursorKind(k);
		if (kk == CXCursor_TypeRef)
			continue;
		if (kk != CXCursor_MemberRef)
			return NULL;
		members++;
		char *s = cursor_spelling(k);
		name = ir_intern(lf->lt->tu, s);
		g_free(s);
	}
	if (members != 1)
		return NULL;
	struct ir_expr *e = node(lf, IR_E_SIZEOF, c);
	e->op = IR_OP_OFFSETOF;
	e->type = "unsigned long";
	e->type_flags = IR_TF_KNOWN;
	e->name = name;
	return e;
}

static struct ir_expr *lower_expr_at(struct lower_fn *lf, CXCursor c);

struct ir_expr *lower_expr(struct lower_fn *lf, CXCursor c)
{
	struct lower_tu *lt = lf->lt;
	if (lt->depth >= LOWER_DEPTH_MAX) {
		if (!lt->too_deep) {
			struct ir_loc at = cursor_loc(lt, c);
			char *msg = g_strdup_printf("%s:%u: an expression nests deeper than %u levels; "
						    "it was not analysed", at.file ? at.file : "?", at.line,
						    LOWER_DEPTH_MAX);
			g_ptr_array_add(lt->tu->fatal_errors, (gpointer)ir_intern(lt->tu, msg));
			g_free(msg);
		}
		lt->too_deep = true;
		return node(lf, IR_E_UNKNOWN, c);
	}
	lt->depth++;
	struct ir_expr *e = lower_expr_at(lf, c);
	lt->depth--;
	return e;
}

static struct ir_expr *lower_expr_at(struct lower_fn *lf, CXCursor c)
{
	enum CXCursorKind k = clang_getCursorKind(c);
	struct ir_expr *e;
	switch (k) {
	case CXCursor_IntegerLiteral:
	case CXCursor_FloatingLiteral:
	case CXCursor_ImaginaryLiteral:
	case CXCursor_CharacterLiteral:
	case CXCursor_StringLiteral:
		return literal(lf, c, k);
	case CXCursor_DeclRefExpr:
		return decl_ref(lf, c);
	default:
		break;
	}

	GArray *kids = cursor_children(c);
	CXCursor va_list_op = va_arg_operand(lf->lt, c, kids);
	if (!clang_Cursor_isNull(va_list_op)) {
		e = va_arg_expr(lf, c, va_list_op);
		g_array_free(kids, TRUE);
		return e;
	}
	switch (k) {
	case CXCursor_ParenExpr:
	case CXCursor_UnexposedExpr:
		if (kids->len == 1) {
			e = lower_expr(lf, kid_at(kids, 0));
			break;
		}
		/* offsetof(T, m) is exposed only as its TypeRef and MemberRef: a
		 * number, and the m that lets container_of (`(T *)((char *)p -
		 * offsetof(T, m))`) find the record p is the member m of */
		if (k == CXCursor_UnexposedExpr && (e = offsetof_expr(lf, c, kids)))
			break;
		e = unknown(lf, c, kids);
		break;
	case CXCursor_MemberRefExpr:
		e = member(lf, c, kids);
		break;
	case CXCursor_CallExpr:
		e = call(lf, c, kids);
		break;
	case CXCursor_ArraySubscriptExpr:
		e = node(lf, IR_E_INDEX, c);
		set_type(lf, e, c);
		for (unsigned i = 0; i < kids->len && i < 2; i++)
			add_cursor(lf, e, kid_at(kids, i));
		break;
	case CXCursor_UnaryOperator:
		e = unary(lf, c, kids);
		break;
	case CXCursor_UnaryExpr:
		/* sizeof, _Alignof: a number made from a type */
		e = node(lf, IR_E_SIZEOF, c);
		e->op = IR_OP_SIZEOF;
		e->type = "unsigned long";
		e->type_flags = IR_TF_KNOWN;
		break;
	case CXCursor_BinaryOperator:
		e = binary(lf, c, kids, false);
		break;
	case CXCursor_CompoundAssignOperator:
		e = binary(lf, c, kids, true);
		break;
	case CXCursor_ConditionalOperator:
		e = node(lf, IR_E_COND, c);
		set_type(lf, e, c);
		for (unsigned i = 0; i < kids->len; i++)
			add_cursor(lf, e, kid_at(kids, i));
		break;
	case CXCursor_CStyleCastExpr:
		e = node(lf, IR_E_CAST, c);
		set_type(lf, e, c);
		for (unsigned i = kids->len; i-- > 0;) {
			CXCursor kc = kid_at(kids, i);
			if (clang_isExpression(clang_getCursorKind(kc))) {
				add_cursor(lf, e, kc);
				break;
			}
		}
		if (!e->nkids)
			add(lf, e, node(lf, IR_E_UNKNOWN, c));
		break;
	case CXCursor_InitListExpr:
		e = init_list(lf, c, kids);
		break;
	case CXCursor_CompoundLiteralExpr:
		if (kids->len) {
			e = lower_expr(lf, kid_at(kids, kids->len - 1));
			set_type(lf, e, c);
		} else {
			e = unknown(lf, c, kids);
		}
		break;
	case CXCursor_StmtExpr:
		e = stmt_expr(lf, c, kids);
		break;
	default:
		e = unknown(lf, c, kids);
		break;
	}
	g_array_free(kids, TRUE);
	return e;
}

static struct ir_expr *stmt_expr(struct lower_fn *lf, CXCursor c, GArray *kids)
{
	if (!lf->fn || kids->len != 1 || clang_getCursorKind(kid_at(kids, 0)) != CXCursor_CompoundStmt)
		return unknown(lf, c, kids);
	GArray *stmts = cursor_children(kid_at(kids, 0));
	struct ir_expr *value = NULL;
	for (unsigned i = 0; i < stmts->len; i++) {
		CXCursor s = kid_at(stmts, i);
		if (i + 1 == stmts->len && clang_isExpression(clang_getCursorKind(s)))
			value = lower_expr(lf, s);
		else
			lower_stmt(lf, s);
	}
	g_array_free(stmts, TRUE);
	if (!value) {
		value = node(lf, IR_E_UNKNOWN, c);
		set_type(lf, value, c);
	}
	return value;
}
