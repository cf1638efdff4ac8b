/* SPDX-License-Identifier: Apache-2.0 */
/* engine_int.h - the engine's own structures and the functions of its
 * files, shared by engine_*.c.
 *
 * Vocabulary (docs/engine.md):
 *  - a place is an access path: a root (local, parameter or global) and up
 *    to MAX_STEPS steps, each a field or a dereference (an index is a
 *    dereference); a longer path is cut and stands for all below it;
 *  - a fact says a place holds something: PI of some categories with some
 *    protections, a handle of some sink kind, or (an input) whatever the
 *    caller had at one of this function's parameters;
 *  - a summary is rows of what a function does with its inputs and what
 *    PI it produces, applied at every call.
 */
#ifndef PITRACE_ENGINE_INT_H
#define PITRACE_ENGINE_INT_H

#include <stdbool.h>
#include <stdint.h>

#include "engine.h"
#include "ir.h"
#include "pi.h"
#include "report.h"
#include "rules.h"

#define MAX_STEPS 7
#define INPUT_STEPS 3
#define ROW_LIMIT 64
#define WIDE_STEPS 2	/* steps a widened summary path keeps ("*.set") */
/* Traces: a route stops growing at MAX_TRACE steps, except for the step
 * that ends it at its sink, made after its first TRACE_HEAD steps and a
 * step saying the rest was left out; a report shows at most MAX_TRACE
 * steps, loops taken out (engine_trace.c). */
#define MAX_TRACE 48
#define TRACE_HEAD 16
#define NO_PLACE UINT32_MAX

struct tails;	/* engine_tails.c */

/* Facts and state entries the engine has moved (engine_facts.c): with
 * statements and rows, how much one analysis did. */
extern uint64_t facts_work;

/* What --function-budget's second stands for: the work units
 * (struct ctx.work) the engine gets through in about a second on the
 * bench machine (redis and curl: 0.03 to 0.15 microseconds a unit in
 * their heaviest functions). A bound in work, not time, gives the same
 * report on any machine and under any load. */
#define WORK_PER_SECOND 10000000.0

/* SQLite's ALWAYS/NEVER: around branches that cannot happen. Debug and
 * test builds stop there (engine_impossible, in engine_program.c);
 * release builds take the safe branch. */
#ifdef PITRACE_DEBUG
void engine_impossible(const char *file, int line, const char *what) G_GNUC_NORETURN;
#define ALWAYS(x) ((x) ? 1 : (engine_impossible(__FILE__, __LINE__, "ALWAYS(" #x ")"), 0))
#define NEVER(x) ((x) ? (engine_impossible(__FILE__, __LINE__, "NEVER(" #x ")"), 1) : 0)
#else
#define ALWAYS(x) (x)
#define NEVER(x) (x)
#endif

/* ======== The engine's data, read by every file ======== */

/* ---- traces: one append-only store of steps for the whole run ---- */

/* A step, or (message NULL) a splice: the chain `sub` (a callee's steps,
 * built when the callee was analysed) follows the chain `parent`. Splicing
 * makes joining a caller's trace with a callee's one node, not a copy. */
/* trace_append() runs for every fact of every summary row applied; most
 * splices were made before, and this cache finds them without hashing a
 * whole node. */
#define SPLICE_MEMO (1u << 16)
struct splice_memo {
	uint32_t prefix, chain, node;
};

struct tnode {
	struct ir_loc loc;
	const char *function;
	const char *message;	/* interned in the program's string chunk */
	/* a protection step: the sanitizer function (interned), for the
	 * ledger; NULL on every other step */
	const char *control;
	/* a callee wrote the PI into the caller's argument here (an out
	 * row): the step at which a buffer or stream came to hold it */
	bool back;
	uint32_t parent;	/* 0: this is the first step */
	uint32_t sub;		/* splice: the chain spliced in after parent */
	uint32_t length;	/* steps in the whole trace, splices expanded */
};

/* What the store keeps for every node id. 96% of redis's nodes are
 * splices, which are their links only: a whole struct tnode for each took
 * 56 bytes where 12 do. A step's struct tnode is kept apart, sub giving
 * its place. A splice is a node with nothing set but parent and sub. */
struct tlink {
	uint32_t parent;
	uint32_t sub;		/* a splice's chain; a step's index among steps */
	unsigned length : 31;	/* as struct tnode's */
	unsigned step : 1;
};

/* Links and steps live in fixed blocks that never move: a doubling array
 * held its old and new copies while it grew (~64 MiB each on redis) and
 * left up to half of the new one unused. A node's id is its position. */
#define TNODE_BLOCK_BITS 13
#define TNODE_BLOCK (1u << TNODE_BLOCK_BITS)

/* ---- origins: where a fact comes from ---- */

enum origin_kind {
	ORIGIN_SOURCE,		/* PI read at a source */
	ORIGIN_HANDLE,		/* a stream, descriptor or connection */
	ORIGIN_INPUT,		/* the caller's value at a parameter path */
	ORIGIN_FUNCTION,	/* the address of a function: identity is its link identity */
	ORIGIN_EXIT,		/* not a value: the way PI left the function that read
				 * it (one leak, one finding; engine_report.c) */
};

/* Facts are small; origins say the rest. Source and handle origins live in
 * the program (summaries carry them to callers); input origins are local
 * to one analysis of one function. */
struct fact {
	uint32_t origin;	/* index into the program's or analysis' origins */
	uint32_t trace;		/* last step */
	uint16_t cats;		/* PI categories */
	uint8_t prot;		/* protections applied */
	uint8_t handle;		/* sink-kind bits of a handle fact */
	uint8_t input;		/* 1: origin is an input origin of the analysis */
	uint8_t param_tag;	/* 1: from a tagged parameter (see engine_call.c) */
	uint8_t function;	/* 1: the value is the address of a function (origin) */
	uint32_t exit;		/* source PI: how it left the function that read it
				 * (an ORIGIN_EXIT origin + 1), or 0 while it has not */
};

