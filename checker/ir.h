/* SPDX-License-Identifier: Apache-2.0 */
/* ir.h - the analysis IR: what the engine sees of a translation unit.
 *
 * Plain C structs with no libclang types, so that the engine, the cache and
 * the tests never touch libclang. One struct ir_tu owns everything reachable
 * from it: nodes come from its arena and strings from its string chunk, and
 * ir_tu_free() releases all of it at once.
 *
 * A function body is a control-flow graph of blocks. A block holds a list of
 * statements, each an expression tree evaluated in order; a block ends with
 * its successors and, when it branches, the condition. Expressions keep the
 * distinctions the analysis needs: comparisons, logical operators and sizeof
 * are separate kinds because they make non-PI values out of PI.
 */
#ifndef PITRACE_IR_H
#define PITRACE_IR_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include <glib.h>

/* A source position. file is interned in the TU's string chunk. */
struct ir_loc {
	const char *file;
	unsigned line, col;
};

/* Annotations read from __attribute__((annotate(...))), as masks over the
 * enums of pi.h. */
struct ir_tags {
	unsigned pi;		/* bit per enum pi_category */
	unsigned sanitizer;	/* enum pi_protection bits */
	unsigned sink;		/* bit per enum sink_kind */
};

enum ir_expr_kind {
	IR_E_VAR,	/* local or parameter: var */
	IR_E_GLOBAL,	/* global variable: name is its link identity */
	IR_E_FUNC,	/* a function used as a value: name is its identity */
	IR_E_FIELD,	/* kids[0].name or kids[0]->name (arrow) */
	IR_E_DEREF,	/* *kids[0] */
	IR_E_ADDR,	/* &kids[0] */
	IR_E_INDEX,	/* kids[0][kids[1]] */
	IR_E_CALL,	/* kids[0](kids[1..]); name and ident set when the callee is direct */
	IR_E_ASSIGN,	/* kids[0] = kids[1]; op is IR_OP_NONE or the compound operator */
	IR_E_BINARY,	/* arithmetic and bitwise: the value derives from both */
	IR_E_COMPARE,	/* ==, !=, <, ...: a fresh boolean */
	IR_E_LOGICAL,	/* &&, ||, !: a fresh boolean */
	IR_E_UNARY,	/* -x, ~x, +x */
	IR_E_INCDEC,	/* ++x, x--, ... */
	IR_E_SIZEOF,	/* sizeof, _Alignof, offsetof: a fresh number */
	IR_E_CAST,	/* (type)kids[0] */
	IR_E_COND,	/* kids[0] ? kids[1] : kids[2] */
	IR_E_COMMA,	/* kids[0], kids[1] */
	IR_E_STRING,	/* string literal: text is its bytes, len its length */
	IR_E_NUMBER,	/* integer, float or char literal; enum constant: name */
	IR_E_INITLIST,	/* { kids... }: names[i] is the designated field or NULL */
	IR_E_VA_ARG,	/* va_arg(kids[0], type); keyed: read under `case
			 * value:` of a switch on a variable, the argument
			 * after the key (engine_func.c) */
	IR_E_UNKNOWN,	/* a construct the frontend does not lower; kids kept */
	IR_E_KIND_COUNT
};

enum ir_op {
	IR_OP_NONE,
	IR_OP_ADD, IR_OP_SUB, IR_OP_MUL, IR_OP_DIV, IR_OP_REM,
	IR_OP_SHL, IR_OP_SHR, IR_OP_AND, IR_OP_OR, IR_OP_XOR,
	IR_OP_EQ, IR_OP_NE, IR_OP_LT, IR_OP_GT, IR_OP_LE, IR_OP_GE,
	IR_OP_LAND, IR_OP_LOR, IR_OP_LNOT,
	IR_OP_NEG, IR_OP_PLUS, IR_OP_NOT,
	IR_OP_PREINC, IR_OP_PREDEC, IR_OP_POSTINC, IR_OP_POSTDEC,
	IR_OP_SIZEOF, IR_OP_ALIGNOF,
	IR_OP_OFFSETOF,		/* offsetof(T, name): container_of arithmetic */
	IR_OP_COUNT
};

