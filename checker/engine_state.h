/* SPDX-License-Identifier: Apache-2.0 */
/* engine_state.h - places and abstract states inside one analysis of one
 * function (struct ctx), and the functions of every engine file that take
 * one: places, states, reads, the global store's analysis side,
 * statements (engine_func.c) and calls (engine_call.c). */
#ifndef PITRACE_ENGINE_STATE_H
#define PITRACE_ENGINE_STATE_H

#include "engine_int.h"

struct place {
	uint32_t parent;	/* NO_PLACE for a root */
	uint32_t root;		/* the root it is below, or itself: asked of every
				 * entry at every edge (live_filter) and write */
	int var;		/* root: local or parameter index, else -1 */
	const char *global;	/* root: a global's identity */
	const struct global_info *gi;	/* ... and what is known of it */
	const struct ir_expr *site;	/* root: what this call returned */
	const char *field;	/* step: field name; NULL for a dereference */
	uint8_t depth;
	bool weak;		/* reached through an index: writes add */
	bool under_deref;	/* some step is a dereference */
	/* the greatest number of a place at or below this one: a place is
	 * made after its parent, so the places below have numbers in
	 * (this, last_below], and a scan of a sorted state stops there */
	uint32_t last_below;
	const char *path;	/* "*.phone" below the root, interned */
	/* PI tags of this step (a tagged field) or root (a tagged variable) */
	unsigned tag_cats;
	enum tag_origin tag_how;
	const char *tag_identity;	/* "struct app.phone" */
	bool tags_known;
};

/* What a place holds at a point. An entry written strongly hides what was
 * there on entry to the function (the caller's input, the global store);
 * cleared says the write was of a known non-PI value, which also hides
 * the PI tags of the place and everything below it. */
struct entry {
	uint32_t place;
	bool strong, cleared;
	/* strong, and on every path last written with protected PI only
	 * (factset_sealed): a tagged place's tag no longer stands for what
	 * it holds (engine_read.c) */
	bool sealed;
	/* bit k: on some path, the function or a callee stored here the
	 * pointer parameter k (of the first 8) holds, as written (a summary
	 * row's stores_pointer), which pt may not say after a join */
	uint8_t param_ptrs;
	/* on some path, the function or a callee stored here a pointer to a
	 * local of this function (state_write_frame): what came with it
	 * (ctx.frame_facts) does not outlive the function */
	bool frame_ptr;
	/* on some path, a callee wrote here what its widened summary said
	 * went somewhere below (struct row's out_cut) */
	bool cut;
	/* strong, and on every path a null pointer constant was stored
	 * here (eval_assign): a stream that is null is never written */
	bool null;
	uint32_t pt;		/* what a pointer held here points to, or NO_PLACE */
	/* ... somewhere below pt: the paths met with two targets under it
	 * (join_entry), and a write through the pointer adds */
	bool pt_weak;
	struct shared_facts *facts;	/* NULL: none */
};

/* The facts of an entry are shared between the states of blocks and
 * copied only when one of them changes: a big function's blocks hold
 * hundreds of entries that most blocks pass on untouched, and copying
 * them at every block was most of the engine's time. */
struct shared_facts {
	unsigned refs;
	struct factset set;
};

static inline const struct factset *entry_facts(const struct entry *e)
{
	return e->facts ? &e->facts->set : &factset_empty;
}

struct state {
	GArray *entries;	/* struct entry, sorted by place */
	bool live;
};

/* The value of an expression. */
struct value {
	struct factset fs;
	uint32_t place;		/* the lvalue, when the expression is one */
	uint32_t pt;		/* the place a pointer value points to */
	bool pt_weak;		/* pt reached by pointer arithmetic */
	bool clean;		/* a known non-PI value: a literal, a size, a truth value */
	const char *literal;	/* a string literal's bytes */
	bool is_number;
	long long number;
};

static inline void value_init(struct value *v)
{
	*v = (struct value){ .place = NO_PLACE, .pt = NO_PLACE };
}

static inline void value_free(struct value *v)
{
	factset_free(&v->fs);
}