struct factset {
	struct fact *v;
	uint32_t n, cap;
};

struct source_origin {
	enum origin_kind kind;
	const char *identity;	/* "struct app.id_number", "get_id()" */
	unsigned cats;
	uint32_t trace;		/* the first trace made for it, or 0 */
};

/* An input: the caller's value at parameter param (nparams stands for
 * the variadic arguments), path below it, and everything reachable from
 * there when deep. A number input is a number field read there (or,
 * deep, one somewhere below): the caller's facts for it are those of the
 * field itself, not of the record around it (engine_call.c,
 * number_facts). */
struct input {
	const char *path;	/* "", "*", "*.phone": interned */
	int param;
	bool deep;
	bool number;
};

/* ---- summaries ---- */

enum row_kind {
	ROW_RETURN,		/* something reaches the return value */
	ROW_OUT,		/* ... what parameter out_param points to, at out_path */
	ROW_SINK,		/* an input reaches a sink */
	ROW_GLOBAL,		/* an input reaches a global */
	ROW_CLEAR,		/* what parameter out_param points to, at out_path,
				 * is overwritten on every path (cleared: with a
				 * known non-PI value); ROW_OUT rows say with what */
	ROW_CALL,		/* calls through the function pointer the caller
				 * passes at input in (rio's `r->write`): a caller
				 * that knows it gets a summary made for it
				 * (engine_special.c) */
	/* The rows of a call model: a callee's annotations and rule models,
	 * compiled once (engine_model.c) and applied as its summary's rows
	 * are (engine_call.c); never in a summary. rule is the entry, NULL
	 * for an annotation. */
	ROW_MODEL_SOURCE,	/* the result is PI (`pi:` cats, or a rule source) */
	ROW_MODEL_SINK,		/* arguments reach a sink (`pi-sink` sink_kinds, or a rule sink) */
	ROW_MODEL_PROTECT,	/* arguments protected (`pi-sanitizer` prot, or a rule sanitizer) */
	ROW_MODEL_COPY,		/* a rule propagator */
	ROW_MODEL_CLEAN,	/* a rule cleaner */
	ROW_MODEL_HANDLE,	/* a rule handle */
};

/* The fields are in the order that packs them, a few flags as bits (152
 * bytes on x86-64): summaries hold over a hundred thousand rows on redis. */
struct row {
	enum row_kind kind;
	bool from_input;	/* else a source or handle fact (origin, cats, handle) */
	uint8_t handle;
	uint8_t function;	/* a function address (origin) */
	uint8_t prot;		/* protections applied inside the callee */
	struct input in;
	uint32_t origin;	/* !from_input: program origin */
	uint16_t cats;
	bool cleared;		/* ROW_OUT, ROW_CLEAR */
	bool via_pointer;	/* reached through a call through a function pointer */
	/* the programs a ROW_SINK row's route cannot happen in (a set of
	 * programs_and() and its kin, engine_route.c), as the functions it
	 * goes through say */
	uint64_t excl;
	/* what the function reads below in and dest when they are deep
	 * (engine_tails.c): entries of the row's summary, or NULL */
	const struct tails *tails, *dest_tails;
	/* a row cut from deeper paths: where below its input it reads the
	 * pointers a caller parked there (engine_tails.c); NULL: where the
	 * input's reads do */
	struct tails *parked;
	/* ROW_OUT, ROW_CLEAR: the parameter whose target receives, or
	 * OUT_RETURN: the object the returned pointer points to */
	int out_param;
	uint32_t exit;		/* !from_input: the fact's exit (struct fact) */
	const char *out_path;
	/* ROW_SINK */
	struct input dest;	/* the input whose handle decides the kind */
	uint8_t sink_kinds;	/* resolved kinds; 0 when dest decides */
	bool has_dest;
	uint8_t default_kind;
	uint8_t field_kinds;	/* engine_handles.c: the stream's field, when undecided */
	bool object;		/* ROW_SINK: writes the bytes of the object (sink_site) */
	bool socket;		/* ROW_SINK: the sink works on a socket only (sink_site) */
	uint8_t stream_shape;	/* ROW_SINK: HANDLE_NUMBER or HANDLE_STREAM: the
				 * library call's stream is a descriptor or a FILE *
				 * (sink_site); 0 */
	bool points_into : 1;	/* ROW_RETURN from_input: the returned pointer points
				 * into the input's object at in.path */
	bool stores_pointer : 1;	/* ROW_OUT from_input: what the row moves is the
				 * pointer parameter in.param (or what it points
				 * to, going with it), stored where out_path is:
				 * `s->buf = value`, not a copy of the bytes */
	/* ROW_OUT: widening cut out_path, here or where a callee wrote what
	 * the row moves (struct entry's cut) */
	bool out_cut : 1;
	uint8_t kinds_named;	/* ROW_SINK: the kinds the row's steps name */
	/* the steps inside the callee: from the parameter (or source) to
	 * where the row ends */
	uint32_t trace;
	/* ROW_SINK: for each resolved kind, the step that says where the
	 * stream comes from (struct sink_site's why), kept apart in
	 * program.whys: an index + 1, or 0 for none (beside trace, where
	 * the struct had padding) */
	uint32_t whys;
	struct ir_loc sink_loc;	/* ROW_SINK: the library call that is the sink */
	const char *sink_function;
	/* ROW_GLOBAL */
	const char *global;
	/* ROW_MODEL_*: the rule entry, by kind; NULL for an annotation */
	union {
		const struct rule_source *source;
		const struct rule_sink *sink;
		const struct rule_sanitizer *sanitizer;
		const struct rule_propagator *propagator;
		const struct rule_cleaner *cleaner;
		const struct rule_handle *handle;
	} rule;
};