/* The most values one key of a va_arg list may have; a case that reads
 * more leaves its reads unkeyed. */
#define IR_KEYED_MAX 4096

struct ir_expr {
	/* Kind-specific fields stay apart (one union aside, below): the
	 * engine reads some of them on nodes of any kind and relies on their
	 * zero value. The order packs the small ones together, because a big
	 * TU has millions of nodes (bench/ "generated file"). */
	enum ir_expr_kind kind : 8;
	enum ir_op op : 8;
	bool arrow : 1;		/* IR_E_FIELD: base->name */
	bool callback : 1;	/* IR_E_CALL: made by engine_callbacks.c, for
				 * the sinks of a handler a library calls back
				 * later (never stored) */
	unsigned type_flags : 10;	/* enum ir_type_flag bits of type */
	int var;		/* IR_E_VAR: index into ir_func.vars */
	struct ir_loc loc;	/* expansion location: where a finding stands */
	const char *type;	/* canonical type spelling */
	const char *record;	/* "struct x" when the type, less pointers and
				 * arrays, is a record; else NULL */
	const char *name;	/* field, callee, global, function or enum name */
	const char *ident;	/* IR_E_CALL (direct), IR_E_FUNC, IR_E_GLOBAL: link identity */
	const char *field_record;	/* IR_E_FIELD: the record declaring the field */
	const char *text;	/* IR_E_STRING bytes; IR_E_CALL callee function type */
	/* The one union: every reader of value asks for a number or a
	 * va_arg's key first, and every reader of names for a list (104
	 * bytes a node, not 128: PostgreSQL lowers six million). */
	union {
		long long value;	/* IR_E_NUMBER integer value when known; IR_E_VA_ARG: the key */
		const char **names;	/* IR_E_INITLIST designators, or NULL */
	};
	struct ir_expr **kids;
	unsigned nkids;
	uint32_t len;		/* IR_E_STRING: its bytes */
	unsigned pi_tags;	/* IR_E_FIELD, IR_E_GLOBAL: the declaration's
				 * PI annotations (pi.h category bits) */
	uint16_t keyed;		/* IR_E_VA_ARG under `case value:` (above), at most
				 * IR_KEYED_MAX: how
				 * many values the key has (the case's reads) */
	uint16_t keyed_nth;	/* ... and which of them this read is, from 1 */
};

/* What a declared value is, computed once from its type by the frontend:
 * whether a name can tag it as PI (CONTRACT 2: text, bytes, a number, or
 * an array or pointer of those; never a record, a pointer to one, a
 * function pointer, an enum, a boolean or a flag). */
enum ir_type_class {
	IR_TC_UNKNOWN,		/* not computed (synthesised declarations) */
	IR_TC_TEXT,		/* char-like, or arrays and pointers of them */
	IR_TC_NUMBER,		/* integers, and arrays and pointers of them */
	IR_TC_SMALL_NUMBER,	/* one integer or character narrower than 64
				 * bits: a count, an index, a code */
	IR_TC_FLOAT,		/* floating point: a coordinate at most */
	IR_TC_BYTES,		/* void *: a buffer of anything */
	IR_TC_RECORD,		/* a struct or union, or an array of them */
	IR_TC_RECORD_POINTER,	/* a pointer to one: state, operations, a handle */
	IR_TC_FUNCTION,		/* a function or a pointer to one */
	IR_TC_ENUM,
	IR_TC_BOOL,
	IR_TC_FLAG,		/* a bit-field of at most 8 bits */
	IR_TC_COUNT
};

/* What the engine asks of a type, computed once by the frontend from
 * libclang's type rather than read again from its spelling. 0 (no
 * IR_TF_KNOWN) is a value whose type is not known. */
