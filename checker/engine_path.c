/* SPDX-License-Identifier: Apache-2.0 */
/* engine_path.c - access paths as text ("*.state.buffer": a dereference,
 * then fields), interned so that they compare by pointer. Summaries are
 * applied at every call, and each application follows and cuts their
 * paths: the steps and the prefixes of a path are split once per program
 * and kept here. */
#include <string.h>

#include "engine_int.h"

const char STEP_DEREF[] = "*";

void paths_init(struct program *p)
{
	p->path_steps = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
	p->path_prefixes = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
}

void paths_free(struct program *p)
{
	g_hash_table_destroy(p->path_steps);
	g_hash_table_destroy(p->path_prefixes);
}

/* The steps of a path: interned field names, and STEP_DEREF (one
 * pointer) for each dereference. Found by the path's address: every
 * summary row's path is followed at every call, and hashing its text each
 * time was a twentieth of redis's analysis. The text at an address never
 * changes: paths are interned, or a rule's, or a suffix of one (the part
 * below a dereference), all kept as long as the program. */
const char *const *path_steps(struct program *p, const char *path)
{
	const char **steps = g_hash_table_lookup(p->path_steps, path);
	if (steps)
		return steps;
	char **parts = g_strsplit(path, ".", -1);
	guint n = g_strv_length(parts);
	steps = g_new(const char *, n + 1);
	for (guint i = 0; i < n; i++)
		steps[i] = strcmp(parts[i], "*") ? prog_intern(p, parts[i]) : STEP_DEREF;
	steps[n] = NULL;
	g_strfreev(parts);
	g_hash_table_insert(p->path_steps, (gpointer)path, steps);
	return steps;
}

/* The interned prefixes of an interned path, shortest first, NULL-ended:
 * "*.state.buffer" has "", "*" and "*.state". Made once per path. */
const char **path_prefixes(struct program *p, const char *path)
{
	const char **v = g_hash_table_lookup(p->path_prefixes, path);
	if (v)
		return v;
	unsigned n = 1;
	for (const char *q = path; *q; q++)
		n += *q == '.';
	v = g_new0(const char *, n + 1);
	unsigned k = 0;
	if (*path) {
		v[k++] = p->empty;
		for (const char *q = path; *q; q++)
			if (*q == '.') {
				char *cut = g_strndup(path, (gsize)(q - path));
				v[k++] = prog_intern(p, cut);
				g_free(cut);
			}
	}
	v[k] = NULL;
	g_hash_table_insert(p->path_prefixes, (gpointer)path, v);
	return v;
}

/* The first n steps of an interned path ("*.set.str" -> "*.set" for
 * n = 2), or the path when it is no longer. */
const char *path_first_steps(struct program *p, const char *path, unsigned n)
{
	const char **v = path_prefixes(p, path);
	for (unsigned k = 0; v[k]; k++)
		if (k == n)
			return v[k];
	return path;
}

/* The first n steps of an interned path and the fields right after
 * them, as long as the path has gone through one pointer at most: the
 * records a record holds by value are parts of one object, and cutting
 * between them tells nothing apart. gammu keeps its whole state in
 * `s->Phone.Data`; cut at three steps, `$0.*.Phone.Data` stood both for
 * the buffer a command had stored a pointer to (the IMSI's) and for
 * every message the phone sent. */
const char *path_cut(struct program *p, const char *path, unsigned n)
{
	const char *const *s = path_steps(p, path);
	unsigned k = 0, derefs = 0;
	for (; s[k] && k < n; k++)
		derefs += s[k] == STEP_DEREF;
	while (s[k] && s[k] != STEP_DEREF && derefs <= 1)
		k++;
	return s[k] ? path_prefixes(p, path)[k] : path;
}

/* Whether path is `above` or lies below it: "*.state.buffer" lies below
 * "*.state" and below "", not below "*.st". */
bool path_below(const char *path, const char *above)
{
	/* most paths asked about differ in their first letter: the store
	 * holds a hundred entries of redis's `server`, and every read looks
	 * at each */
	if (!*above || path == above)
		return true;
	if (*path != *above)
		return false;
	size_t n = strlen(above);
	return !strncmp(path, above, n) && (path[n] == '.' || path[n] == 0);
}

const char *path_rest(const char *path, const char *above)
{
	size_t n = strlen(above);
	return !n ? path : path[n] ? path + n + 1 : path + n;
}

/* Whether a path steps out of a member by another member's name:
 * "*.vbuf.^buf" is the record whose member buf is the vbuf member of
 * something else. A VSTRING's buffer passed where a VSTREAM's is read
 * back through container_of gives such a path, and no object is there:
 * a row on it (postfix's string formatter flushing a string to a file
 * descriptor) describes nothing the program can do. */
bool path_impossible(const char *path)
{
	const char *up = path ? strchr(path, '^') : NULL;
	while (up) {
		/* the step before "^m": from the previous '.' to the '.' before up */
		if (up - path >= 2 && up[-1] == '.') {
			const char *end = up - 1, *start = end;
			while (start > path && start[-1] != '.')
				start--;
			size_t n = (size_t)(end - start), m = strcspn(up + 1, ".");
			if (n && *start != '*' && *start != '^' && (n != m || strncmp(start, up + 1, n)))
				return true;
		}
		up = strchr(up + 1, '^');
	}
	return false;
}