#define OUT_RETURN (-1)

/* The steps of a sink row that say where its stream comes from, by kind;
 * few rows have any, so they are kept apart from the rows. */
struct kind_whys {
	uint32_t step[SINK_KIND_COUNT];
};

/* The identities a summary has seen (engine_summary.c) are those of its
 * rows and of the rows it dropped as covered; the index refers to them by
 * position rather than holding a copy of each, which doubled the memory
 * summaries took on redis. */
struct summary {
	GArray *rows;		/* struct row */
	GArray *dropped;	/* struct row: dropped as covered, still known; or NULL */
	uint32_t *slots;	/* open addressing: 0 empty, else a row's ref + 1 */
	uint32_t nslots;	/* a power of two, or 0 */
	uint32_t nkeys;		/* identities seen: only grows */
	bool has_clear;		/* some row is ROW_CLEAR */
	/* what the function reads below its deep inputs (engine_tails.c):
	 * struct tails_key -> struct tails, or NULL */
	GHashTable *tails;
	GPtrArray *parked;	/* struct tails * of its cut rows (row.parked) */
};

/* ---- the program: all TUs linked ---- */

struct fn_info {
	const struct ir_func *fn;
	const struct ir_tu *tu;
	struct summary sum;
	unsigned *var_cats;	/* tags of each var: annotations, rules, heuristics */
	GPtrArray *callees;	/* struct fn_info *: direct and resolved indirect */
	GPtrArray *direct;	/* those of callees it calls by name */
	GPtrArray *callers;	/* the reverse */
	GPtrArray *named;	/* struct fn_info *: functions it names as values
				 * (a dependency, not a call edge) */
	GPtrArray *globals_read;	/* const char * identities of globals it reads */
	GArray *store_reads;	/* struct store_read: what its last analysis read
				 * of the global store; NULL before the first */
	unsigned analysed_at;	/* epoch of its last analysis; 0: never */
	unsigned changed_at;	/* epoch at which its summary last grew */
	bool queued;
	bool has_callers;
	/* the programs that do not link it (engine_route.c, routes_mark): a
	 * set of programs_and() and its kin; 0 where it constrains nothing */
	uint64_t excl;
	bool in_progress;
	/* findings of this function's last analysis */
	GPtrArray *findings;	/* struct pending_finding * */
	/* Findings of its analyses for callers' contexts (engine_special.c):
	 * a leak whose source and sink are both known only there, as
	 * abook's e_write_file, which opens the file and calls the exporter
	 * its caller passes. Kept across analyses, one per key. */
	GPtrArray *context_findings;
	GHashTable *context_keys;	/* struct pending_key, as ctx.pending_keys */
	int tarjan_index, tarjan_low;
	bool on_stack;
	unsigned scc;
	unsigned scc_pos;	/* position in its component: callees come first */
	bool test_code;		/* defined under a tests/ folder (prog_may_call) */
	bool pool_allocator;	/* engine_link.c: returns fresh memory (engine_call.c) */
	/* bit k: a switch tests parameter k as the caller passed it, here
	 * or in a callee it is passed to (engine_cases.c) */
	uint32_t switch_params;
	/* ... of those, the ones the function assigns constants to (a state
	 * machine's next state), and for each switch block that tests one
	 * through a variable or field, which (-1 elsewhere; NULL: none) */
	uint32_t switch_assigned;
	signed char *case_param;
	/* the first definition of a name several .c files define: all of
	 * them, itself first (link_callee); else NULL */
	GPtrArray *copies;
	/* a copy of a header's static function other than the first: the
	 * TUs whose own copy is the same code as this one; else NULL */
	GPtrArray *merged_tus;
	/* engine_live.c, made at its first analysis */
	struct live *live;
	bool live_known;
	/* --stats: the time of all its analyses, and their number */
	double seconds;
	unsigned analyses;
};

void live_free(struct live *l);

/* Test code is not linked into the product: a function defined under a
 * tests/ folder (gammu's tests/atgen/test_helper.c, which plugs a fake
 * device into the library's function tables) is never what a product
 * function calls through a pointer; test code may call anything. */
static inline bool prog_may_call(const struct fn_info *from, const struct fn_info *to)
{
	return !to->test_code || !from || from->test_code;
}



/* What the program knows of a function name across TUs: annotations from
 * any declaration, and its definition. */
struct fn_decl {
	struct ir_tags tags;
	struct fn_info *def;
};

struct field_info {
	const char *record, *name, *field_record;
	bool by_pointer;	/* a pointer (not an array): what it points to is elsewhere */
	unsigned type_flags;	/* enum ir_type_flag bits of its type */
	unsigned cats;
	enum tag_origin how;
	const char *rule_id;
	struct ir_loc loc;
};

struct global_info {
	const char *ident, *name, *record;
	unsigned cats;		/* tagged */
	enum tag_origin how;
	const char *rule_id;
	const struct rule_handle *handle;	/* stdout, stderr */
	bool standard;		/* one of the program's own standard streams
				 * (engine_streams.c), once linked: what lands
				 * in it carries no handle (engine_global.c) */
	struct ir_loc loc;
	const struct ir_global *def;
};

/* The flow-insensitive store of what globals hold, written by every
 * function and read by every function (engine_global.c). */
struct global_store {
	GHashTable *globals;	/* ident -> GPtrArray of struct gentry * (engine_global.c) */
	GHashTable *changed_at;	/* ident -> epoch of its last change */
	bool changed;
};

