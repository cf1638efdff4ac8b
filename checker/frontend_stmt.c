/* SPDX-License-Identifier: Apache-2.0 */
/* frontend_stmt.c - lower a function body's statements into a control-flow
 * graph. Blocks are created as the statements are met; a jump leaves the
 * current block closed (NO_BLOCK), and code after it that no label reaches
 * is lowered into a fresh block nobody jumps to. */
#include <string.h>

#include "frontend_int.h"

static struct ir_loc loc_of(struct lower_fn *lf, CXCursor c)
{
	return cursor_loc(lf->lt, c);
}

static unsigned new_block(struct lower_fn *lf)
{
	return ir_block_new(lf->lt->tu, lf->fn);
}

static void edge(struct lower_fn *lf, unsigned from, unsigned to)
{
	if (from != NO_BLOCK)
		ir_block_add_succ(lf->lt->tu, lf->fn, from, to);
}

/* The block statements go into now; reopens one if the last jumped away. */
static unsigned current(struct lower_fn *lf)
{
	if (lf->cur == NO_BLOCK)
		lf->cur = new_block(lf);
	return lf->cur;
}

static void emit(struct lower_fn *lf, enum ir_stmt_kind kind, struct ir_expr *e, struct ir_loc loc)
{
	ir_block_add_stmt(lf->lt->tu, lf->fn, current(lf), kind, e, loc);
}

static unsigned label_block(struct lower_fn *lf, const char *name)
{
	gpointer v = g_hash_table_lookup(lf->labels, name);
	if (v)
		return GPOINTER_TO_UINT(v) - 1;
	unsigned b = new_block(lf);
	g_hash_table_insert(lf->labels, (gpointer)ir_intern(lf->lt->tu, name), GUINT_TO_POINTER(b + 1));
	return b;
}

/* A parameter declared as an array is a pointer ("char s[][19]" is
 * "char (*)[19]"); libclang spells it as written. */
static const char *decayed(struct lower_tu *lt, const char *type)
{
	const char *open = strchr(type, '[');
	const char *close = open ? strchr(open, ']') : NULL;
	if (!open || !close || strstr(type, "(*"))
		return type;
	GString *s = g_string_new_len(type, open - type);
	while (s->len && s->str[s->len - 1] == ' ')
		g_string_truncate(s, s->len - 1);
	if (close[1])
		g_string_append_printf(s, " (*)%s", close + 1);
	else
		g_string_append(s, " *");
	const char *r = ir_intern(lt->tu, s->str);
	g_string_free(s, TRUE);
	return r;
}

static unsigned add_var(struct lower_fn *lf, CXCursor decl, enum ir_var_kind kind, int param)
{
	struct ir_func *fn = lf->fn;
	struct ir_tu *tu = lf->lt->tu;
	/* Two slots first, then double: most functions have few variables,
	 * and a generated TU has tens of thousands of functions. */
	unsigned cap = fn->nvars <= 2 ? 2 : 1u << g_bit_storage(fn->nvars - 1);
	if (fn->nvars == 0 || fn->nvars == cap) {
		unsigned ncap = fn->nvars == 0 ? 2 : cap * 2;
		struct ir_var *nv = ir_alloc(tu, ncap * sizeof *nv);
		if (fn->nvars)
			memcpy(nv, fn->vars, fn->nvars * sizeof *nv);
		fn->vars = nv;
	}
	struct ir_var *v = &fn->vars[fn->nvars];
	char *name = cursor_spelling(decl);
	v->name = ir_intern(tu, name);
	g_free(name);
	CXType t = clang_getCursorType(decl);
	v->type = type_name(lf->lt, t);
	v->type_flags = type_flags(lf->lt, t);
	if (kind == IR_VAR_PARAM) {
		v->type = decayed(lf->lt, v->type);
		v->type_flags = type_flags_decayed(v->type_flags);
	}
	v->record = type_record(lf->lt, t);
	v->type_class = type_class(t);
	v->kind = kind;
	v->param_index = param;
	v->is_static = kind == IR_VAR_LOCAL && clang_Cursor_getStorageClass(decl) == CX_SC_Static;
	v->tags = cursor_tags(lf->lt, decl);
	v->loc = loc_of(lf, decl);
	g_array_append_val(lf->var_cursors, decl);
	unsigned hash = clang_hashCursor(decl);
	GSList *l = g_hash_table_lookup(lf->var_by_hash, GUINT_TO_POINTER(hash));
	l = g_slist_prepend(l, GUINT_TO_POINTER(fn->nvars + 1));
	g_hash_table_insert(lf->var_by_hash, GUINT_TO_POINTER(hash), l);
	return fn->nvars++;
}

