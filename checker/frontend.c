/* SPDX-License-Identifier: Apache-2.0 */
/* frontend.c - parse a translation unit and lower its declarations: records
 * and their tagged fields, globals, annotated prototypes, and (through
 * frontend_stmt.c) every function body outside system headers. */
#include <stdlib.h>
#include <string.h>

#include "compdb.h"
#include "frontend_int.h"
#include "pi.h"

struct frontend {
	CXIndex index;
};

struct frontend *frontend_new(void)
{
	struct frontend *fe = g_new0(struct frontend, 1);
	fe->index = clang_createIndex(0, 0);
	return fe;
}

void frontend_free(struct frontend *fe)
{
	if (!fe)
		return;
	clang_disposeIndex(fe->index);
	g_free(fe);
}

const char *frontend_clang_version(void)
{
	static char version[128];
	static gsize done;
	if (g_once_init_enter(&done)) {
		CXString s = clang_getClangVersion();
		g_strlcpy(version, clang_getCString(s), sizeof version);
		clang_disposeString(s);
		g_once_init_leave(&done, 1);
	}
	return version;
}

char *cursor_spelling(CXCursor c)
{
	CXString s = clang_getCursorSpelling(c);
	char *r = g_strdup(clang_getCString(s));
	clang_disposeString(s);
	return r;
}

static enum CXChildVisitResult collect_child(CXCursor c, CXCursor parent, CXClientData data)
{
	(void)parent;
	g_array_append_val((GArray *)data, c);
	return CXChildVisit_Continue;
}

GArray *cursor_children(CXCursor c)
{
	GArray *kids = g_array_sized_new(FALSE, FALSE, sizeof(CXCursor), 4);
	clang_visitChildren(c, collect_child, kids);
	return kids;
}

static const char *file_name(struct lower_tu *lt, CXFile f)
{
	if (!f)
		return NULL;
	const char *name = g_hash_table_lookup(lt->file_names, f);
	if (!name) {
		CXString s = clang_getFileName(f);
		name = ir_intern(lt->tu, clang_getCString(s));
		clang_disposeString(s);
		g_hash_table_insert(lt->file_names, f, (gpointer)name);
	}
	return name;
}

/* Findings stand where the developer reads the code: for code expanded
 * from a macro, the macro's use. */
struct ir_loc lower_loc(struct lower_tu *lt, CXSourceLocation where)
{
	CXFile f;
	unsigned line, col;
	clang_getExpansionLocation(where, &f, &line, &col, NULL);
	return (struct ir_loc){ .file = file_name(lt, f), .line = line, .col = col };
}

struct ir_loc cursor_loc(struct lower_tu *lt, CXCursor c)
{
	return lower_loc(lt, clang_getCursorLocation(c));
}

const char *cursor_header(struct lower_tu *lt, CXCursor c)
{
	CXFile f;
	clang_getExpansionLocation(clang_getCursorLocation(c), &f, NULL, NULL, NULL);
	return clang_File_isEqual(f, lt->main_file) ? NULL : file_name(lt, f);
}

static void add_problem(struct lower_tu *lt, CXCursor at, const char *fmt, const char *what)
{
	struct ir_loc loc = cursor_loc(lt, at);
	char *msg = g_strdup_printf("%s:%u:%u: ", loc.file ? loc.file : "?", loc.line, loc.col);
	char *body = g_strdup_printf(fmt, what);
	char *all = g_strconcat(msg, body, NULL);
	g_ptr_array_add(lt->tu->annotation_errors, (gpointer)ir_intern(lt->tu, all));
	g_free(msg);
	g_free(body);
	g_free(all);
}

struct tag_walk {
	struct lower_tu *lt;
	struct ir_tags tags;
};

/* The annotation keys pitrace knows, for the suggestion a misspelt one
 * gets. */
static const char *const annotation_keys[] = { "pi", "pi-sanitizer", "pi-sink" };