/* One read of the store by an analysis: a function is analysed again in a
 * later pass only when an entry such a read sees has changed since. */
struct store_read {
	const char *ident, *path;	/* interned */
	bool deep;
};

struct pending_finding {
	enum rule_id rule;
	struct ir_loc loc;
	const char *function, *callee, *sink_function;
	unsigned cats;
	unsigned sink;		/* enum sink_kind */
	bool protected_flow;
	unsigned prot;
	uint32_t origin;
	uint32_t trace;		/* the whole trace, source first */
	uint32_t why;		/* a step shown after it: where the stream its
				 * caller chose comes from (0: none) */
	bool param_tag;		/* from a tagged parameter of this function */
	uint32_t exit;		/* the fact's exit (struct fact) */
	struct ir_loc sink_loc;	/* the library call that is the real sink */
	bool stream_param;	/* the stream is this function's parameter: only
				 * where nobody calls it (else a row carries the
				 * flow to the callers, which decide) */
	uint64_t excl;		/* the programs its routes cannot happen in */
	uint64_t trace_excl;	/* those of the route trace shows */
};

/* The whole program. Each group of tables is made and freed by the file
 * named above it (X_init, X_free; engine_solve.c lists them in order);
 * the rest of the engine reads them. */
struct program {
	/* engine_program.c: the program's own */
	const struct rules *rules;
	GPtrArray *tus;
	char *source_root;	/* the folder all TUs' main files share, with '/' */
	GStringChunk *strings;
	/* "" and the left-out step's text, interned once: asked for millions
	 * of times (widening to the whole parameter, long routes) */
	const char *empty, *left_out_text;
	GArray *origins;	/* struct source_origin */
	GHashTable *origin_ids;	/* identity string -> index + 1 */
	struct engine_stats *stats;
	struct report *rep;
	double budget_seconds;	/* per function, in WORK_PER_SECOND units */
	unsigned epoch;		/* counts function analyses */
	/* engine_trace.c */
	void **tlink_blocks;	/* struct tlink, TNODE_BLOCK each; node 0 is "no step" */
	uint32_t ntnodes;	/* nodes made, node 0 included */
	void **tstep_blocks;	/* struct tnode, TNODE_BLOCK each: the steps' */
	uint32_t nsteps;
	uint32_t *tnode_slots;	/* open addressing: the ids of nodes by identity,
				 * so that no step is made twice; 0 empty */
	uint32_t tnode_nslots;	/* a power of two */
	struct splice_memo *splices;	/* a direct-mapped cache of trace_append */
	/* engine_path.c */
	GHashTable *path_steps;	/* a path's address -> its steps */
	GHashTable *path_prefixes;	/* interned path -> its shorter prefixes */
	/* engine_tags.c */
	GHashTable *heuristics;	/* "on:name" -> struct heuristic_answer */
	GHashTable *length_names;	/* name (by pointer) -> answers per position */
	bool heuristic_failed;	/* a heuristic match PCRE gave up on was reported */
	GHashTable *fields;	/* "record\x1fname" -> struct field_info * */
	GHashTable *record_fields;	/* record -> GPtrArray of struct field_info * */
	GHashTable *globals;	/* ident -> struct global_info * */
	/* engine_link.c */
	GHashTable *fns;	/* ident -> struct fn_info * (definitions) */
	GHashTable *decls;	/* ident -> struct fn_decl * */
	GPtrArray *fn_list;	/* struct fn_info *, in a stable order */
	GPtrArray *address_taken;	/* struct fn_info * */
	/* engine_fptr.c */
	GHashTable *type_fns;	/* function type -> address-taken functions of it */
	GHashTable *field_fns;	/* "record\x1ffield" -> functions it may hold */
	uint32_t fptr_none;	/* fptr_none_origin() + 1, once made */
	/* engine_alias.c */
	GHashTable *field_alias;	/* "record\x1ffield" -> the same buffer's other field */
	GHashTable *alias_answers;	/* its answers by the asker's name pointers */
	/* engine_handles.c */
	GHashTable *field_handles;	/* "record\x1ffield" -> sink-kind bits of handles stored there */
	GHashTable *owned_handles;	/* "owner record\x1fowner field\x1frecord\x1ffield" -> the same,
					 * for the object an owner's field points to */
	/* engine_streams.c */
	GHashTable *static_pointers;	/* global pointer ident -> the global objects it may hold */
	/* engine_global.c */
	struct global_store store;
	/* engine_model.c */
	GHashTable *model_cache;	/* struct call_model *, by name and identity pointers */
	/* engine_call.c */
	GHashTable *blind;	/* name -> struct blind_call: functions with no body
				 * and no model that were handed PI */
	GArray *whys;		/* struct kind_whys: the rows' (row.whys) */
	/* engine_special.c */
	GHashTable *specials;	/* context key -> struct special_entry * */
	unsigned special_depth;	/* specialised analyses under way */
	/* engine_route.c */
	unsigned nprograms;	/* the mains, when more than one */
	struct program_sets *program_sets;	/* NULL with 64 programs or fewer */
};

/* Types are questions about enum ir_type_flag bits, computed once by the
 * frontend from libclang's types (a synthesised node has none: 0). */
static inline bool type_is_pointer(unsigned tf)
{
	return tf & IR_TF_POINTER;
}

static inline bool type_is_array(unsigned tf)
{
	return tf & IR_TF_ARRAY;
}

/* Neither a pointer, an array nor a record: a number, an enum, a flag, a
 * function pointer. */
static inline bool type_is_scalar(unsigned tf, const char *record)
{
	return !record && !(tf & (IR_TF_POINTER | IR_TF_ARRAY));
}

