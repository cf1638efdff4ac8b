/* Interprocedural: a function that calls itself with constants in the
 * parameter its callee switches on. PostgreSQL's pushJsonbValue(pstate,
 * seq, jbval) pushes an object as pushJsonbValue(pstate,
 * WJB_BEGIN_OBJECT, NULL), a WJB_KEY and a WJB_VALUE call per pair and
 * WJB_END_OBJECT, and an array likewise: seven constants, each a context
 * of its own (engine_cases.c). Those contexts, made during the
 * function's own analysis, were made anew at every level of nesting,
 * seven to the power of the nesting bound: 650,000 analyses of one
 * function, and PostgreSQL's whole-program analysis never finished
 * (here: 214,227 analyses, 7 s). Made once per analysis of the function,
 * they are 32 analyses in all; the bound below leaves room for that and
 * none for a blow-up.
 * Positive: the value pushed under WJB_VALUE is the member's, and the
 * tree's text is logged (dump_member).
 * Negative: a key pushed alone reaches nothing tagged (dump_key). */
// pitrace-args: --no-heuristics
// expect-work: function-analyses <= 100
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

enum tok { T_BEGIN_OBJ, T_KEY, T_VALUE, T_END_OBJ, T_BEGIN_ARR, T_ELEM, T_END_ARR };
enum kind { V_STRING, V_OBJECT, V_ARRAY };

struct pair;

struct val {
	enum kind kind;
	const char *str;
	int n;
	struct pair *pairs;
	struct val *elems;
};

struct pair {
	struct val key;
	struct val value;
};

struct parse_state {
	char text[512];
	int depth;
};

struct member {
	char name[32];
	char id_number[19] PI(id_number);
};

static void push_scalar(struct parse_state *ps, enum tok t, const struct val *v)
{
	switch (t) {
	case T_BEGIN_OBJ:
		strcat(ps->text, "{");
		ps->depth++;
		break;
	case T_END_OBJ:
		strcat(ps->text, "}");
		ps->depth--;
		break;
	case T_BEGIN_ARR:
		strcat(ps->text, "[");
		ps->depth++;
		break;
	case T_END_ARR:
		strcat(ps->text, "]");
		ps->depth--;
		break;
	case T_KEY:
	case T_VALUE:
	case T_ELEM:
		strcat(ps->text, v->str);
		break;
	}
}

void push(struct parse_state *ps, enum tok t, const struct val *v)
{
	if (v && (t == T_ELEM || t == T_VALUE) && v->kind == V_OBJECT) {
		push(ps, T_BEGIN_OBJ, NULL);
		for (int i = 0; i < v->n; i++) {
			push(ps, T_KEY, &v->pairs[i].key);
			push(ps, T_VALUE, &v->pairs[i].value);
		}
		push(ps, T_END_OBJ, NULL);
		return;
	}
	if (v && (t == T_ELEM || t == T_VALUE) && v->kind == V_ARRAY) {
		push(ps, T_BEGIN_ARR, NULL);
		for (int i = 0; i < v->n; i++)
			push(ps, T_ELEM, &v->elems[i]);
		push(ps, T_END_ARR, NULL);
		return;
	}
	push_scalar(ps, t, v);
}

void dump_member(const struct member *m)
{
	struct parse_state ps = { .text = "" };
	struct val id = { .kind = V_STRING, .str = m->id_number };
	push(&ps, T_BEGIN_OBJ, NULL);
	push(&ps, T_VALUE, &id);
	push(&ps, T_END_OBJ, NULL);
	fprintf(stderr, "member %s\n", ps.text);	// expect: pi-logging "id_number"
}

void dump_key(const char *name)
{
	struct parse_state ps = { .text = "" };
	struct val key = { .kind = V_STRING, .str = name };
	push(&ps, T_BEGIN_OBJ, NULL);
	push(&ps, T_KEY, &key);
	push(&ps, T_END_OBJ, NULL);
	fprintf(stderr, "key %s\n", ps.text);
}