int lower_var_index(struct lower_fn *lf, CXCursor decl)
{
	if (!lf->var_by_hash)
		return -1;
	GSList *l = g_hash_table_lookup(lf->var_by_hash, GUINT_TO_POINTER(clang_hashCursor(decl)));
	for (; l; l = l->next) {
		unsigned i = GPOINTER_TO_UINT(l->data) - 1;
		if (clang_equalCursors(g_array_index(lf->var_cursors, CXCursor, i), decl))
			return (int)i;
	}
	return -1;
}



static struct ir_expr *var_ref(struct lower_fn *lf, unsigned var, struct ir_loc loc)
{
	struct ir_expr *e = ir_expr_new(lf->lt->tu, IR_E_VAR, loc);
	struct ir_var *v = &lf->fn->vars[var];
	e->var = (int)var;
	e->name = v->name;
	e->type = v->type;
	e->type_flags = v->type_flags;
	e->record = v->record;
	return e;
}

static void lower_var_decl(struct lower_fn *lf, CXCursor d)
{
	unsigned var = add_var(lf, d, IR_VAR_LOCAL, -1);
	CXCursor init = clang_Cursor_getVarDeclInitializer(d);
	if (clang_Cursor_isNull(init))
		return;
	struct ir_loc loc = loc_of(lf, d);
	struct ir_expr *a = ir_expr_new(lf->lt->tu, IR_E_ASSIGN, loc);
	ir_expr_add_kid(lf->lt->tu, a, var_ref(lf, var, loc));
	ir_expr_add_kid(lf->lt->tu, a, lower_expr(lf, init));
	a->type = lf->fn->vars[var].type;
	a->type_flags = lf->fn->vars[var].type_flags;
	emit(lf, IR_S_EXPR, a, loc);
}

static void lower_children(struct lower_fn *lf, CXCursor c)
{
	GArray *kids = cursor_children(c);
	for (unsigned i = 0; i < kids->len; i++)
		lower_stmt(lf, g_array_index(kids, CXCursor, i));
	g_array_free(kids, TRUE);
}

/* Lowers cond into the current block and branches: succ[0] when it holds. */
static void branch(struct lower_fn *lf, CXCursor cond, unsigned yes, unsigned no)
{
	/* The condition first: a statement expression in it may open blocks. */
	struct ir_expr *e = lower_expr(lf, cond);
	unsigned b = current(lf);
	lf->fn->blocks[b].cond = e;
	edge(lf, b, yes);
	edge(lf, b, no);
	lf->cur = NO_BLOCK;
}

static void jump(struct lower_fn *lf, unsigned to)
{
	edge(lf, lf->cur, to);
	lf->cur = NO_BLOCK;
}

static void push(GArray *stack, unsigned b)
{
	g_array_append_val(stack, b);
}

static unsigned top(GArray *stack)
{
	return stack->len ? g_array_index(stack, unsigned, stack->len - 1) : NO_BLOCK;
}

static void pop(GArray *stack)
{
	g_array_set_size(stack, stack->len - 1);
}

static void lower_if(struct lower_fn *lf, GArray *kids)
{
	unsigned then_b = new_block(lf), join = new_block(lf);
	unsigned else_b = kids->len > 2 ? new_block(lf) : join;
	branch(lf, g_array_index(kids, CXCursor, 0), then_b, else_b);
	lf->cur = then_b;
	if (kids->len > 1)
		lower_stmt(lf, g_array_index(kids, CXCursor, 1));
	jump(lf, join);
	if (kids->len > 2) {
		lf->cur = else_b;
		lower_stmt(lf, g_array_index(kids, CXCursor, 2));
		jump(lf, join);
	}
	lf->cur = join;
}

