/* SPDX-License-Identifier: Apache-2.0 */
/* rules.h - rule packs: where PI comes from, where it goes, what protects
 * it and how library functions move it (docs/rules.md is the user's manual).
 *
 * Loaded once before analysis and read-only afterwards, so the worker threads
 * and the engine share one struct rules without locks.
 *
 * Argument indexes are 0-based. An argument range is first..last inclusive;
 * last == RULE_ARGS_REST means "and every argument after it" (variadic).
 */
#ifndef PITRACE_RULES_H
#define PITRACE_RULES_H

#include <stdbool.h>
#include <stdio.h>

#include <glib.h>

#include "pi.h"

#define RULE_ARGS_REST (-1)

struct rule_args {
	int first, last;
};

enum rule_target_kind {
	TARGET_RETURN,		/* "return" */
	TARGET_ARG,		/* "N": the argument's own place (a handle variable) */
	TARGET_ARG_DEREF,	/* "*N": what argument N points to */
};

struct rule_target {
	enum rule_target_kind kind;
	int arg;
};

/* A model applies only when argument arg is one of the named constants
 * (an enum constant or macro name such as CURLOPT_POSTFIELDS). */
struct rule_cond {
	int arg;		/* -1: no condition */
	char **equals;		/* NULL-terminated */
};

/* Common head of every rule entry. */
struct rule_head {
	char *id;
	char *file;		/* the rule file it came from */
	char *function;		/* the function it models, or NULL */
	bool builtin;		/* from the built-in packs: a library's model */
};

enum rule_source_kind {
	SOURCE_FIELD,		/* "field": "struct x.f" */
	SOURCE_GLOBAL,		/* "global": "name" */
	SOURCE_RETURN,		/* "function": "name" */
	SOURCE_PARAM,		/* "function" + "param": N */
};

struct rule_source {
	struct rule_head head;
	enum rule_source_kind kind;
	char *record;		/* SOURCE_FIELD: "struct x" */
	char *name;		/* field or global name */
	int param;
	enum pi_category category;
};

struct rule_sink {
	struct rule_head head;
	struct rule_args *args;	/* the arguments that reach the sink */
	unsigned nargs;
	enum sink_kind kind;	/* fixed kind, or the default when dest is unknown */
	int dest;		/* argument whose handle decides the kind; -1 none */
	bool object;		/* writes the bytes of the object an argument points to */
	/* works on a socket only (send, sendto, sendmsg): of what dest may
	 * hold, only a socket's kind counts; a file or a standard stream it
	 * holds elsewhere is not what reaches this call */
	bool socket;
	struct rule_cond cond;
};

/* Where handles (streams, descriptors, connections) come from. */
struct rule_handle {
	struct rule_head head;
	char *global;		/* a global such as stdout, instead of a function */
	enum sink_kind kind;
	bool device;		/* "kind": "device": not a sink at all (kind unused) */
	int path_arg;		/* a path argument: a literal *.log or /var/log/... is a log,
				 * /dev/... a device; -1 none */
	int url_arg;		/* a URL argument: https:// -> network-tls, http:// -> network; -1 none */
	struct rule_target target;	/* where the handle appears: usually the return */
	struct rule_cond cond;
};

struct rule_sanitizer {
	struct rule_head head;
	unsigned kind;		/* enum pi_protection bits */
	struct rule_args *from;
	unsigned nfrom;
	struct rule_target *to;
	unsigned nto;
};

struct rule_propagator {
	struct rule_head head;
	struct rule_args *from;
	unsigned nfrom;
	struct rule_target *to;
	unsigned nto;
	struct rule_cond cond;
	bool append;		/* "mode": "append" (strcat) adds to the target;
				 * the default "replace" (strcpy) overwrites it */
};

/* Functions that overwrite an argument with non-PI (memset, bzero). */
struct rule_cleaner {
	struct rule_head head;
	struct rule_target *clears;
	unsigned nclears;
};

/* A library function that keeps a program function and calls it later
 * (libevent's event_set, pthread_create): argument `handler` is the
 * function, called with the registration's arguments `args`, in order. */
struct rule_callback {
	struct rule_head head;
	int handler;
	int *args;
	unsigned nargs;
};

/* An "allocators" entry (docs/rules.md). */
struct rule_allocator {
	struct rule_head head;
	bool fresh;
};

/* What rule files say of a function as an allocator; unsaid, the engine
 * goes by its name and return type (engine_link.c). */
enum rule_allocator_say { ALLOCATOR_UNSAID, ALLOCATOR_FRESH, ALLOCATOR_NOT };

enum heur_on {
	HEUR_FIELD = 1u << 0,
	HEUR_GLOBAL = 1u << 1,
	HEUR_LOCAL = 1u << 2,
	HEUR_PARAM = 1u << 3,
	HEUR_ALL = 0xf,		/* an entry without "on": not members */
	HEUR_MEMBER = 1u << 4,	/* "record.field", asked of a field whose own name says nothing */
	HEUR_FUNCTION = 1u << 5,	/* a function the program defines: a sink heuristic's */
};
#define HEUR_KINDS 6		/* bits of enum heur_on */