static unsigned edit_distance(const char *a, const char *b)
{
	size_t n = strlen(b);
	unsigned *row = g_new(unsigned, n + 1);
	for (size_t j = 0; j <= n; j++)
		row[j] = (unsigned)j;
	for (size_t i = 1; a[i - 1]; i++) {
		unsigned diag = row[0];
		row[0] = (unsigned)i;
		for (size_t j = 1; j <= n; j++) {
			unsigned up = row[j];
			unsigned best = MIN(row[j], row[j - 1]) + 1;
			best = MIN(best, diag + (g_ascii_tolower(a[i - 1]) != b[j - 1]));
			row[j] = best;
			diag = up;
		}
	}
	unsigned d = row[n];
	g_free(row);
	return d;
}

/* Whether an annotation key that is none of pitrace's looks like one
 * misspelt (`pi-sinks`, `pi_sink`, `PI`, `pii`, `pi-sanitiser`), rather than
 * another tool's (`pipeline`); and the key it most likely meant. */
static const char *misspelt_key(const char *key)
{
	if (g_ascii_strncasecmp(key, "pi", 2))
		return NULL;
	const char *best = NULL;
	unsigned best_d = G_MAXUINT;
	for (unsigned i = 0; i < G_N_ELEMENTS(annotation_keys); i++) {
		unsigned d = edit_distance(key, annotation_keys[i]);
		if (d < best_d) {
			best_d = d;
			best = annotation_keys[i];
		}
	}
	char next = key[2];
	bool separated = !next || !g_ascii_isalpha(next) || !g_ascii_strcasecmp(key + 2, "i");
	return separated || best_d <= 2 ? best : NULL;
}

static bool on_function(CXCursor decl)
{
	enum CXCursorKind k = clang_getCursorKind(decl);
	return k == CXCursor_FunctionDecl;
}

static bool on_value(CXCursor decl)
{
	enum CXCursorKind k = clang_getCursorKind(decl);
	return k == CXCursor_FieldDecl || k == CXCursor_VarDecl || k == CXCursor_ParmDecl ||
	       k == CXCursor_FunctionDecl;
}

static enum CXChildVisitResult read_annotation(CXCursor c, CXCursor parent, CXClientData data)
{
	struct tag_walk *w = data;
	if (clang_getCursorKind(c) != CXCursor_AnnotateAttr)
		return CXChildVisit_Continue;
	char *text = cursor_spelling(c);
	const char *colon = strchr(text, ':');
	char *key = colon ? g_strndup(text, (gsize)(colon - text)) : g_strdup(text);
	bool known = false;
	for (unsigned i = 0; i < G_N_ELEMENTS(annotation_keys); i++)
		known = known || !strcmp(key, annotation_keys[i]);
	const char *meant = known ? NULL : misspelt_key(key);
	if (meant) {
		char *quoted = g_strdup_printf("%s' in annotation: not one of pitrace's (did you mean '%s:'?)", text,
					       meant);
		add_problem(w->lt, c, "'%s", quoted);
		g_free(quoted);
		colon = NULL;
	} else if (known && !strcmp(key, "pi") && !on_value(parent)) {
		add_problem(w->lt, c, "'%s' in annotation: PI tags go on a field, a variable, a parameter "
				      "or a function (its result), not on a type", text);
		colon = NULL;
	} else if (known && strcmp(key, "pi") && !on_function(parent)) {
		add_problem(w->lt, c, "'%s' in annotation: sinks and sanitizers are functions; put it on a "
				      "function's declaration", text);
		colon = NULL;
	} else if (known && !colon) {
		add_problem(w->lt, c, "'%s' in annotation: a kind is missing after ':'", text);
	}
	g_free(key);
	if (colon) {
		size_t n = (size_t)(colon - text);
		const char *arg = colon + 1;
		int v;
		if (n == 2 && !strncmp(text, "pi", 2)) {
			if ((v = pi_category_from_name(arg)) >= 0)
				w->tags.pi |= 1u << v;
			else
				add_problem(w->lt, c, "unknown PI category '%s' in annotation", arg);
		} else if (n == 12 && !strncmp(text, "pi-sanitizer", 12)) {
			if ((v = pi_protection_from_name(arg)) >= 0)
				w->tags.sanitizer |= (unsigned)v;
			else
				add_problem(w->lt, c, "unknown sanitizer kind '%s' in annotation", arg);
		} else if (n == 7 && !strncmp(text, "pi-sink", 7)) {
			if ((v = sink_kind_from_name(arg)) >= 0)
				w->tags.sink |= 1u << v;
			else
				add_problem(w->lt, c, "unknown sink '%s' in annotation", arg);
		}
	}
	g_free(text);
	return CXChildVisit_Continue;
}