static void lower_loop(struct lower_fn *lf, CXCursor cond, CXCursor body, bool cond_first,
		       CXCursor inc)
{
	unsigned head = new_block(lf), body_b = new_block(lf), next = new_block(lf);
	unsigned step = clang_Cursor_isNull(inc) ? head : new_block(lf);
	if (cond_first) {
		jump(lf, head);
	} else {
		jump(lf, body_b);
	}
	lf->cur = head;
	if (clang_Cursor_isNull(cond))
		jump(lf, body_b);
	else
		branch(lf, cond, body_b, next);
	push(lf->break_to, next);
	push(lf->continue_to, step);
	lf->cur = body_b;
	if (!clang_Cursor_isNull(body))
		lower_stmt(lf, body);
	jump(lf, step);
	pop(lf->break_to);
	pop(lf->continue_to);
	if (step != head) {
		lf->cur = step;
		lf->discarded = inc;
		struct ir_expr *e = lower_expr(lf, inc);
		lf->discarded = clang_getNullCursor();
		emit(lf, IR_S_EXPR, e, e->loc);
		jump(lf, head);
	}
	lf->cur = next;
}

static void lower_for(struct lower_fn *lf, CXCursor c, GArray *kids)
{
	int init = -1, cond = -1, inc = -1;
	for_header_parts(lf, c, kids, &init, &cond, &inc);
	if (init >= 0)
		lower_stmt(lf, g_array_index(kids, CXCursor, init));
	CXCursor none = clang_getNullCursor();
	lower_loop(lf, cond >= 0 ? g_array_index(kids, CXCursor, cond) : none,
		   kids->len ? g_array_index(kids, CXCursor, kids->len - 1) : none, true,
		   inc >= 0 ? g_array_index(kids, CXCursor, inc) : none);
}

/* A keyed case's reads are its key's values: each read learns how many
 * there are (IR_E_VA_ARG keyed), once the next label shows where the
 * case ends. */
static void end_case(struct lower_fn *lf)
{
	GPtrArray *reads = lf->case_key.reads;
	for (unsigned i = 0; i < reads->len && reads->len <= IR_KEYED_MAX; i++) {
		struct ir_expr *e = reads->pdata[i];
		e->keyed = (uint16_t)reads->len;
		e->keyed_nth = (uint16_t)(i + 1);
	}
	g_ptr_array_set_size(reads, 0);
}

static void lower_switch(struct lower_fn *lf, GArray *kids)
{
	if (kids->len < 2)
		return;
	struct ir_expr *test = lower_expr(lf, g_array_index(kids, CXCursor, 0));
	const struct ir_expr *plain = ir_strip_casts(test);
	struct case_key outer = lf->case_key;
	lf->case_key = (struct case_key){
		.switch_on_var = plain && plain->kind == IR_E_VAR,
		.reads = g_ptr_array_new(),
	};
	unsigned head = current(lf), next = new_block(lf);
	lf->fn->blocks[head].cond = test;
	lf->cur = NO_BLOCK;
	push(lf->break_to, next);
	push(lf->switch_heads, head);
	bool saw_default = false;
	g_array_append_val(lf->switch_default, saw_default);
	lower_stmt(lf, g_array_index(kids, CXCursor, kids->len - 1));
	jump(lf, next);
	/* Without a default label, the test can skip every case. */
	if (!g_array_index(lf->switch_default, bool, lf->switch_default->len - 1))
		ir_block_add_case(lf->lt->tu, lf->fn, head, next, IR_CASE_DEFAULT, 0);
	g_array_set_size(lf->switch_default, lf->switch_default->len - 1);
	pop(lf->switch_heads);
	pop(lf->break_to);
	lf->cur = next;
	end_case(lf);
	g_ptr_array_free(lf->case_key.reads, TRUE);
	lf->case_key = outer;
}

/* The label of the edge from a switch to case c: its value when clang
 * can evaluate it to one number (an enumerator, a macro), the default, or
 * neither (a GNU range `case 1 ... 5:`). */
static struct ir_case case_label(CXCursor c, GArray *kids)
{
	if (clang_getCursorKind(c) == CXCursor_DefaultStmt)
		return (struct ir_case){ .kind = IR_CASE_DEFAULT };
	struct ir_case k = { .kind = IR_CASE_OTHER };
	if (clang_getCursorKind(c) != CXCursor_CaseStmt || kids->len != 2)
		return k;
	CXEvalResult r = clang_Cursor_Evaluate(g_array_index(kids, CXCursor, 0));
	if (r && clang_EvalResult_getKind(r) == CXEval_Int)
		k = (struct ir_case){ .kind = IR_CASE_VALUE, .value = clang_EvalResult_getAsLongLong(r) };
	if (r)
		clang_EvalResult_dispose(r);
	return k;
}