struct rule_heuristic {
	struct rule_head head;
	enum pi_category category;
	GRegex *pattern;	/* matched against the normalised identifier */
	GRegex *exclude;	/* may be NULL */
	unsigned on;		/* enum heur_on bits */
	int sink;		/* a sink heuristic (on functions): its enum sink_kind; else -1 */
	/* "derived": "length": a number stored in a place so named is a
	 * length, size or count (rules_heuristic_length); tags nothing */
	bool length;
};

/* Everything rules say about one function name, gathered by rules_finish().
 * Arrays of pointers into the rule lists; NULL-terminated. */
struct rule_function {
	const char *name;
	const struct rule_sink **sinks;
	const struct rule_handle **handles;
	const struct rule_sanitizer **sanitizers;
	const struct rule_propagator **propagators;
	const struct rule_cleaner **cleaners;
	const struct rule_source **sources;	/* SOURCE_RETURN and SOURCE_PARAM */
	const struct rule_callback **callbacks;
	bool inert;		/* an "inert" entry: reads PI, makes and sends none */
	enum rule_allocator_say allocator;	/* the last "allocators" entry's */
};

struct category_info {
	bool sensitive;
	char *label_en, *label_zh, *description;
	char **legal;		/* NULL-terminated references */
};

struct rules;

/* Create an empty rule set; free with rules_free(). */
struct rules *rules_new(void);
void rules_free(struct rules *r);

/* Load a rule file, or every *.json file of a folder in name order. On
 * failure returns false and sets *error to a message naming the file, the
 * JSON path (sinks[3].args[0]) and, when known, the line; free it with
 * g_free(). Later entries replace earlier ones with the same id. */
bool rules_load_path(struct rules *r, const char *path, char **error);
/* The same for the built-in packs: their entries model libraries, which
 * the program being analysed may also define (a bundled hiredis). */
bool rules_load_builtin(struct rules *r, const char *path, char **error);

/* Apply "disable" switches and index by function name. heuristics=false
 * drops every identifier heuristic (--no-heuristics). Call once, after the
 * last load and before any query. */
void rules_finish(struct rules *r, bool heuristics);

/* Queries; the results belong to the rule set. */
const struct rule_function *rules_function(const struct rules *r, const char *name);
/* Category mask of a struct field or global named by rules (not heuristics). */
unsigned rules_field_categories(const struct rules *r, const char *record, const char *field);
unsigned rules_global_categories(const struct rules *r, const char *name);
/* The id of the first rule that declares the field or global a source,
 * for the inventory; NULL when none does. Owned by the rule set. */
const char *rules_field_id(const struct rules *r, const char *record, const char *field);
const char *rules_global_id(const struct rules *r, const char *name);
/* A global that is a handle (stdout): its rule, or NULL. */
const struct rule_handle *rules_global_handle(const struct rules *r, const char *name);
/* Category mask the identifier heuristics give ident in position on
 * (one enum heur_on bit); if rule is not NULL it receives the first match.
 * A match PCRE gave up on sets *err (if err is not NULL and *err is NULL;
 * the caller frees it) and is answered as a match of the pattern and a
 * miss of its exclusion. */
unsigned rules_heuristic_categories(const struct rules *r, const char *ident,
				    unsigned on, const struct rule_heuristic **rule, GError **err);
/* The first sink heuristic whose pattern the function's name matches and
 * no exclusion for functions vetoes, or NULL; err as above, a match PCRE
 * gave up on answered as no sink (a sink heuristic only drops findings). */
const struct rule_heuristic *rules_heuristic_sink(const struct rules *r, const char *ident, GError **err);
/* The first "derived": "length" heuristic of positions on (one enum
 * heur_on bit) whose pattern the identifier matches and own exclusion
 * does not, or NULL: a number stored in such a place (`reallen`,
 * `vp->length`, `*pwlen`) is a length, whatever it was computed from. The
 * exclusions without a pattern do not apply (they keep lengths from being
 * tagged). A match PCRE gave up on answers NULL. */
const struct rule_heuristic *rules_heuristic_length(const struct rules *r, const char *ident, unsigned on);
/* Is the function a modelled cipher: an encrypt sanitizer from a rule file? */
bool rules_is_cipher(const struct rules *r, const char *name);
const struct category_info *rules_category(const struct rules *r, enum pi_category c);
bool rules_category_sensitive(const struct rules *r, unsigned category_mask);

/* Calls fn for every field a rule file declares a source: record is its
 * name without "struct "/"union " (as the rule may spell it). */
void rules_each_field(const struct rules *r,
		      void (*fn)(const char *record, const char *field, unsigned cats, const char *id, void *data),
		      void *data);
/* Every rule file loaded, in load order (char *); owned by r. */
const GPtrArray *rules_files(const struct rules *r);
/* SHA-256 over every rule file loaded, in load order; static storage. */
const char *rules_digest(const struct rules *r);
/* --list-rules: every loaded entry with the file it came from. */
void rules_print(const struct rules *r, FILE *out);

/* Rewrites an identifier for the heuristics: camelCase and digits-to-letters
 * boundaries become '_', everything lower case ("idCardNo" -> "id_card_no").
 * Free with g_free(). */
char *rules_normalise_identifier(const char *ident);

#endif