struct ir_tags cursor_tags(struct lower_tu *lt, CXCursor c)
{
	struct tag_walk w = { .lt = lt };
	if (clang_Cursor_hasAttrs(c))
		clang_visitChildren(c, read_annotation, &w);
	return w.tags;
}

/* The file a static function is defined in, when that is a header: NULL
 * for one defined in the main file, or not defined in this TU. */
static const char *header_definition(struct lower_tu *lt, CXCursor decl)
{
	if (clang_getCursorKind(decl) != CXCursor_FunctionDecl)
		return NULL;
	CXCursor def = clang_getCursorDefinition(decl);
	return clang_Cursor_isNull(def) ? NULL : cursor_header(lt, def);
}

/* External names link across TUs by name; a static one is private to its
 * TU, so its identity carries the TU's main file. A static function a
 * header defines is the same code in every TU that includes it, so its
 * identity carries the header: the engine then links the copies as one
 * function (engine_link.c), as it does a header's external functions.
 * PostgreSQL's headers define a thousand static inline functions (list
 * cells, memory contexts, atomics), and their copies were 82% of the
 * 131,000 functions the engine analysed. A header's static variable
 * stays one per TU: each TU has an object of its own. */
const char *cursor_ident(struct lower_tu *lt, CXCursor decl)
{
	CXString s = clang_getCursorSpelling(decl);
	const char *name = clang_getCString(s);
	const char *ident;
	if (clang_getCursorLinkage(decl) == CXLinkage_Internal) {
		const char *header = header_definition(lt, decl);
		char *tmp = g_strconcat(header ? header : lt->tu->file, "::", name, NULL);
		ident = ir_intern(lt->tu, tmp);
		g_free(tmp);
	} else {
		ident = ir_intern(lt->tu, name);
	}
	clang_disposeString(s);
	return ident;
}

const char *type_name(struct lower_tu *lt, CXType t)
{
	CXType c = clang_getCanonicalType(t);
	/* Canonical types are unique in a TU, so equal data means equal
	 * spelling (two data for one spelling only cost a second print). */
	const char *r = c.data[0] ? g_hash_table_lookup(lt->type_names, c.data[0]) : NULL;
	if (r)
		return r;
	CXString s = clang_getTypeSpelling(c);
	r = ir_intern(lt->tu, clang_getCString(s));
	clang_disposeString(s);
	if (c.data[0])
		g_hash_table_insert(lt->type_names, c.data[0], (gpointer)r);
	return r;
}

static bool is_char_kind(enum CXTypeKind k)
{
	return k == CXType_Char_U || k == CXType_UChar || k == CXType_Char_S || k == CXType_SChar ||
	       k == CXType_WChar || k == CXType_Char16 || k == CXType_Char32;
}

/* enum ir_type_flag bits of t: what the type is, and what it is made of
 * once pointers and arrays are taken off. */
unsigned type_flags(struct lower_tu *lt, CXType t)
{
	unsigned f = IR_TF_KNOWN;
	CXType c = clang_getCanonicalType(t);
	if (c.kind == CXType_Invalid)
		return 0;
	const char *spelled = type_name(lt, c);
	/* the target's va_list is a record, an array of one or a pointer */
	if (spelled && strstr(spelled, "va_list"))
		f |= IR_TF_VA_LIST;
	bool outer = true;
	for (int depth = 0; depth < 16; depth++) {
		switch (c.kind) {
		case CXType_Pointer: {
			CXType to = clang_getCanonicalType(clang_getPointeeType(c));
			bool fn = to.kind == CXType_FunctionProto || to.kind == CXType_FunctionNoProto;
			if (outer)
				f |= fn ? IR_TF_FUNCTION_POINTER : IR_TF_POINTER;
			if (fn)
				return f;
			c = to;
			break;
		}
		case CXType_ConstantArray:
		case CXType_IncompleteArray:
		case CXType_VariableArray:
		case CXType_DependentSizedArray:
			if (outer)
				f |= IR_TF_ARRAY;
			c = clang_getCanonicalType(clang_getArrayElementType(c));
			break;
		case CXType_Bool:
			return f | (outer ? IR_TF_BOOL : 0);
		case CXType_Int:
			return f | (outer ? IR_TF_INT : 0);
		case CXType_Void:
			return f | IR_TF_VOID;
		case CXType_Record:
			return f | IR_TF_RECORD;
		default:
			return f | (is_char_kind(c.kind) ? IR_TF_CHAR : 0);
		}
		outer = false;
	}
	return f;
}