enum ir_type_flag {
	IR_TF_KNOWN = 1u << 0,
	IR_TF_POINTER = 1u << 1,	/* a pointer to data (an array too), not to a function */
	IR_TF_ARRAY = 1u << 2,		/* an array (a parameter's is a pointer) */
	IR_TF_FUNCTION_POINTER = 1u << 3,
	IR_TF_CHAR = 1u << 4,		/* char-like, less pointers and arrays */
	IR_TF_INT = 1u << 5,		/* int itself: also what a descriptor is */
	IR_TF_RECORD = 1u << 6,		/* a struct or union, less pointers and arrays */
	IR_TF_BOOL = 1u << 7,
	IR_TF_VOID = 1u << 8,		/* void, less pointers: void * is a buffer of anything */
	IR_TF_VA_LIST = 1u << 9,
};

/* e without the casts around it: `(void *)p` is p. */
const struct ir_expr *ir_strip_casts(const struct ir_expr *e);
/* Whether a and b, casts aside, name the same lvalue as written: one
 * variable or global, or one field, dereference or address of such a
 * base (`s->state` and `s->state`). */
bool ir_same_lvalue(const struct ir_expr *a, const struct ir_expr *b);
/* Whether e is a null pointer constant (`0`, `NULL`, `(char *)0`). */
bool ir_null_constant(const struct ir_expr *e);

/* Whether a value of the class can hold PI itself. */
bool ir_type_class_holds_pi(enum ir_type_class tc);

enum ir_var_kind { IR_VAR_PARAM, IR_VAR_LOCAL };

struct ir_var {
	const char *name;
	const char *type;
	enum ir_type_class type_class;
	unsigned type_flags;	/* enum ir_type_flag bits */
	const char *record;
	enum ir_var_kind kind;
	int param_index;	/* IR_VAR_PARAM: 0-based; else -1 */
	bool is_static;		/* function-scope static */
	struct ir_tags tags;
	struct ir_loc loc;
};

enum ir_stmt_kind {
	IR_S_EXPR,	/* evaluate e */
	IR_S_RETURN,	/* return e (e may be NULL) */
};

struct ir_stmt {
	enum ir_stmt_kind kind;
	struct ir_expr *e;
	struct ir_loc loc;
};

/* The label of a switch's edge: `case value:`, the default (a `default:`
 * label, or the edge past every case when there is none), or a label
 * whose value is not one known number (a GNU range). */
enum ir_case_kind { IR_CASE_VALUE, IR_CASE_DEFAULT, IR_CASE_OTHER };

struct ir_case {
	long long value;
	enum ir_case_kind kind;
};

/* A block: statements, then a jump. nsucc == 0 ends the function; with a
 * condition, succ[0] is taken when it holds and succ[1] when not; a switch
 * has cond and one successor per case, and cases[i] labels succ[i]
 * (cases is NULL on every other block). */
struct ir_block {
	unsigned id;
	struct ir_stmt *stmts;
	unsigned nstmts, stmts_cap;
	struct ir_expr *cond;
	unsigned *succ;
	unsigned nsucc, succ_cap;
	struct ir_case *cases;
};

struct ir_func {
	const char *name;
	const char *ident;	/* link identity: name, or "file::name" if static */
	bool is_static, is_variadic, in_header;
	const char *ret_type;
	const char *fn_type;	/* canonical function type, for indirect calls */
	struct ir_tags tags;
	struct ir_loc loc;	/* the name in the definition */
	struct ir_var *vars;	/* parameters first, in order */
	unsigned nvars, nparams;
	struct ir_block *blocks;	/* blocks[0] is the entry */
	unsigned nblocks;
};

/* The parameter e names, casts aside (its index), or -1. */
int ir_param_of(const struct ir_func *fn, const struct ir_expr *e);

/* A function seen only as a declaration, kept when it carries annotations
 * (a pi-sink or pi-sanitizer on a prototype is how users model libraries). */
struct ir_decl {
	const char *name;
	const char *ident;
	struct ir_tags tags;
	struct ir_loc loc;
};