/* Text, bytes, records and pointers carry PI; so does int, which is also
 * what descriptors are (their kind must follow them into callees), and so
 * does a function pointer, whose value decides what a call through it
 * does. Wider integers, floats, enums and flags are sizes, counts and
 * times. A type not known may carry anything. */
static inline bool type_may_carry_input(unsigned tf)
{
	return !(tf & IR_TF_KNOWN) || (tf & (IR_TF_POINTER | IR_TF_ARRAY | IR_TF_CHAR | IR_TF_INT |
					     IR_TF_RECORD | IR_TF_FUNCTION_POINTER));
}

static inline bool type_is_record_value(unsigned tf, const char *record)
{
	return record && (tf & IR_TF_KNOWN) && !(tf & (IR_TF_POINTER | IR_TF_ARRAY));
}

/* ======== The files, each under the ones it calls ======== */

/* The program layer first; the solver (engine_solve.c, engine.h's
 * engine_run) above them all. The only calls back up are the analysis'
 * own recursion: a call in an expression (engine_func.c to
 * engine_call.c), and a callee analysed again for a caller's context
 * (engine_call.c to engine_special.c to engine_func.c). The functions
 * that take a struct ctx are in engine_state.h. */

/* ---- engine_program.c: the program's own tables (program_init,
 * program_free) and the lookups every file makes ---- */
void program_init(struct program *p, GPtrArray *tus, const struct rules *rules, struct report *rep,
		  struct engine_stats *stats, double function_budget);
void program_free(struct program *p);
const char *prog_intern(struct program *p, const char *s);
struct fn_info *prog_function(struct program *p, const char *ident);
/* The definition a call by ident from caller, with nargs arguments (-1:
 * a function named as a value), reaches: of a name several programs of
 * the project define, the one nearest the caller's TU that the arguments
 * fit (engine_link.c). */
struct fn_info *link_callee(struct program *p, const struct fn_info *caller, const char *ident, int nargs);
const struct fn_decl *prog_decl(struct program *p, const char *ident);
uint32_t prog_origin(struct program *p, enum origin_kind kind, const char *identity, unsigned cats,
		     struct ir_loc loc);
const struct source_origin *prog_origin_get(const struct program *p, uint32_t id);
bool prog_category_sensitive(const struct program *p, unsigned cats);
/* Whether a source path lies under a folder that by convention holds
 * tests (tests, test, testsuite, unittests...), below the folder all TUs
 * share (a project checked out under ~/tests/ is not all test code). */
bool prog_path_is_test(const struct program *p, const char *path);
/* A call edge of the call graph; false when it was there already. */
bool prog_add_edge(struct fn_info *from, struct fn_info *to);
/* An edge found while analysing: another pass over the program runs. */
void prog_add_found_edge(struct program *p, struct fn_info *from, struct fn_info *to);

/* ---- engine_facts.c: fact sets ---- */
extern const struct factset factset_empty;
/* Both return true when the set grew (a new fact, or new categories). */
bool factset_add(struct factset *s, const struct fact *f);
bool factset_union(struct factset *s, const struct factset *o);
/* True when every fact of o is in s with no new categories: a union
 * would not change s. */
bool factset_covers(const struct factset *s, const struct factset *o);
void factset_clear(struct factset *s);
void factset_free(struct factset *s);
void factset_copy(struct factset *dst, const struct factset *src);
void factset_protect(struct factset *s, unsigned prot);
/* True when s holds PI and all of it is protected. */
bool factset_sealed(const struct factset *s);
unsigned factset_cats(const struct factset *s);

/* ---- engine_heap.c: a min-heap of numbers (worklists); zero-initialise,
 * free with uheap_free() ---- */
struct uheap {
	unsigned *v;
	unsigned n, cap;
};
void uheap_push(struct uheap *h, unsigned x);
unsigned uheap_pop(struct uheap *h);	/* the least; h must not be empty */
void uheap_free(struct uheap *h);

/* ---- engine_pending.c: a finding is pending from the call that makes it
 * to the report; an analysis makes each one (rule, call, origin,
 * protection) once ---- */
/* An empty set of pending findings' keys; free with g_hash_table_destroy. */
GHashTable *pending_keys_new(void);
/* The finding with pf's key that keys knows (its programs can still
 * grow), or NULL. */
struct pending_finding *pending_seen(GHashTable *keys, const struct pending_finding *pf);
/* Adds pf, kept by its owner's array, to keys. */
void pending_remember(GHashTable *keys, struct pending_finding *pf);

/* ---- engine_path.c: interned access paths, their steps and prefixes
 * split once per program (paths_init, paths_free) ---- */
void paths_init(struct program *p);
void paths_free(struct program *p);
/* The step path_steps() gives for a dereference (one pointer). */
extern const char STEP_DEREF[];
/* The steps of a path, NULL-ended; owned by the program. The path must
 * last as long as the program (interned, a rule's, or a suffix of one):
 * it is looked up by its address. */
const char *const *path_steps(struct program *p, const char *path);
/* The interned prefixes of an interned path, shortest first, NULL-ended
 * ("*.state.buffer": "", "*", "*.state"); owned by the program. */
const char **path_prefixes(struct program *p, const char *path);
/* The first n steps of an interned path, or the path when no longer. */
const char *path_first_steps(struct program *p, const char *path, unsigned n);
/* The first n steps, and the fields after them while the path has gone
 * through one pointer at most (records held by value): how inputs are cut. */
const char *path_cut(struct program *p, const char *path, unsigned n);
bool path_below(const char *path, const char *above);
/* The part of path below above, which it lies below: "cc.*.c" of
 * "*.link.*.cc.*.c" below "*.link.*"; "" for above itself. */
const char *path_rest(const char *path, const char *above);
/* Whether a path leaves a member by another member's name ("*.vbuf.^buf":
 * no object is there). */