/* What a pointer (canonical c) points to or an array holds, and whether
 * it was an array; an invalid type for any other kind. */
static CXType type_inner(CXType c, bool *array)
{
	switch (c.kind) {
	case CXType_Pointer:
		return clang_getPointeeType(c);
	case CXType_ConstantArray:
	case CXType_IncompleteArray:
	case CXType_VariableArray:
	case CXType_DependentSizedArray:
		if (array)
			*array = true;
		return clang_getArrayElementType(c);
	default:
		return (CXType){ .kind = CXType_Invalid };
	}
}

/* A parameter declared as an array is a pointer. */
unsigned type_flags_decayed(unsigned flags)
{
	return flags & IR_TF_ARRAY ? (flags & ~IR_TF_ARRAY) | IR_TF_POINTER : flags;
}

/* The class of a declared value's type (ir.h). A pointer or array keeps
 * the class of what it holds, except that a pointer to a record is state
 * or a handle, not the record's contents. */
enum ir_type_class type_class(CXType t)
{
	bool pointer = false, array = false;
	for (int depth = 0; depth < 8; depth++) {
		CXType c = clang_getCanonicalType(t);
		/* One integer or character of fewer than 64 bits cannot hold
		 * a phone or ID number, let alone a name: by its name alone
		 * it is at most a PIN, a date or a measurement. */
		if (!pointer && !array && c.kind >= CXType_Char_U && c.kind <= CXType_Int128 &&
		    c.kind != CXType_Bool && clang_Type_getSizeOf(c) > 0 && clang_Type_getSizeOf(c) < 8)
			return IR_TC_SMALL_NUMBER;
		switch (c.kind) {
		case CXType_Bool:
			return IR_TC_BOOL;
		case CXType_Enum:
			return IR_TC_ENUM;
		case CXType_Record:
			return pointer ? IR_TC_RECORD_POINTER : IR_TC_RECORD;
		case CXType_Char_S:
		case CXType_Char_U:
		case CXType_SChar:
		case CXType_UChar:
		case CXType_WChar:
		case CXType_Char16:
		case CXType_Char32:
			return IR_TC_TEXT;
		case CXType_Short:
		case CXType_UShort:
		case CXType_Int:
		case CXType_UInt:
		case CXType_Long:
		case CXType_ULong:
		case CXType_LongLong:
		case CXType_ULongLong:
		case CXType_Int128:
		case CXType_UInt128:
			return IR_TC_NUMBER;
		case CXType_Float:
		case CXType_Double:
		case CXType_LongDouble:
			return IR_TC_FLOAT;
		case CXType_Void:
			return pointer ? IR_TC_BYTES : IR_TC_UNKNOWN;
		case CXType_FunctionProto:
		case CXType_FunctionNoProto:
			return IR_TC_FUNCTION;
		default: {
			bool is_array = false;
			t = type_inner(c, &is_array);
			if (t.kind == CXType_Invalid)
				return IR_TC_UNKNOWN;
			array = array || is_array;
			pointer = pointer || !is_array;
			break;
		}
		}
	}
	return IR_TC_UNKNOWN;
}

/* Records are named by clang's spelling of the canonical type, everywhere,
 * so that a field's record and a variable's record always compare equal
 * (an anonymous struct behind a typedef is "struct (unnamed at f.h:3:9)"). */