struct ir_field {
	const char *record;	/* "struct cert_application" */
	const char *name;
	const char *type;
	enum ir_type_class type_class;
	unsigned type_flags;	/* enum ir_type_flag bits */
	const char *field_record;	/* record of the field's type, if any */
	struct ir_tags tags;
	struct ir_loc loc;
};

struct ir_global {
	const char *name;
	const char *ident;
	const char *type;
	enum ir_type_class type_class;
	unsigned type_flags;	/* enum ir_type_flag bits */
	const char *record;
	bool is_static, has_init;
	struct ir_tags tags;
	struct ir_loc loc;
	struct ir_expr *init;	/* NULL when none */
};

struct ir_literal {
	const char *text;
	size_t len;
	struct ir_loc loc;
};

#define IR_SPARE_CLASSES 34

struct ir_tu {
	const char *file;	/* the main source file */
	GStringChunk *strings;	/* interned strings, freed with the TU */
	struct ir_chunk *arena;	/* every node: a bump allocator's chunks */
	void *spare[IR_SPARE_CLASSES];	/* arrays the IR's growing arrays outgrew,
					 * by size (ir.c), for the next to take */
	GPtrArray *funcs;	/* struct ir_func * with bodies */
	GPtrArray *decls;	/* struct ir_decl * */
	GPtrArray *fields;	/* struct ir_field * of every record seen */
	GPtrArray *globals;	/* struct ir_global * */
	GPtrArray *literals;	/* struct ir_literal *: string literals */
	GPtrArray *address_taken;	/* const char * identities */
	GPtrArray *missing_headers;	/* const char * */
	GPtrArray *errors;	/* const char * clang error diagnostics */
	GPtrArray *annotation_errors;	/* const char *: misspelt or misplaced pitrace annotations */
	GPtrArray *fatal_errors;	/* const char *: clang gave up on the rest of the TU */
	bool callbacks_expanded;	/* engine_callbacks.c ran on it (not stored) */
	GPtrArray *inputs;	/* const char *: every file the TU read, the main
				 * file first, then each header once, in the
				 * order clang reports them: what the cache
				 * checks before it trusts a stored IR */
};

/* Creation; free with ir_tu_free(), which releases every node and string. */
struct ir_tu *ir_tu_new(const char *file);
void ir_tu_free(struct ir_tu *tu);

/* Allocation inside a TU, zeroed; the TU owns the result. */
void *ir_alloc(struct ir_tu *tu, size_t size);
const char *ir_intern(struct ir_tu *tu, const char *s);
struct ir_expr *ir_expr_new(struct ir_tu *tu, enum ir_expr_kind kind,
			    struct ir_loc loc);
void ir_expr_add_kid(struct ir_tu *tu, struct ir_expr *e, struct ir_expr *kid);
unsigned ir_block_new(struct ir_tu *tu, struct ir_func *fn);
void ir_block_add_stmt(struct ir_tu *tu, struct ir_func *fn, unsigned b,
		       enum ir_stmt_kind kind, struct ir_expr *e, struct ir_loc loc);
void ir_block_add_succ(struct ir_tu *tu, struct ir_func *fn, unsigned b, unsigned to);
/* A switch's edge from b to to, labelled (struct ir_case). */
void ir_block_add_case(struct ir_tu *tu, struct ir_func *fn, unsigned b, unsigned to, enum ir_case_kind kind,
		       long long value);

/* Whether two functions, from the same TU or from two, are the same code:
 * every node, name, identity, type and location alike (strings compared
 * by content, since each TU interns its own). The engine links the copies
 * a header's static function has in each TU as one function when they
 * are (engine_link.c). */
bool ir_func_equal(const struct ir_func *a, const struct ir_func *b);

/* Printing, for --dump-ir and the IR tests. */
void ir_tu_dump(const struct ir_tu *tu, FILE *out);
const char *ir_expr_kind_name(enum ir_expr_kind k);
const char *ir_op_name(enum ir_op op);

#endif