/* A deep read of a caller's input, as input_read_at() noted it. */
struct parked_note {
	struct tails *t;	/* the input's tails (engine_tails.c) */
	const char *rest;	/* below the input */
};

/* The most values a state machine's parameter is followed with in one
 * context (engine_cases.c). */
#define CASE_VALUES_MAX 32

struct ctx {
	struct program *p;
	struct fn_info *fi;
	const struct ir_func *fn;
	GArray *places;		/* struct place */
	GHashTable *place_ids;	/* key -> id + 1 */
	GArray *inputs;		/* struct input */
	GHashTable *input_ids;
	GPtrArray *input_tails;	/* struct tails * of each deep input in sum,
				 * once looked up (input_read_at) */
	uint32_t *input_traces;	/* first trace of each param's input */
	struct state st;	/* the current state */
	struct factset ret;	/* what the returns return */
	/* the returned pointer points into a parameter's object, at this
	 * path below it (opensmtpd's iobuf_reserve); "" none, NULL several */
	const char *ret_into;
	int ret_into_param;
	struct state exit;	/* joined state at the function's exits */
	/* the global rows (struct global_row_key) this analysis found its
	 * summary has: a summary only grows, so a row it has stays had, and
	 * redis asks about the same few rows at a million calls */
	GHashTable *global_rows_had;
	bool changed_summary;
	GPtrArray *findings;	/* struct pending_finding * */
	GHashTable *pending_keys;	/* their identities (engine_pending.c) */
	/* The work of this analysis, counted rather than timed so that a
	 * run's report does not depend on the machine or its load:
	 * statements evaluated, rows applied, and a quarter of the facts and
	 * state entries moved (engine_func.c, over_budget). */
	uint64_t work, facts_work0, work_limit;
	bool skip_input;	/* the read is of a number: no input fact */
	/* the read is of a scalar field: what the record as a whole holds
	 * (an entry above the field's place) does not reach it */
	bool own_entry_only;
	/* ... and inputs it makes are number inputs (struct input) */
	bool number_read;
	/* read_record_whole(): a deep read_place without the entries below */
	bool skip_entries_below;
	struct factset frame_facts;	/* what pointers to locals brought (frame_ptr) */
	/* a deep read of a callee's input: only the paths below it that the
	 * callee reads (engine_tails.c); NULL for all */
	const struct tails *read_tails;
	/* ... and, when that is everything, the paths on which it reads a
	 * pointer its caller's caller parked below it (struct tails); NULL
	 * for all */
	const struct tails *read_parked;
	/* while a read is made for a call (engine_call.c, input_facts_once):
	 * the caller's input tails and paths under which it read everything
	 * (struct parked_note), for the parked tails of other rows that
	 * share the read; else NULL */
	GArray *parked_notes;
	bool reading_callee;	/* the function pointer of an indirect call:
				 * an input even so (ROW_CALL) */
	bool over_budget;
	struct summary *sum;	/* where rows go: the function's own, or a
				 * specialised one (engine_special.c) */
	const struct special *special;	/* what the caller knows, or NULL */
	/* a switch parameter the function assigns constants (fn_info's
	 * switch_assigned), known from the caller: the values it can hold
	 * (cases_context_values); -1 when none or too many */
	int case_values_param;
	unsigned ncase_values;
	long long case_values[CASE_VALUES_MAX];
};

/* The files below, each under the ones it calls, as in engine_int.h:
 * places, the global store, states (a write to a global's place is a
 * write to the store), reads, then the analysis itself: engine_func.c and
 * engine_call.c call each other (an expression's call, a call's
 * arguments). */

/* ---- engine_place.c: places and inputs of one analysis ---- */
void ctx_places_init(struct ctx *c);
void ctx_places_free(struct ctx *c);
uint32_t place_root_var(struct ctx *c, int var);
uint32_t place_root_global(struct ctx *c, const char *ident);
/* The root standing for the pointer a call returns (one per call
 * expression); what it points to is the object the callee made. */
uint32_t place_root_site(struct ctx *c, const struct ir_expr *call);
/* Whether a place is rooted at a local variable or a call's result: memory
 * of this function that the caller cannot see unless it escapes. */