const char *record_name(struct lower_tu *lt, CXType rec)
{
	CXString s = clang_getTypeSpelling(clang_getCanonicalType(rec));
	const char *r = clang_getCString(s);
	/* Qualifiers belong to the use, not the record. */
	for (bool again = true; again;) {
		again = false;
		static const char *const quals[] = { "const ", "volatile ", "restrict " };
		for (unsigned i = 0; i < G_N_ELEMENTS(quals); i++) {
			if (g_str_has_prefix(r, quals[i])) {
				r += strlen(quals[i]);
				again = true;
			}
		}
	}
	const char *name = ir_intern(lt->tu, r);
	clang_disposeString(s);
	return name;
}

/* The record a value of type t is, points to, or is an array of. */
const char *type_record(struct lower_tu *lt, CXType t)
{
	for (int depth = 0; depth < 8; depth++) {
		CXType c = clang_getCanonicalType(t);
		if (c.kind == CXType_Record)
			return record_name(lt, c);
		t = type_inner(c, NULL);
		if (t.kind == CXType_Invalid)
			return NULL;
	}
	return NULL;
}

struct record_walk {
	struct lower_tu *lt;
	const char *record;
};

static enum CXChildVisitResult lower_field(CXCursor c, CXCursor parent, CXClientData data)
{
	struct record_walk *w = data;
	(void)parent;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k == CXCursor_StructDecl || k == CXCursor_UnionDecl) {
		lower_record(w->lt, c);
		return CXChildVisit_Continue;
	}
	if (k != CXCursor_FieldDecl)
		return CXChildVisit_Continue;
	struct ir_tu *tu = w->lt->tu;
	struct ir_field *f = ir_alloc(tu, sizeof *f);
	char *name = cursor_spelling(c);
	f->record = w->record;
	f->name = ir_intern(tu, name);
	CXType ft = clang_getCursorType(c);
	f->type = type_name(w->lt, ft);
	f->type_flags = type_flags(w->lt, ft);
	f->type_class = type_class(ft);
	/* a bit-field of a few bits is a flag, whatever its name says */
	if (clang_Cursor_isBitField(c) && clang_getFieldDeclBitWidth(c) <= 8)
		f->type_class = IR_TC_FLAG;
	f->field_record = type_record(w->lt, ft);
	f->tags = cursor_tags(w->lt, c);
	f->loc = cursor_loc(w->lt, c);
	g_ptr_array_add(tu->fields, f);
	g_free(name);
	return CXChildVisit_Continue;
}

void lower_record(struct lower_tu *lt, CXCursor rec)
{
	if (!clang_isCursorDefinition(rec))
		return;
	if (clang_Location_isInSystemHeader(clang_getCursorLocation(rec)))
		return;
	const char *name = record_name(lt, clang_getCursorType(rec));
	if (g_hash_table_contains(lt->records_seen, name))
		return;
	g_hash_table_add(lt->records_seen, (gpointer)name);
	struct record_walk w = { .lt = lt, .record = name };
	clang_visitChildren(rec, lower_field, &w);
}

static void lower_global(struct lower_tu *lt, CXCursor c)
{
	if (clang_Location_isInSystemHeader(clang_getCursorLocation(c)))
		return;
	const char *ident = cursor_ident(lt, c);
	bool definition = clang_isCursorDefinition(c);
	/* One entry per name: prefer the definition, which carries the
	 * initializer; a tagged extern declaration still counts. */
	struct ir_global *g = g_hash_table_lookup(lt->globals_seen, ident);
	if (!g) {
		g = ir_alloc(lt->tu, sizeof *g);
		char *name = cursor_spelling(c);
		g->name = ir_intern(lt->tu, name);
		g_free(name);
		g->ident = ident;
		CXType t = clang_getCursorType(c);
		g->type = type_name(lt, t);
		g->type_flags = type_flags(lt, t);
		g->type_class = type_class(t);
		g->record = type_record(lt, t);
		g->is_static = clang_getCursorLinkage(c) == CXLinkage_Internal;
		g->loc = cursor_loc(lt, c);
		g_ptr_array_add(lt->tu->globals, g);
		g_hash_table_insert(lt->globals_seen, (gpointer)ident, g);
	}
	struct ir_tags tags = cursor_tags(lt, c);
	g->tags.pi |= tags.pi;
	if (definition) {
		g->loc = cursor_loc(lt, c);
		CXCursor init = clang_Cursor_getVarDeclInitializer(c);
		if (!clang_Cursor_isNull(init) && !g->init) {
			/* Initializers are lowered with a function-less context:
			 * they can only name globals, functions and literals. */
			struct lower_fn lf = { .lt = lt };
			tokens_init(&lf.tokens, lt->ctu, c);
			g->init = lower_expr(&lf, init);
			tokens_dispose(&lf.tokens);
			g->has_init = true;
		}
	}
}