static void lower_case(struct lower_fn *lf, CXCursor c, GArray *kids)
{
	bool falls_in = lf->cur != NO_BLOCK;
	unsigned b = new_block(lf);
	jump(lf, b);	/* fall through from the previous case */
	struct ir_case label = case_label(c, kids);
	if (top(lf->switch_heads) != NO_BLOCK)
		ir_block_add_case(lf->lt->tu, lf->fn, top(lf->switch_heads), b, label.kind, label.value);
	lf->cur = b;
	/* The statements up to the next label are under this key; a case
	 * label's only child is its first statement, the rest are its
	 * siblings, so the key stays set until the next label. A case the
	 * previous one falls into reads that one's values too, after its
	 * own: its reads are left unkeyed. */
	end_case(lf);
	struct case_key *ck = &lf->case_key;
	ck->keyed = false;
	ck->loops = lf->continue_to->len;
	if (ck->switch_on_var && !falls_in && label.kind == IR_CASE_VALUE) {
		ck->keyed = true;
		ck->key = label.value;
	}
	/* CaseStmt: value [, GNU range end], statement; DefaultStmt: statement */
	if (kids->len && clang_getCursorKind(c) == CXCursor_CaseStmt && kids->len >= 2)
		lower_stmt(lf, g_array_index(kids, CXCursor, kids->len - 1));
	else if (clang_getCursorKind(c) == CXCursor_DefaultStmt) {
		g_array_index(lf->switch_default, bool, lf->switch_default->len - 1) = true;
		if (kids->len)
			lower_stmt(lf, g_array_index(kids, CXCursor, kids->len - 1));
	}
}

void lower_stmt(struct lower_fn *lf, CXCursor c)
{
	enum CXCursorKind k = clang_getCursorKind(c);
	if (clang_isExpression(k)) {
		lf->discarded = c;
		struct ir_expr *e = lower_expr(lf, c);
		lf->discarded = clang_getNullCursor();
		emit(lf, IR_S_EXPR, e, e->loc);
		return;
	}
	GArray *kids = NULL;
	switch (k) {
	case CXCursor_CompoundStmt:
		lower_children(lf, c);
		return;
	case CXCursor_DeclStmt:
		kids = cursor_children(c);
		for (unsigned i = 0; i < kids->len; i++) {
			CXCursor d = g_array_index(kids, CXCursor, i);
			enum CXCursorKind dk = clang_getCursorKind(d);
			if (dk == CXCursor_VarDecl)
				lower_var_decl(lf, d);
			else if (dk == CXCursor_StructDecl || dk == CXCursor_UnionDecl)
				lower_record(lf->lt, d);
		}
		break;
	case CXCursor_IfStmt:
		kids = cursor_children(c);
		if (kids->len)
			lower_if(lf, kids);
		break;
	case CXCursor_WhileStmt:
		kids = cursor_children(c);
		if (kids->len >= 2)
			lower_loop(lf, g_array_index(kids, CXCursor, 0),
				   g_array_index(kids, CXCursor, 1), true, clang_getNullCursor());
		break;
	case CXCursor_DoStmt:
		kids = cursor_children(c);
		if (kids->len >= 2)
			lower_loop(lf, g_array_index(kids, CXCursor, 1),
				   g_array_index(kids, CXCursor, 0), false, clang_getNullCursor());
		break;
	case CXCursor_ForStmt:
		kids = cursor_children(c);
		lower_for(lf, c, kids);
		break;
	case CXCursor_SwitchStmt:
		kids = cursor_children(c);
		lower_switch(lf, kids);
		break;
	case CXCursor_CaseStmt:
	case CXCursor_DefaultStmt:
		kids = cursor_children(c);
		if (top(lf->switch_heads) == NO_BLOCK) {
			/* a case label outside a switch: clang already said so */
			if (kids->len)
				lower_stmt(lf, g_array_index(kids, CXCursor, kids->len - 1));
		} else {
			lower_case(lf, c, kids);
		}
		break;
	case CXCursor_BreakStmt:
		if (top(lf->break_to) != NO_BLOCK)
			jump(lf, top(lf->break_to));
		break;
	case CXCursor_ContinueStmt:
		if (top(lf->continue_to) != NO_BLOCK)
			jump(lf, top(lf->continue_to));
		break;
	case CXCursor_ReturnStmt: {
		kids = cursor_children(c);
		struct ir_expr *e = kids->len ? lower_expr(lf, g_array_index(kids, CXCursor, 0)) : NULL;
		emit(lf, IR_S_RETURN, e, loc_of(lf, c));
		lf->cur = NO_BLOCK;
		break;
	}
	case CXCursor_GotoStmt: {
		kids = cursor_children(c);
		if (kids->len) {
			char *name = cursor_spelling(g_array_index(kids, CXCursor, 0));
			jump(lf, label_block(lf, name));
			g_free(name);
		} else {
			lf->cur = NO_BLOCK;
		}
		break;
	}
	case CXCursor_IndirectGotoStmt:
		/* goto *p: any label may follow; labels are kept reachable
		 * from the entry below, which over-approximates it. */
		lf->cur = NO_BLOCK;
		break;
	case CXCursor_LabelStmt: {
		char *name = cursor_spelling(c);
		unsigned b = label_block(lf, name);
		g_free(name);
		jump(lf, b);
		lf->cur = b;
		lower_children(lf, c);
		break;
	}
	default:
		/* NullStmt, asm, and declarations of types inside bodies:
		 * nothing the analysis follows; but walk nested statements of
		 * constructs we do not know so no call is lost. */
		if (k != CXCursor_NullStmt && k != CXCursor_AsmStmt && k != CXCursor_GCCAsmStmt &&
		    k != CXCursor_MSAsmStmt && clang_isStatement(k))
			lower_children(lf, c);
		break;
	}
	if (kids)
		g_array_free(kids, TRUE);
}