bool place_is_local(const struct ctx *c, uint32_t place);
/* Whether place is one of the function's (non-static) locals or a part of
 * one: memory that is gone when it returns (not what a local points to). */
bool place_in_frame(const struct ctx *c, uint32_t place);
/* When e, as written, is the pointer one of the function's first 8
 * parameters holds (casts and an offset aside), that parameter's bit
 * (struct entry's param_ptrs); else 0. */
unsigned expr_param_pointer(const struct ctx *c, const struct ir_expr *e);
/* Whether e, as written, points into one of the function's (non-static)
 * locals: a local array, `&local`, `&local.field`, with an offset. */
bool expr_frame_pointer(const struct ctx *c, const struct ir_expr *e);
uint32_t place_step(struct ctx *c, uint32_t base, const char *field, bool weak);
/* The same, field (or NULL, a dereference) interned already: a path's
 * steps (path_steps), a place's own field. */
uint32_t place_step_interned(struct ctx *c, uint32_t base, const char *field, bool weak);
/* Inline: the engine's walks ask them tens of millions of times. */
static inline const struct place *place_get(const struct ctx *c, uint32_t id)
{
	return &g_array_index(c->places, struct place, id);
}

static inline uint32_t place_root(const struct ctx *c, uint32_t place)
{
	return place_get(c, place)->root;
}
/* The place an input read at place names (engine_place.c): place, or the
 * ancestor of a path too long for a summary. */
uint32_t place_input_cut(struct ctx *c, uint32_t place);
bool place_under(const struct ctx *c, uint32_t id, uint32_t ancestor);
uint32_t place_rebase(struct ctx *c, uint32_t id, uint32_t from, uint32_t to);
uint32_t place_follow(struct ctx *c, uint32_t base, const char *path);
char *place_text(const struct ctx *c, uint32_t id);

uint32_t input_id(struct ctx *c, int param, const char *path, bool deep, bool number);
const struct input *input_get(const struct ctx *c, uint32_t id);
/* Notes in c->sum that the deep input id, named by q, the place or the
 * ancestor a read at place was cut to, is read at place: exactly, or
 * with what is below it, or only on the tails below (engine_tails.c). */
void input_read_at(struct ctx *c, uint32_t id, uint32_t place, uint32_t q, bool exact, const struct tails *below);
/* The input path of "the numbers among a va_list's arguments". */
#define INPUT_NUMBERS "#"
/* Replaces fs by what a number taken from a va_list holding fs carries:
 * handles and functions (a descriptor passed through `...`), the
 * caller's numbers (an input becomes its INPUT_NUMBERS form), no PI. */
void facts_numbers_only(struct ctx *c, struct factset *fs);
/* The input path of "the N arguments after the key K among the variadic
 * ones": "=K/N". */
#define INPUT_KEYED '='
/* Replaces, in fs, the function's own variadic arguments by the nvalues
 * that follow the key: a va_arg read under `case key:` (IR_E_VA_ARG). */
void facts_keyed(struct ctx *c, struct factset *fs, long long key, unsigned nvalues);

/* ---- engine_global.c: the global store, the analysis' side ---- */
/* What global ident holds at path (deep: and below), read at loc. */
void global_store_read(struct ctx *c, const char *ident, const char *path, bool deep, struct ir_loc loc,
		       struct factset *out);
/* What a write of fs to place (a global's, or below one) adds. */
void global_store_add(struct ctx *c, uint32_t place, const struct factset *fs);
/* Whether global_store_add(c, place, fs) may add anything: false only
 * when every fact is in the store or the summary already, traces aside. */
bool global_store_may_add(struct ctx *c, uint32_t place, const struct factset *fs);
/* One fact written to global ident at path: an input becomes a summary
 * row, PI or a handle of this function's own goes into the store. */
void global_store_add_fact(struct ctx *c, const char *ident, const char *path, const struct fact *f);

/* ---- engine_state.c: what the places hold at a point ---- */
void state_init(struct state *s);
void state_free(struct state *s);
void state_copy(struct state *dst, const struct state *src);
/* The entries of s at place or below it lie in [*lo, *hi) (with others
 * between: place_under tells them apart). */