static void lower_decl(struct lower_tu *lt, CXCursor c)
{
	struct ir_tags tags = cursor_tags(lt, c);
	if (!tags.pi && !tags.sanitizer && !tags.sink)
		return;
	const char *ident = cursor_ident(lt, c);
	if (g_hash_table_contains(lt->decls_seen, ident))
		return;
	g_hash_table_add(lt->decls_seen, (gpointer)ident);
	struct ir_decl *d = ir_alloc(lt->tu, sizeof *d);
	char *name = cursor_spelling(c);
	d->name = ir_intern(lt->tu, name);
	g_free(name);
	d->ident = ident;
	d->tags = tags;
	d->loc = cursor_loc(lt, c);
	g_ptr_array_add(lt->tu->decls, d);
}

/* A pitrace annotation on a typedef or a struct, union or enum tag tags
 * nothing: said, not dropped (read_annotation reports it). */
static void check_type_annotations(struct lower_tu *lt, CXCursor c)
{
	if (!clang_Location_isInSystemHeader(clang_getCursorLocation(c)))
		(void)cursor_tags(lt, c);
}

struct deferred_function {
	CXCursor def;
	const char *ident;
	unsigned slot;		/* its place in tu->funcs, held by NULL */
	bool lowered;
};

/* Whether c, a function's definition, is a static function a header
 * defines: one the TU has only if its own code names it. Not one with
 * attributes: a constructor or a destructor runs unnamed, `used` keeps
 * it, and pitrace's own annotations ask for its body to be checked. */
static bool header_static(struct lower_tu *lt, CXCursor c)
{
	return clang_getCursorLinkage(c) == CXLinkage_Internal && !clang_Cursor_hasAttrs(c) && cursor_header(lt, c);
}

/* A header's static function that no code of the TU names is not in the
 * compiled TU, nor in any program; lowered, it cost PostgreSQL's parse
 * 88 functions a TU (list cells, memory contexts, atomics), most of
 * them unused there. Those the TU names are lowered now, and those they
 * name in turn, each at the place its definition holds among the TU's
 * functions, so that the order is the source's. */
static void lower_deferred(struct lower_tu *lt)
{
	GPtrArray *funcs = lt->tu->funcs;
	for (bool more = true; more;) {
		more = false;
		for (unsigned i = 0; i < lt->deferred->len; i++) {
			struct deferred_function *d = &g_array_index(lt->deferred, struct deferred_function, i);
			if (d->lowered || !g_hash_table_contains(lt->referenced, d->ident))
				continue;
			d->lowered = more = true;
			/* lower_function appends the one function it makes */
			lower_function(lt, d->def);
			funcs->pdata[d->slot] = g_ptr_array_steal_index(funcs, funcs->len - 1);
		}
	}
	unsigned kept = 0;
	for (unsigned i = 0; i < funcs->len; i++)
		if (funcs->pdata[i])
			funcs->pdata[kept++] = funcs->pdata[i];
	g_ptr_array_set_size(funcs, kept);
}