static void free_slist(gpointer p)
{
	g_slist_free(p);
}

static enum CXChildVisitResult find_body(CXCursor c, CXCursor parent, CXClientData data)
{
	(void)parent;
	if (clang_getCursorKind(c) == CXCursor_CompoundStmt) {
		*(CXCursor *)data = c;
		return CXChildVisit_Break;
	}
	return CXChildVisit_Continue;
}

void lower_function(struct lower_tu *lt, CXCursor c)
{
	struct ir_tu *tu = lt->tu;
	struct ir_func *fn = ir_alloc(tu, sizeof *fn);
	char *name = cursor_spelling(c);
	fn->name = ir_intern(tu, name);
	g_free(name);
	fn->ident = cursor_ident(lt, c);
	fn->is_static = clang_getCursorLinkage(c) == CXLinkage_Internal;
	CXType ft = clang_getCursorType(c);
	fn->is_variadic = clang_isFunctionTypeVariadic(ft);
	fn->ret_type = type_name(lt, clang_getResultType(ft));
	fn->fn_type = type_name(lt, ft);
	fn->tags = cursor_tags(lt, c);
	fn->loc = cursor_loc(lt, c);
	fn->in_header = cursor_header(lt, c) != NULL;

	struct lower_fn lf = {
		.lt = lt,
		.fn = fn,
		.cur = NO_BLOCK,
		.var_cursors = g_array_new(FALSE, FALSE, sizeof(CXCursor)),
		.var_by_hash = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, free_slist),
		.labels = g_hash_table_new(g_str_hash, g_str_equal),
		.break_to = g_array_new(FALSE, FALSE, sizeof(unsigned)),
		.continue_to = g_array_new(FALSE, FALSE, sizeof(unsigned)),
		.switch_heads = g_array_new(FALSE, FALSE, sizeof(unsigned)),
		.switch_default = g_array_new(FALSE, FALSE, sizeof(bool)),
	};
	int nargs = clang_Cursor_getNumArguments(c);
	for (int i = 0; i < nargs; i++)
		add_var(&lf, clang_Cursor_getArgument(c, (unsigned)i), IR_VAR_PARAM, i);
	fn->nparams = fn->nvars;

	CXCursor body = clang_getNullCursor();
	clang_visitChildren(c, find_body, &body);
	tokens_init(&lf.tokens, lt->ctu, c);
	lf.cur = new_block(&lf);
	if (!clang_Cursor_isNull(body))
		lower_stmt(&lf, body);
	tokens_dispose(&lf.tokens);

	g_array_free(lf.var_cursors, TRUE);
	g_hash_table_destroy(lf.var_by_hash);
	g_hash_table_destroy(lf.labels);
	g_array_free(lf.break_to, TRUE);
	g_array_free(lf.continue_to, TRUE);
	g_array_free(lf.switch_heads, TRUE);
	g_array_free(lf.switch_default, TRUE);
	g_ptr_array_add(tu->funcs, fn);
}