bool path_impossible(const char *path);

/* ---- engine_trace.c: the trace store (trace_init, trace_free) ---- */
void trace_init(struct program *p);
void trace_free(struct program *p);
static inline const struct tlink *trace_link_at(const struct program *p, uint32_t t)
{
	return (const struct tlink *)p->tlink_blocks[t >> TNODE_BLOCK_BITS] + (t & (TNODE_BLOCK - 1));
}
uint32_t trace_step(struct program *p, uint32_t parent, struct ir_loc loc, const char *function,
		    const char *fmt, ...) G_GNUC_PRINTF(5, 6);
/* The same step for every fact of a set: format the message once with
 * trace_msg() (interned), then make each fact's node with trace_node(). */
const char *trace_msg(struct program *p, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
uint32_t trace_node(struct program *p, uint32_t parent, struct ir_loc loc, const char *function,
		    const char *message);
/* A protection step: trace_node() with the sanitizer that applied it. */
uint32_t trace_node_control(struct program *p, uint32_t parent, struct ir_loc loc, const char *function,
			    const char *message, const char *control);
/* The last protection step of a trace (its control is set), or NULL. */
const struct tnode *trace_find_control(const struct program *p, uint32_t tail);
/* A step at which a callee wrote the PI back into its caller's argument
 * (a buffer, a stream's buffer): trace_node() marked so. */
uint32_t trace_node_back(struct program *p, uint32_t parent, struct ir_loc loc, const char *function,
			 const char *message);
/* Appends to locs (struct ir_loc) the marked steps of a trace that stand
 * in function. */
void trace_back_steps(const struct program *p, uint32_t tail, const char *function, GArray *locs);
uint32_t trace_append(struct program *p, uint32_t prefix, uint32_t chain);
/* A step that ends a route at its sink, message interned (trace_msg()):
 * made however long the route, its middle left out; after_sink keeps the
 * route's last library sink step before this one (a step that decides
 * the stream's kind comes after the sink it decides for). */
uint32_t trace_end_node(struct program *p, uint32_t parent, bool after_sink, struct ir_loc loc, const char *function,
			const char *message);
uint32_t trace_append_end(struct program *p, uint32_t prefix, uint32_t chain);
void trace_to_report(const struct program *p, uint32_t tail, uint32_t end, struct trace_step **steps, unsigned *n);
/* The first step of a trace (where the PI was read), or NULL. */
const struct tnode *trace_first(const struct program *p, uint32_t tail);

/* ---- engine_tails.c: what a function reads below a deep input ---- */
/* t itself, or NULL where it stands for everything below its input. */
const struct tails *tails_filter(const struct tails *t);
/* The tails s keeps for the deep input in, made empty at first. */
struct tails *tails_entry(struct summary *s, const struct input *in);
/* Notes in t that its function reads, below its deep input, at prefix
 * (a path below it; kept, so interned or inside an interned path): the
 * value there (exact), or everything below it, or (below not NULL) the
 * tails below says are read there. prefix "": the input itself, all
 * below it unless below says otherwise. Returns whether this changes
 * what a caller has seen. */
bool tails_note(struct program *p, struct tails *t, const char *prefix, bool exact, const struct tails *below);
/* Whether a path below the input (its part past the input's path) is
 * on one of the tails: below one, or above one. t NULL: always. */
bool tails_admit(const struct tails *t, const char *below);
/* Whether a read of the input with tails t takes all that a read at
 * below (exact, or deep) does: a row from the input covers one from
 * there. */
bool tails_cover(const struct tails *t, const char *below, bool deep);
/* Notes that a row of s reads the input in (the tails of a deep one
 * matter to callers from now on); returns its tails (owned by s), or
 * NULL when in is not deep. */
const struct tails *tails_used(struct summary *s, const struct input *in);
/* The parked-pointer tails of an input's tails t (struct tails): made
 * a copy of t at first; tails_parked_if() gives NULL while they are t
 * itself. */
struct tails *tails_parked(struct tails *t);
struct tails *tails_parked_if(struct tails *t);
/* A cut row's own parked tails, empty, owned by s; and the parked tails
 * to read r's input with when its tails are everything and they are
 * not (else NULL). */
struct tails *tails_new_parked(struct summary *s);
const struct tails *row_parked(const struct row *r);
void tails_table_free(struct summary *s);
void tails_print(const struct tails *t, FILE *out);	/* for the summary dump */
void tails_print_parked(const struct tails *t, FILE *out);

/* ---- engine_summary.c: summary rows, and the exits of source facts ---- */
void summary_init(struct summary *s);
void summary_free(struct summary *s);
bool summary_add(struct program *p, struct summary *s, const struct row *r);
bool summary_has(struct program *p, const struct summary *s, const struct row *r);
/* How far the summary has widened (engine_summary.c, widen): 0 not yet,
 * 1 paths cut to their first steps, 2 inputs whole parameters. The rows
 * summary_has looks for depend on it and on nothing else of the summary
 * but the rows it has, which only grow. */
unsigned summary_widening(const struct summary *s);
/* Whether the summary ever took a row with r's identity (r's trace aside),
 * as it is, unwidened: one of its rows, or one it dropped as covered. */
bool summary_knows(const struct summary *s, const struct row *r);
/* The exit a source fact gets where it first leaves function, the
 * function that read it: through its return (param -1), an
 * out-parameter, or a global (how names which). */
uint32_t fact_exit(struct program *p, const char *function, const struct fact *f, const char *how, int param);

/* ---- engine_model.c: call models (models_free) ---- */
/* What a call does besides its callee's summary: rows of the callee's
 * annotations (`pi-sink`, `pi-sanitizer`, `pi:`), then of its rule
 * models, which engine_call.c applies as it does a summary's rows. */
struct call_model {
	const char *name, *ident;	/* the key: a callee's pointers, one string per TU */
	GArray *rows;		/* struct row, ROW_MODEL_* */
	/* rows[0..always): the annotations and a rule file's sources, which
	 * apply whether or not the program defines the function; the rest
	 * model one it does not */
	unsigned always;
	bool skip_return;	/* `pi-sanitizer` or `pi:` stands for the summary's return rows */
	bool skip_sinks;	/* `pi-sink` stands for its sink rows */
	unsigned skip_out;	/* bit N: a user's sanitizer writes *N, standing
				 * for the summary's out and clear rows there */
	bool annotated;
	bool ruled;		/* a rule file models it ... */
	bool inert;		/* ... as reading PI and making none */
	/* a sink heuristic made it a sink (a project's logging API), standing
	 * for the sinks its body reaches (skip_sinks) and for what it leaves
	 * in globals */
	const struct rule_heuristic *sink_heuristic;
	struct rule_sink heur_sink;	/* the sink it is: format and what follows */
	struct rule_args heur_args;
};

/* The model of the callee name (identity ident, definition fi or NULL),
 * compiled at its first call; owned by the program. */
const struct call_model *call_model(struct program *p, const char *name, const char *ident,
				    const struct fn_info *fi);
void models_free(struct program *p);
/* A problem for each function the program defines that a user's rule
 * file models as a library function (propagator, cleaner, handle): those
 * entries apply only where there is no body, and must not look obeyed. */
void models_report_ignored(struct program *p);

/* ---- engine_tags.c: where PI is declared (tags_init, tags_free) ---- */
void tags_init(struct program *p);
void tags_free(struct program *p);
void tags_collect(struct program *p);
const struct field_info *tags_field(const struct program *p, const char *record, const char *name);
const GPtrArray *tags_record_fields(const struct program *p, const char *record);
const struct global_info *tags_global(const struct program *p, const char *ident);
void tags_vars(struct program *p, struct fn_info *fi);
/* Whether a number stored in a place named name, at position on (one
 * enum heur_on bit), is a length by a "derived" heuristic. */
bool tags_length_name(struct program *p, const char *name, unsigned on);
/* How fi's variable v was tagged (annotation, rule, heuristic) and the
 * id of the rule or heuristic, for the inventory. */
void tags_var_origin(struct program *p, const struct fn_info *fi, unsigned v, enum tag_origin *how,
		     const char **rule_id);

/* ---- engine_callbacks.c: a registration of a handler that a library
 * calls back (rule files' "callbacks") is followed by that call in the
 * IR; run once per TU before the call graph is built. Returns the calls
 * made. ---- */
unsigned callbacks_expand(struct program *p);

/* ---- engine_fptr.c: the functions stored in each record's
 * function-pointer fields (made by fptr_collect, freed by fptr_free).
 * fptr_candidates() gives those a call through callee (an expression
 * such as `ops->f` or `(*s.f)`) may reach, or NULL when the field is
 * unknown or open (then the pointer's type decides). ---- */
void fptr_collect(struct program *p);
void fptr_free(struct program *p);
const GPtrArray *fptr_candidates(const struct program *p, const struct ir_expr *callee, const char *fn_type);
/* The interned key of the record field callee is read from, or NULL; and
 * the functions stored in that field (NULL when unknown or open). */
const char *fptr_field_key(struct program *p, const struct ir_expr *callee);
const GPtrArray *fptr_field_fns(const struct program *p, const char *key);
/* fptr_field_fns, or NULL past what a call through a plain pointer would
 * follow (FPTR_SPECIFIC_FANOUT): the functions a value read from the
 * field carries as facts. */
const GPtrArray *fptr_field_fns_carried(const struct program *p, const char *key);
/* The functions a call through the field at path ("*.g.f") below arg can
 * reach, known from the container arg points into (`&vp->vbuf`: what is
 * ever stored in a VSTRING's vbuf.f), or NULL when the container says
 * nothing more than the field's own record. FPTR_NONE when the path
 * leaves arg's container by another member ("*.^buf.write_fn" below a
 * VSTRING's `&vp->vbuf`): no such call can be made. */
const GPtrArray *fptr_container_fns(struct program *p, const struct ir_expr *arg, const char *path);
extern const GPtrArray *const FPTR_NONE;
/* The origin of the function fact that stands for "calls nothing" in a
 * caller's context (engine_special.c), made once per program. */
uint32_t fptr_none_origin(struct program *p);
/* The address-taken functions of type fn_type, or NULL when there are none
 * or too many to follow (FPTR_TYPE_FANOUT). */
const GPtrArray *fptr_of_type(const struct program *p, const char *fn_type);

/* ---- engine_link.c: the TUs linked into the program's functions and
 * declarations (link_init, link_free), and its call graph ---- */
void link_init(struct program *p);
void link_free(struct program *p);
void link_program(struct program *p);

/* ---- engine_alias.c: pointer fields of a record that point into one
 * buffer (a builder's base and cursor) are one field; alias_field()
 * names it (alias_init, alias_free) ---- */
void alias_init(struct program *p);
void alias_free(struct program *p);
void alias_collect(struct program *p);
const char *alias_field(struct program *p, const char *record, const char *field);

/* ---- engine_handles.c: the kinds of handle each record field is given
 * by the program's assignments; made once after linking by
 * handles_collect, freed by handles_free ---- */
void handles_collect(struct program *p);
void handles_free(struct program *p);
/* Whether a rule's condition holds at this call (an argument that is the
 * named constant), and what a literal path makes of a handle's kinds (a
 * log, a device, or kinds unchanged): one answer for calls and for the
 * field pre-pass. */
bool handle_cond_holds(const struct ir_expr *call, const struct rule_cond *cond);
unsigned handle_path_kinds(const char *path, unsigned kinds);
/* Sink-kind bits (HANDLE_DEVICE too) of record.field; 0: nothing known. */
unsigned handles_of_field(const struct program *p, const char *record, const char *field);
/* The same for record.field of the object the field expression owner
 * (`s->io`) points to; 0: no setter call or store names that owner. */
unsigned handles_of_owned_field(const struct program *p, const struct ir_expr *owner, const char *record,
				const char *field);

/* ---- engine_streams.c: the global objects each global pointer may
 * hold, when the program says so plainly; made once after linking by
 * streams_collect, freed by streams_free ---- */
void streams_collect(struct program *p);
void streams_free(struct program *p);
/* The sink-kind bits a stream argument written through its field (path
 * "*.fd") has by those objects' initializers; 0: not known. */
unsigned streams_static_kinds(const struct program *p, const struct ir_expr *arg, const char *path);

/* ---- engine_global.c: the global store, the program's side
 * (store_init, store_free); the analysis' side is in engine_state.h ---- */
void store_init(struct program *p);
void store_free(struct program *p);
/* Whether what fi's last analysis read of the store has changed since. */
bool store_changed_since(const struct program *p, const struct fn_info *fi);
/* Seeds the global store with the function addresses that globals'
 * initializers hold (dispatch tables, ops structs). */
void seed_global_functions(struct program *p);

/* ---- engine_func.c: one function ---- */
/* Returns true when the function's summary grew. */
bool analyse_function(struct program *p, struct fn_info *fi);

/* What a caller knows of the function pointers a callee calls through
 * its parameters (ROW_CALL): at input in, these functions (origins of
 * function facts). */
#define SPECIAL_MAX 4
struct special_input {
	struct input in;
	struct factset fns;
	/* a constant the caller passes as parameter in.param, which the
	 * function switches on (engine_cases.c); in.path is NULL then */
	bool constant;
	long long value;
};
struct special {
	unsigned n;
	struct special_input v[SPECIAL_MAX];
	/* some input is known from the container the caller's argument is
	 * in (fptr_container_fns): few contexts, so any size is worth one */
	bool by_container;
	/* a switch parameter's constant: the context runs one case, so any
	 * size is worth one (engine_cases.c) */
	bool by_constant;
};
/* Analyses fi once more with what spec says known, into sum (made by the
 * caller with summary_init); its findings join fi->context_findings, one
 * per key across all its contexts. */
void analyse_function_special(struct program *p, struct fn_info *fi, const struct special *spec,
			      struct summary *sum);

/* ---- engine_special.c: the summary of fi for a caller that knows spec,
 * made once per function, context and analysis of fi; NULL when fi is
 * not to be specialised there (recursion, depth). Owned by the program
 * (special_free). ---- */
const struct summary *special_summary(struct program *p, struct fn_info *fi, const struct special *spec);
void special_free(struct program *p);

/* ---- engine_cases.c: each function's switch parameters (fn_info's
 * switch_params), before the analysis ---- */
void cases_collect(struct program *p);

/* ---- engine_call.c: calls (call_init, call_free; the analysis' side
 * is in engine_state.h). report_blind_calls() reports the functions with
 * no body and no model that were handed PI. ---- */
void call_init(struct program *p);
void call_free(struct program *p);
void report_blind_calls(struct program *p);

/* ---- engine_route.c: the programs (mains) a route can run in ---- */
struct routes;
/* Which programs reach each function, once the call graph is complete;
 * free with routes_free(). */
struct routes *routes_make(struct program *p);
void routes_free(struct routes *r);
/* Whether one program holds both at, the function a finding stands in,
 * and the function the trace's first step (the source's read) stands in,
 * and is not one of excl (those the route to the sink cannot run in). */
bool routes_feasible(const struct routes *r, const struct program *p, const struct fn_info *at, uint32_t trace,
		     uint64_t excl);
/* Sets each function's excl, before the analysis: the programs that do
 * not link it. */
void routes_mark(struct program *p);
void routes_sets_free(struct program *p);
/* A set of programs, as a row's excl holds it: with 64 programs or fewer
 * their mask (bit k: the k-th main), with more the number of an interned
 * set; 0 is the empty set either way, and equal sets are equal numbers.
 * and: both; or: either; within: whether a holds no program b does not. */
uint64_t programs_sets_and(struct program *p, uint64_t a, uint64_t b);
uint64_t programs_sets_or(struct program *p, uint64_t a, uint64_t b);
bool programs_sets_within(const struct program *p, uint64_t a, uint64_t b);
/* Inline for the masks: rows are merged on every summary change. */
static inline uint64_t programs_and(struct program *p, uint64_t a, uint64_t b)
{
	return p->program_sets ? programs_sets_and(p, a, b) : a & b;
}
static inline uint64_t programs_or(struct program *p, uint64_t a, uint64_t b)
{
	return p->program_sets ? programs_sets_or(p, a, b) : a | b;
}
static inline bool programs_within(const struct program *p, uint64_t a, uint64_t b)
{
	return p->program_sets ? programs_sets_within(p, a, b) : !(a & ~b);
}
/* Whether a route that cannot run in excl can run in fi's programs. */
bool programs_route_runs(const struct program *p, const struct fn_info *fi, uint64_t excl);
/* For the summaries' dump: the programs' numbers, "3,17"
 * (PITRACE_DUMP_ROUTES names them). */
void programs_print(const struct program *p, uint64_t excl, FILE *out);

/* ---- engine_report.c: findings and the inventory, to the report ---- */
void report_findings(struct program *p);
void report_inventory(struct program *p);

#endif