static enum CXChildVisitResult lower_top(CXCursor c, CXCursor parent, CXClientData data)
{
	struct lower_tu *lt = data;
	(void)parent;
	switch (clang_getCursorKind(c)) {
	case CXCursor_FunctionDecl:
		/* Annotations may sit on any declaration of a function;
		 * every one is read. */
		lower_decl(lt, c);
		if (!clang_isCursorDefinition(c) || clang_Location_isInSystemHeader(clang_getCursorLocation(c)))
			break;
		if (header_static(lt, c)) {
			struct deferred_function d = {
				.def = c,
				.ident = cursor_ident(lt, c),
				.slot = lt->tu->funcs->len,
			};
			g_array_append_val(lt->deferred, d);
			g_ptr_array_add(lt->tu->funcs, NULL);
			break;
		}
		lower_function(lt, c);
		break;
	case CXCursor_VarDecl:
		lower_global(lt, c);
		break;
	case CXCursor_StructDecl:
	case CXCursor_UnionDecl:
		check_type_annotations(lt, c);
		lower_record(lt, c);
		break;
	case CXCursor_EnumDecl:
		check_type_annotations(lt, c);
		break;
	case CXCursor_TypedefDecl: {
		check_type_annotations(lt, c);
		/* typedef struct { ... } name: the record is a child here. */
		GArray *kids = cursor_children(c);
		for (unsigned i = 0; i < kids->len; i++) {
			CXCursor k = g_array_index(kids, CXCursor, i);
			enum CXCursorKind kk = clang_getCursorKind(k);
			if (kk == CXCursor_StructDecl || kk == CXCursor_UnionDecl)
				lower_record(lt, k);
		}
		g_array_free(kids, TRUE);
		break;
	}
	case CXCursor_LinkageSpec:
		return CXChildVisit_Recurse;
	default:
		break;
	}
	return CXChildVisit_Continue;
}

static void read_diagnostics(struct lower_tu *lt)
{
	unsigned n = clang_getNumDiagnostics(lt->ctu);
	for (unsigned i = 0; i < n; i++) {
		CXDiagnostic d = clang_getDiagnostic(lt->ctu, i);
		enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
		if (sev >= CXDiagnostic_Error) {
			CXString s = clang_formatDiagnostic(d, CXDiagnostic_DisplaySourceLocation |
							       CXDiagnostic_DisplayColumn);
			const char *text = clang_getCString(s);
			/* "fatal error: 'x.h' file not found" is the one clang
			 * gives for a missing header. */
			const char *nf = strstr(text, "' file not found");
			const char *q = nf ? strstr(text, "error: '") : NULL;
			if (nf && q && q + 8 <= nf) {
				char *hdr = g_strndup(q + 8, (gsize)(nf - (q + 8)));
				g_ptr_array_add(lt->tu->missing_headers,
						(gpointer)ir_intern(lt->tu, hdr));
				g_free(hdr);
			} else if (sev == CXDiagnostic_Fatal) {
				/* clang stopped parsing here (bracket depth, too many
				 * errors...): what follows was never seen */
				char *msg = g_strconcat("clang stopped parsing: ", text, NULL);
				g_ptr_array_add(lt->tu->fatal_errors, (gpointer)ir_intern(lt->tu, msg));
				g_free(msg);
			} else {
				g_ptr_array_add(lt->tu->errors, (gpointer)ir_intern(lt->tu, text));
			}
			clang_disposeString(s);
		}
		clang_disposeDiagnostic(d);
	}
}

struct input_walk {
	struct lower_tu *lt;
	const char *directory;
	GHashTable *seen;	/* interned path -> itself */
};

static void add_input(struct input_walk *w, const char *name)
{
	/* Absolute, so that the cache can find them again whatever the
	 * current directory; clang names headers relative to the TU's
	 * working directory when its -I flags are relative. */
	char *abs = g_canonicalize_filename(name, w->directory);
	const char *path = ir_intern(w->lt->tu, abs);
	g_free(abs);
	if (g_hash_table_contains(w->seen, path))
		return;
	g_hash_table_add(w->seen, (gpointer)path);
	g_ptr_array_add(w->lt->tu->inputs, (gpointer)path);
}

static void visit_inclusion(CXFile included, CXSourceLocation *stack, unsigned depth,
			    CXClientData data)
{
	(void)stack;
	(void)depth;
	CXString s = clang_getFileName(included);
	const char *name = clang_getCString(s);
	if (name && *name)
		add_input(data, name);
	clang_disposeString(s);
}

/* Every file the TU read, the main file first: what decides whether a
 * cached IR is still the IR of this TU. */
