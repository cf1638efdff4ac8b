/* SPDX-License-Identifier: Apache-2.0 */
/* frontend_int.h - shared between the frontend's files; nothing outside
 * frontend*.c includes it (it is the only way in to libclang). */
#ifndef PITRACE_FRONTEND_INT_H
#define PITRACE_FRONTEND_INT_H

#include <clang-c/Index.h>

#include "frontend.h"
#include "ir.h"

/* Raw tokens of a function's text, for the operators libclang < 17 does not
 * expose. Offsets are computed lazily: most functions need few of them. */
/* A function's or initializer's tokens, read on the first question: with
 * libclang 17 or later only a for header with parts missing asks, and
 * tokenizing every definition cost a twentieth of the lowering. */
struct token_index {
	CXTranslationUnit tu;
	CXSourceRange range;
	bool loaded;
	CXToken *tokens;
	unsigned ntokens;
	unsigned *offsets;	/* UINT_MAX until computed */
	CXFile file;
};

/* The state of lowering one TU. */
struct lower_tu {
	CXTranslationUnit ctu;
	struct ir_tu *tu;
	GHashTable *file_names;	/* CXFile -> interned name */
	GHashTable *records_seen;	/* interned record name -> itself */
	GHashTable *globals_seen;	/* interned ident -> struct ir_global * */
	GHashTable *decls_seen;	/* interned ident -> itself */
	GHashTable *type_names;	/* canonical type (CXType data[0]) -> interned
				 * spelling: printing a type is a large part of
				 * lowering, and a TU names few types many times */
	CXFile main_file;
	/* A header's static functions are lowered only when the TU's own
	 * code names them (lower_deferred): the interned identities of the
	 * functions lowered code names, and the definitions waiting, each
	 * with the place it keeps in tu->funcs */
	GHashTable *referenced;
	GArray *deferred;	/* struct deferred_function */
	unsigned depth;		/* lower_expr's nesting right now */
	bool too_deep;		/* LOWER_DEPTH_MAX was reached (reported once) */
};

/* How deep lower_expr may nest. Lowering recurses with the AST; pitrace
 * runs every TU on a thread with PARSE_POOL_STACK_SIZE of stack (parse_pool.h),
 * which holds this depth with room to spare (a 12,000-term sum is 12,000
 * levels). Deeper is a problem of the TU, not a crash of the run. */
#define LOWER_DEPTH_MAX 100000

/* The state of lowering one function. */
/* The case a statement is under, when its switch tests a variable
 * (`switch (name)` after `name = va_arg(ap, int)`): the va_arg reads
 * there, outside any loop of the case, are the values that follow the key
 * (IR_E_VA_ARG keyed). Saved and restored whole around a nested switch. */
struct case_key {
	bool switch_on_var;
	bool keyed;
	long long key;
	unsigned loops;		/* continue_to's depth at the label */
	GPtrArray *reads;	/* struct ir_expr *: this case's va_arg reads */
};

struct lower_fn {
	struct lower_tu *lt;
	struct ir_func *fn;
	unsigned cur;		/* current block; NO_BLOCK after a jump */
	GArray *var_cursors;	/* CXCursor per var, for lookup */
	GHashTable *var_by_hash;	/* clang_hashCursor -> GSList of var index+1 */
	GHashTable *labels;	/* label name -> block index + 1 */
	GArray *break_to, *continue_to;	/* unsigned block stacks */
	GArray *switch_heads;	/* unsigned: the block holding the switch test */
	GArray *switch_default;	/* bool: that switch has a default label */
	struct case_key case_key;
	struct token_index tokens;
	CXCursor discarded;	/* the expression lowered as a statement, whose
				 * value nobody uses (frontend_expr.c binary) */
};

#define NO_BLOCK (~0u)

/* frontend.c */
struct ir_loc lower_loc(struct lower_tu *lt, CXSourceLocation where);
struct ir_loc cursor_loc(struct lower_tu *lt, CXCursor c);
/* The file c's expansion location is in, when that is not the TU's main
 * file (a header); else NULL. */
const char *cursor_header(struct lower_tu *lt, CXCursor c);
struct ir_tags cursor_tags(struct lower_tu *lt, CXCursor c);
const char *cursor_ident(struct lower_tu *lt, CXCursor decl);
enum ir_type_class type_class(CXType t);
unsigned type_flags(struct lower_tu *lt, CXType t);
unsigned type_flags_decayed(unsigned flags);
const char *type_record(struct lower_tu *lt, CXType t);
const char *record_name(struct lower_tu *lt, CXType rec);
const char *type_name(struct lower_tu *lt, CXType t);
GArray *cursor_children(CXCursor c);	/* of CXCursor; free with g_array_free */
char *cursor_spelling(CXCursor c);	/* g_free */
void lower_record(struct lower_tu *lt, CXCursor rec);

/* frontend_stmt.c */
void lower_function(struct lower_tu *lt, CXCursor fn);
int lower_var_index(struct lower_fn *lf, CXCursor decl);
void lower_stmt(struct lower_fn *lf, CXCursor c);

/* frontend_expr.c */
struct ir_expr *lower_expr(struct lower_fn *lf, CXCursor c);

/* frontend_ops.c */
void tokens_init(struct token_index *ti, CXTranslationUnit tu, CXCursor fn);
void tokens_dispose(struct token_index *ti);
enum ir_op unary_op(struct lower_fn *lf, CXCursor c, CXCursor operand);
enum bin_form { BIN_PLAIN, BIN_ASSIGN, BIN_COMMA };
enum ir_op binary_op_form(struct lower_fn *lf, CXCursor c, CXCursor lhs, CXCursor rhs,
			  enum bin_form *form);
bool for_header_parts(struct lower_fn *lf, CXCursor c, GArray *kids,
		      int *init, int *cond, int *inc);

#endif