void state_range_under(const struct state *s, const struct ctx *c, uint32_t place, unsigned *lo, unsigned *hi);
bool state_join(struct ctx *c, struct state *dst, const struct state *src);	/* true if dst grew */
/* dst (uninitialised) gets the entries of src whose keep[i] is true,
 * sharing their facts. */
void state_copy_where(struct state *dst, const struct state *src, const bool *keep);

/* engine_live.c: the locals a block can still read. live_get computes
 * them once per function (NULL: no local can be dropped); live_filter
 * gives dst (uninitialised) src without the entries of locals block
 * cannot read and of calls' objects no kept entry points into, and
 * returns false, leaving dst alone, when there are none. */
const struct live *live_get(struct fn_info *fi);
bool live_filter(const struct ctx *c, const struct live *l, unsigned block, const struct state *src,
		 struct state *dst);
struct entry *state_find(const struct state *s, uint32_t place);
/* The index of the first entry whose place is >= place. */
unsigned state_lower_bound(const struct state *s, uint32_t place);
/* A write to a global's place goes to the global store too. */
void state_write(struct ctx *c, uint32_t place, const struct factset *fs, bool strong, bool cleared,
		 uint32_t pt);
/* state_write of what a pointer to one of the function's locals brings
 * (engine_call.c, stores_frame_pointer): the entry is marked frame_ptr
 * and the facts noted in ctx.frame_facts, so that they stay out of the
 * summary; nothing goes to the global store, which would keep them after
 * the local is gone. */
void state_write_frame(struct ctx *c, uint32_t place, const struct factset *fs, bool strong, bool cleared,
		       uint32_t pt);
void state_kill_under(struct state *s, const struct ctx *c, uint32_t place);
void state_forget_clears(struct ctx *c, uint32_t place);
/* place_follow(), through the pointers the current state knows. */
uint32_t place_follow_state(struct ctx *c, uint32_t base, const char *path);

/* ---- engine_read.c: reading places, with sources, inputs and the
 * global store ---- */
void read_place(struct ctx *c, uint32_t place, bool deep, bool with_tags, struct ir_loc loc,
		struct factset *out, bool *clean);
/* What a record at place holds as a whole, for a copy of it: its own
 * entry and those above it, what a caller's argument or the global store
 * holds below it; not the entries below it, which the copy moves one by
 * one (copy_record_fields). */
void read_record_whole(struct ctx *c, uint32_t place, struct ir_loc loc, struct factset *out, bool *clean);
void place_set_field_tags(struct ctx *c, uint32_t place, const char *record, const char *field,
			  unsigned annotated);
/* A source fact for PI read at loc, with one trace per source site. */
void add_source(struct ctx *c, struct factset *out, unsigned cats, const char *identity,
		enum tag_origin how, const char *what, struct ir_loc loc, bool param_tag);
/* In an analysis for a caller's context (engine_special.c): the functions
 * the caller said it passes at input (param, path), or NULL. */
const struct factset *special_known(const struct ctx *c, int param, const char *path);
/* The tagged fields of record, and of the records it holds, as sources
 * read at loc. bytes: the object's bytes are what is read (a sink that
 * writes them): a pointer field is an address there, not what it points
 * to. */
void read_object_fields(struct ctx *c, const char *record, struct ir_loc loc, const char *what,
			struct factset *out, int depth, bool bytes);
char *expr_text(const struct ir_func *fn, const struct ir_expr *e);

/* ---- engine_func.c: expressions, statements, one function ---- */
/* Calls fn for every fact held at or below base, with the entry's path
 * below base appended to prefix ("*" + ".data"), following pointers to
 * other local objects a few levels down: what an object made in this
 * function holds, for rows and stores that carry it out of it. */
void visit_object(struct ctx *c, uint32_t base, const char *prefix,
		  void (*fn)(struct ctx *c, const char *path, const struct fact *f, void *data), void *data);
void eval(struct ctx *c, const struct ir_expr *e, struct value *v);
uint32_t eval_place(struct ctx *c, const struct ir_expr *e, bool *weak);
void eval_discard(struct ctx *c, const struct ir_expr *e);
/* frame_rhs: the value is a pointer to one of the function's locals, as
 * written (expr_frame_pointer); kept where that outlives the function,
 * it goes by state_write_frame. */