static void read_inputs(struct lower_tu *lt, const struct tu_job *job)
{
	struct input_walk w = {
		.lt = lt,
		.directory = job->directory,
		.seen = g_hash_table_new(g_direct_hash, g_direct_equal),
	};
	add_input(&w, job->file);
	clang_getInclusions(lt->ctu, visit_inclusion, &w);
	g_hash_table_destroy(w.seen);
}

static const char *parse_error_name(enum CXErrorCode e)
{
	switch (e) {
	case CXError_Failure: return "clang could not parse it";
	case CXError_Crashed: return "clang crashed while parsing it";
	case CXError_InvalidArguments: return "invalid compiler arguments";
	case CXError_ASTReadError: return "clang could not start parsing it";
	default: return "unknown libclang error";
	}
}

struct ir_tu *frontend_lower(struct frontend *fe, const struct tu_job *job, char **error)
{
	if (!g_file_test(job->file, G_FILE_TEST_IS_REGULAR)) {
		*error = g_strdup_printf("%s: no such file", job->file);
		return NULL;
	}
	GPtrArray *argv = g_ptr_array_new();
	for (char **a = job->args; a && *a; a++)
		g_ptr_array_add(argv, *a);
	/* Appended last so that they win over the project's own flags. */
	g_ptr_array_add(argv, "-D__PITRACE__=1");
	g_ptr_array_add(argv, "-w");
	g_ptr_array_add(argv, "-Wno-error");
	g_ptr_array_add(argv, "-ferror-limit=0");
	g_ptr_array_add(argv, "-working-directory");
	g_ptr_array_add(argv, job->directory);

	CXTranslationUnit ctu = NULL;
	enum CXErrorCode rc = clang_parseTranslationUnit2(
		fe->index, job->file, (const char *const *)argv->pdata, (int)argv->len,
		NULL, 0, CXTranslationUnit_KeepGoing,
		&ctu);
	g_ptr_array_free(argv, TRUE);
	if (rc != CXError_Success || !ctu) {
		/* libclang says no more than this; a file pitrace could read
		 * (checked above) fails on its command line, which the user
		 * needs to see: an unknown -x, -std or --target */
		GString *args = g_string_new(NULL);
		for (char **a = job->args; a && *a && args->len < 300; a++)
			g_string_append_printf(args, " %s", *a);
		if (rc == CXError_Crashed)
			*error = g_strdup_printf("%s: %s", job->file, parse_error_name(rc));
		else
			*error = g_strdup_printf("%s: %s: clang did not accept its compiler arguments:%s%s", job->file,
						 parse_error_name(rc), args->len ? args->str : " (none)",
						 args->len >= 300 ? " ..." : "");
		g_string_free(args, TRUE);
		if (ctu)
			clang_disposeTranslationUnit(ctu);
		return NULL;
	}

	struct lower_tu lt = {
		.ctu = ctu,
		.tu = ir_tu_new(job->file),
		.file_names = g_hash_table_new(g_direct_hash, g_direct_equal),
		.records_seen = g_hash_table_new(g_direct_hash, g_direct_equal),
		.globals_seen = g_hash_table_new(g_direct_hash, g_direct_equal),
		.decls_seen = g_hash_table_new(g_direct_hash, g_direct_equal),
		.type_names = g_hash_table_new(g_direct_hash, g_direct_equal),
		.main_file = clang_getFile(ctu, job->file),
		.referenced = g_hash_table_new(g_direct_hash, g_direct_equal),
		.deferred = g_array_new(FALSE, FALSE, sizeof(struct deferred_function)),
	};
	read_diagnostics(&lt);
	read_inputs(&lt, job);
	clang_visitChildren(clang_getTranslationUnitCursor(ctu), lower_top, &lt);
	lower_deferred(&lt);
	g_hash_table_destroy(lt.referenced);
	g_array_free(lt.deferred, TRUE);
	g_hash_table_destroy(lt.file_names);
	g_hash_table_destroy(lt.records_seen);
	g_hash_table_destroy(lt.globals_seen);
	g_hash_table_destroy(lt.decls_seen);
	g_hash_table_destroy(lt.type_names);
	clang_disposeTranslationUnit(ctu);
	return lt.tu;
}