void assign_value(struct ctx *c, uint32_t place, bool weak, const struct value *v, bool frame_rhs,
		  struct ir_loc loc, const char *what);
/* A record copied by value (`a = b`, memcpy of the whole record): what
 * each place below `from` holds goes to the same path below `to`, with
 * the step fmt (one %s: arg) at loc; the caller writes what `from`
 * holds as a whole. */
void copy_record_fields(struct ctx *c, uint32_t from, uint32_t to, bool weak, struct ir_loc loc, const char *fmt,
			const char *arg);

/* ---- engine_call.c: calls, and the findings made at them ---- */
void eval_call(struct ctx *c, const struct ir_expr *e, struct value *out);
/* Where facts reach a sink: a library sink call, or a call of a function
 * whose summary says an argument (or PI of its own) reaches one. */
enum site_how {
	SITE_LIBRARY,		/* the library call itself */
	SITE_WRAPPER,		/* a callee passes the argument on to the sink */
	SITE_STREAM_CHOSEN,	/* a callee writes PI of its own to the stream passed here */
};
struct sink_site {
	const struct ir_expr *call;	/* where findings stand */
	enum site_how how;
	const char *callee;		/* as the message names it */
	const char *sink_function;	/* the library call that is the real sink */
	unsigned kinds;			/* sink kinds known here */
	bool has_dest;			/* and the stream is also this function's input: */
	bool dest_exact;		/* the parameter itself, as passed to this call */
	struct input dest;		/* its callers decide the rest */
	unsigned default_kind;		/* when nothing is known */
	unsigned field_kinds;		/* or what the record field the stream is
					 * read from holds (engine_handles.c) */
	bool via_pointer;		/* the route calls through a function pointer */
	uint64_t excl;			/* the programs the route cannot run in */
	bool object;			/* writes the bytes of an object given as a
					 * record or untyped pointer (fwrite(p, ...)) */
	bool socket;			/* works on a socket only (send): what the
					 * stream holds besides a socket is not here */
	unsigned stream_shape;		/* HANDLE_NUMBER or HANDLE_STREAM: the library
					 * call's stream is a descriptor or a FILE *, so
					 * handles of the other shape are not it; 0 */
	uint32_t extra_trace;		/* SITE_WRAPPER: the callee's steps */
	uint8_t extra_prot;
	struct ir_loc sink_loc;		/* the library call that is the real sink */
	const char *heuristic;		/* a sink heuristic made the callee a sink: its id */
	unsigned named;			/* the kinds the callee's steps name */
	/* For each kind, why the stream is of that kind (this call's stream,
	 * or a callee's row's step), shown after the finding's trace
	 * (CONTRACT 3: a trace ends at a sink of its own rule's kind). Found
	 * at every call, made into a step only for a new row or finding
	 * (stream_kind_why): formatting it at every call doubled curl's
	 * analysis. */
	struct stream_reason {
		uint32_t step;			/* a callee row's step */
		const struct tnode *made;	/* the step where the handle was made */
		const struct ir_expr *arg;	/* a standard stream, or descriptor number: */
		long long number;		/* its number, or -1 */
		unsigned std;			/* a standard stream's kinds */
	} why[SINK_KIND_COUNT];
};
void sink_facts(struct ctx *c, const struct sink_site *site, const struct factset *fs);

/* ---- engine_cases.c: the analysis' side of a switch parameter's
 * constant ---- */
/* The constant the caller's context gives parameter param, if any. */
bool special_constant(const struct ctx *c, int param, long long *value);
/* Whether edge s of block bl can be taken in c's context: false only for
 * a case of a switch on a parameter whose constant is another. */
bool case_feasible(const struct ctx *c, const struct ir_block *bl, unsigned s);
/* Sets c->case_values for a context that knows a switch parameter the
 * function assigns constants to, before the analysis. */
void cases_context_values(struct ctx *c);
/* Adds to spec the constants args gives callee's switch parameters. */
void cases_special(const struct fn_info *callee, const struct value *args, unsigned nargs, struct special *spec);

#endif
