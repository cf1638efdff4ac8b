/* SPDX-License-Identifier: Apache-2.0 */
/* compdb.c - compilation databases and command-line files into jobs.
 *
 * The database is read with cJSON rather than libclang's loader so that a
 * malformed one is reported with its line and the entry at fault; "command"
 * strings are split by GLib's POSIX shell parser, and @response files are
 * expanded here because libclang's parse entry point does not do it. */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "compdb.h"
#include "paths.h"

static void job_free(gpointer p)
{
	struct tu_job *j = p;
	g_free(j->file);
	g_free(j->directory);
	g_strfreev(j->args);
	g_free(j);
}

void compdb_jobs_free(GPtrArray *jobs)
{
	if (jobs)
		g_ptr_array_free(jobs, TRUE);
}

static char *absolute(const char *path, const char *base)
{
	char *joined = g_path_is_absolute(path) ? g_strdup(path) : g_build_filename(base, path, NULL);
	char *canon = g_canonicalize_filename(joined, NULL);
	g_free(joined);
	return canon;
}

/* Line of a byte offset, for messages. */
static unsigned line_of(const char *text, size_t offset)
{
	unsigned line = 1;
	for (size_t i = 0; i < offset && text[i]; i++)
		if (text[i] == '\n')
			line++;
	return line;
}

static GPtrArray *new_job_list(void)
{
	return g_ptr_array_new_with_free_func(job_free);
}

static char **expand(char **argv, const char *directory, char **error, int depth)
{
	GPtrArray *out = g_ptr_array_new();
	bool ok = true;
	for (char **a = argv; *a && ok; a++) {
		if ((*a)[0] != '@' || !(*a)[1]) {
			g_ptr_array_add(out, g_strdup(*a));
			continue;
		}
		char *path = absolute(*a + 1, directory);
		char *text = NULL;
		GError *err = NULL;
		if (!g_file_get_contents(path, &text, NULL, &err)) {
			*error = g_strdup_printf("%s: cannot read response file: %s", path, err->message);
			g_error_free(err);
			ok = false;
		} else {
			char **inner = NULL;
			int n = 0;
			if (!g_shell_parse_argv(text, &n, &inner, &err)) {
				/* An empty response file is valid and yields nothing. */
				if (g_error_matches(err, G_SHELL_ERROR, G_SHELL_ERROR_EMPTY_STRING)) {
					g_clear_error(&err);
				} else {
					*error = g_strdup_printf("%s: malformed response file: %s", path,
								 err->message);
					g_error_free(err);
					ok = false;
				}
			} else if (depth > 16) {
				*error = g_strdup_printf("%s: response files nest too deeply (a cycle?)", path);
				ok = false;
			} else {
				char **expanded = expand(inner, directory, error, depth + 1);
				if (!expanded)
					ok = false;
				for (char **e = expanded; e && *e; e++)
					g_ptr_array_add(out, *e);
				g_free(expanded);
			}
			g_strfreev(inner);
		}
		g_free(text);
		g_free(path);
	}
	g_ptr_array_add(out, NULL);
	char **result = (char **)g_ptr_array_free(out, FALSE);
	if (!ok) {
		g_strfreev(result);
		return NULL;
	}
	return result;
}

char **compdb_expand_response_files(char **argv, const char *directory, char **error)
{
	return expand(argv, directory, error, 0);
}

char **compdb_split_command(const char *command, const char *directory, char **error)
{
	char **argv = NULL;
	GError *err = NULL;
	if (!g_shell_parse_argv(command, NULL, &argv, &err)) {
		*error = g_strdup_printf("cannot split command: %s", err->message);
		g_error_free(err);
		return NULL;
	}
	char **expanded = compdb_expand_response_files(argv, directory, error);
	g_strfreev(argv);
	return expanded;
}

static bool is_wrapper(const char *arg)
{
	const char *base = strrchr(arg, '/');
	base = base ? base + 1 : arg;
	return !strcmp(base, "ccache") || !strcmp(base, "distcc") || !strcmp(base, "sccache") ||
	       !strcmp(base, "icecc");
}

/* Options that only matter to the build, some of them with a value: they
 * name outputs, or would make clang stop before it parses. */
static int drop_count(const char *a)
{
	static const char *const with_value[] = { "-o", "-MF", "-MT", "-MQ", "-Xclang" };
	static const char *const alone[] = { "-c", "-S", "-E", "-M", "-MM", "-MD", "-MMD",
					     "-MP", "-MG", "-pipe", "-save-temps", "-v" };
	for (unsigned i = 0; i < G_N_ELEMENTS(with_value); i++)
		if (!strcmp(a, with_value[i]))
			return 2;
	for (unsigned i = 0; i < G_N_ELEMENTS(alone); i++)
		if (!strcmp(a, alone[i]))
			return 1;
	if (!strncmp(a, "-o", 2) || !strncmp(a, "-MF", 3) || !strncmp(a, "-MT", 3) ||
	    !strncmp(a, "-MQ", 3) || !strncmp(a, "-Wa,", 4) || !strncmp(a, "-Wl,", 4) ||
	    !strncmp(a, "-save-temps=", 12))
		return 1;
	return 0;
}

/* Options naming a path: made absolute against the entry's directory.
 * libclang before LLVM 15 honours -working-directory by changing the
 * process's current directory, which threads parsing TUs of different
 * directories would share; with absolute paths nothing depends on it. */
static const char *const path_options[] = { "-I", "-isystem", "-iquote", "-idirafter", "-include",
					    "-imacros", "-isysroot", "-iprefix", "-F", "--sysroot=" };

/* "-I" "dir", "-Idir" and "--sysroot=dir" as one absolute argument, or
 * NULL when *a is no path option; *took_next when the value was a[1]. */
static char *absolute_option(char **a, const char *directory, bool *took_next)
{
	*took_next = false;
	for (unsigned i = 0; i < G_N_ELEMENTS(path_options); i++) {
		size_t n = strlen(path_options[i]);
		if (strncmp(*a, path_options[i], n))
			continue;
		const char *value = *a + n;
		if (!*value && path_options[i][n - 1] != '=' && a[1]) {
			value = a[1];
			*took_next = true;
		}
		/* "-include-pch" is not "-include" with a value */
		if (!*value || *value == '-') {
			*took_next = false;
			return NULL;
		}
		char *abs = absolute(value, directory);
		char *r = g_strconcat(path_options[i], abs, NULL);
		g_free(abs);
		return r;
	}
	return NULL;
}

/* From a full compiler command to the arguments clang is given. */
static char **clean_args(char **argv, const char *file, const char *directory)
{
	GPtrArray *out = g_ptr_array_new();
	char **a = argv;
	while (*a && is_wrapper(*a))
		a++;
	if (*a)
		a++;	/* the compiler itself */
	char *file_abs = absolute(file, directory);
	for (; *a; a++) {
		int drop = drop_count(*a);
		if (drop) {
			if (drop == 2 && a[1])
				a++;
			continue;
		}
		if ((*a)[0] != '-') {
			char *abs = absolute(*a, directory);
			bool is_source = !strcmp(abs, file_abs);
			g_free(abs);
			if (is_source)
				continue;
		}
		bool took_next;
		char *abs_opt = absolute_option(a, directory, &took_next);
		if (abs_opt) {
			g_ptr_array_add(out, abs_opt);
			if (took_next)
				a++;
			continue;
		}
		g_ptr_array_add(out, g_strdup(*a));
	}
	g_free(file_abs);
	g_ptr_array_add(out, NULL);
	return (char **)g_ptr_array_free(out, FALSE);
}

static const char *json_string(const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* What an entry compiles when it is not C: the language its -x names, or
 * its extension's (assembler, C++, Objective-C); NULL for C. */
static const char *non_c_language(const char *src, char *const *argv)
{
	for (unsigned i = 0; argv && argv[i]; i++) {
		const char *lang = !strcmp(argv[i], "-x") ? argv[i + 1] : g_str_has_prefix(argv[i], "-x") ? argv[i] + 2 : NULL;
		if (lang && *lang)
			return !strcmp(lang, "c") || !strcmp(lang, "c-header") || !strcmp(lang, "cpp-output") ? NULL
			       : g_str_has_prefix(lang, "assembler") ? "assembler"
			       : "another language";
	}
	const char *dot = strrchr(src, '.');
	if (!dot)
		return NULL;
	static const char *const asm_ext[] = { ".S", ".s", ".sx", ".asm" };
	static const char *const other_ext[] = { ".cc", ".cpp", ".cxx", ".c++", ".C", ".m", ".mm", ".cu" };
	for (unsigned i = 0; i < G_N_ELEMENTS(asm_ext); i++)
		if (!strcmp(dot, asm_ext[i]))
			return "assembler";
	for (unsigned i = 0; i < G_N_ELEMENTS(other_ext); i++)
		if (!strcmp(dot, other_ext[i]))
			return "not C (C++ or Objective-C)";
	return NULL;
}

/* What is wrong with the shape of an entry, or NULL. */
static const char *entry_problem(const cJSON *entry, const char *dir, const char *src, const char *command,
				 const cJSON *arguments)
{
	if (!cJSON_IsObject(entry))
		return "an entry must be an object";
	if (!dir)
		return "\"directory\" is missing or not a string";
	if (!src)
		return "\"file\" is missing or not a string";
	if (!command && !arguments)
		return "neither \"arguments\" nor \"command\" is given";
	if (arguments && !cJSON_IsArray(arguments))
		return "\"arguments\" must be an array of strings";
	return NULL;
}

/* An entry's argv: its "arguments" with response files expanded, or its
 * "command" split as a shell would. NULL with *problem set when it cannot
 * be had; a problem of splitting or expanding is also in *split_error, for
 * the caller to free. */
static char **entry_argv(const char *command, const cJSON *arguments, const char *directory,
			 const char **problem, char **split_error)
{
	char **argv;
	if (!arguments) {
		argv = compdb_split_command(command, directory, split_error);
		if (!argv)
			*problem = *split_error;
		return argv;
	}
	GPtrArray *raw = g_ptr_array_new();
	const cJSON *a;
	cJSON_ArrayForEach(a, arguments) {
		if (!cJSON_IsString(a)) {
			*problem = "\"arguments\" must be an array of strings";
			g_ptr_array_free(raw, TRUE);
			return NULL;
		}
		g_ptr_array_add(raw, a->valuestring);
	}
	g_ptr_array_add(raw, NULL);
	argv = compdb_expand_response_files((char **)raw->pdata, directory, split_error);
	if (!argv)
		*problem = *split_error;
	g_ptr_array_free(raw, TRUE);
	return argv;
}

GPtrArray *compdb_load(const char *path, GPtrArray *notes, char **error)
{
	char *file = NULL;
	if (!g_file_test(path, G_FILE_TEST_EXISTS)) {
		*error = g_strdup_printf("%s: no such file or folder (give compile_commands.json or the "
					 "folder holding it)", path);
		return NULL;
	}
	if (g_file_test(path, G_FILE_TEST_IS_DIR))
		file = g_build_filename(path, "compile_commands.json", NULL);
	else
		file = g_strdup(path);
	char *text = NULL;
	gsize len = 0;
	GError *err = NULL;
	if (!g_file_get_contents(file, &text, &len, &err)) {
		*error = g_strdup_printf("%s: cannot read compilation database: %s", file, err->message);
		g_error_free(err);
		g_free(file);
		return NULL;
	}
	const char *end = NULL;
	cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, false);
	GPtrArray *jobs = NULL;
	if (!root) {
		size_t off = end ? (size_t)(end - text) : 0;
		*error = g_strdup_printf("%s:%u: malformed compilation database: JSON syntax error",
					 file, line_of(text, off));
		goto out;
	}
	if (!cJSON_IsArray(root)) {
		*error = g_strdup_printf("%s: malformed compilation database: the top level must be an array",
					 file);
		goto out;
	}
	char *db_dir = g_path_get_dirname(file);
	char *cwd = g_get_current_dir();
	char *db_dir_abs = absolute(db_dir, cwd);
	g_free(cwd);
	g_free(db_dir);
	jobs = new_job_list();
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	unsigned index = 0;
	const cJSON *entry;
	cJSON_ArrayForEach(entry, root) {
		const char *dir = json_string(entry, "directory");
		const char *src = json_string(entry, "file");
		const char *command = json_string(entry, "command");
		const cJSON *arguments = cJSON_GetObjectItemCaseSensitive(entry, "arguments");
		const char *problem = entry_problem(entry, dir, src, command, arguments);
		char **argv = NULL;
		char *split_error = NULL;
		char *directory = problem ? NULL : absolute(dir, db_dir_abs);
		if (!problem)
			argv = entry_argv(command, arguments, directory, &problem, &split_error);
		if (problem) {
			*error = g_strdup_printf("%s: malformed compilation database: entry %u: %s",
						 file, index, problem);
			g_free(split_error);
			g_free(directory);
			g_strfreev(argv);
			g_ptr_array_free(jobs, TRUE);
			jobs = NULL;
			break;
		}
		const char *not_c = non_c_language(src, argv);
		if (not_c) {
			if (notes)
				g_ptr_array_add(notes, g_strdup_printf("%s: entry %u (%s) is %s, not C: skipped", file,
								       index, src, not_c));
			index++;
			g_free(directory);
			g_strfreev(argv);
			continue;
		}
		struct tu_job *job = g_new0(struct tu_job, 1);
		job->file = absolute(src, directory);
		job->directory = directory;
		job->args = clean_args(argv, src, directory);
		job->index = index++;
		g_strfreev(argv);
		/* the same command twice (a build log recorded twice) is one TU */
		char *key = g_strjoinv("\x1f", job->args);
		char *full = g_strconcat(job->file, "\x1f", job->directory, "\x1f", key, NULL);
		g_free(key);
		if (!g_hash_table_add(seen, full)) {
			if (notes)
				g_ptr_array_add(notes, g_strdup_printf("%s: entry %u repeats an earlier entry for %s: "
								       "analysed once", file, job->index, src));
			job_free(job);
			continue;
		}
		g_ptr_array_add(jobs, job);
	}
	g_hash_table_destroy(seen);
	g_free(db_dir_abs);
	if (jobs && jobs->len == 0) {
		*error = g_strdup_printf("%s: the compilation database has no entries", file);
		g_ptr_array_free(jobs, TRUE);
		jobs = NULL;
	}
out:
	cJSON_Delete(root);
	g_free(text);
	g_free(file);
	return jobs;
}

GPtrArray *compdb_from_files(char *const *files, unsigned nfiles, char *const *args,
			     unsigned nargs, char **error)
{
	GPtrArray *jobs = new_job_list();
	char *cwd = g_get_current_dir();
	for (unsigned i = 0; i < nfiles; i++) {
		if (!g_file_test(files[i], G_FILE_TEST_IS_REGULAR)) {
			*error = g_strdup_printf("%s: %s", files[i],
						 g_file_test(files[i], G_FILE_TEST_EXISTS) ?
						 "not a regular file" : "no such file");
			g_ptr_array_free(jobs, TRUE);
			g_free(cwd);
			return NULL;
		}
		if (access(files[i], R_OK) != 0) {
			*error = g_strdup_printf("%s: cannot read: %s", files[i], g_strerror(errno));
			g_ptr_array_free(jobs, TRUE);
			g_free(cwd);
			return NULL;
		}
		struct tu_job *job = g_new0(struct tu_job, 1);
		job->file = absolute(files[i], cwd);
		job->directory = g_strdup(cwd);
		char **argv = g_new0(char *, nargs + 1);
		for (unsigned k = 0; k < nargs; k++)
			argv[k] = g_strdup(args[k]);
		job->args = compdb_expand_response_files(argv, cwd, error);
		g_strfreev(argv);
		if (!job->args) {
			job_free(job);
			g_ptr_array_free(jobs, TRUE);
			g_free(cwd);
			return NULL;
		}
		job->index = i;
		g_ptr_array_add(jobs, job);
	}
	g_free(cwd);
	return jobs;
}

/* Leading path components dir a and dir b share ("/a/b" and "/a/c": 1). */
static unsigned shared_components(const char *a, const char *b)
{
	unsigned n = 0;
	size_t i = 0;
	for (;; i++) {
		bool end_a = a[i] == '/' || !a[i], end_b = b[i] == '/' || !b[i];
		if (end_a && end_b && i > 0)
			n++;
		if (!a[i] || !b[i] || a[i] != b[i])
			break;
	}
	return n;
}

static unsigned depth_of(const char *dir)
{
	unsigned n = 0;
	for (const char *p = dir; *p; p++)
		n += *p == '/' && p[1];
	return n;
}

static size_t common_prefix(const char *a, const char *b)
{
	size_t i = 0;
	while (a[i] && a[i] == b[i])
		i++;
	return i;
}

/* The entry a source missing from the database borrows its flags from, as
 * clangd interpolates commands: the deepest shared folder first (its own
 * folder best), then the nearest depth, then the most similar file name,
 * then database order. Only an entry inside the project can serve: the
 * shared folder must be at least the deepest folder all entries share, so
 * a file outside the tree gets no one's flags. */
static const struct tu_job *nearest_entry(const GPtrArray *jobs, unsigned njobs, const char *file)
{
	if (!njobs)
		return NULL;
	char *dir = g_path_get_dirname(file);
	char *base = g_path_get_basename(file);
	char *root = g_path_get_dirname(((const struct tu_job *)jobs->pdata[0])->file);
	unsigned root_n = depth_of(root);
	for (unsigned i = 1; i < njobs; i++) {
		char *d = g_path_get_dirname(((const struct tu_job *)jobs->pdata[i])->file);
		unsigned n = shared_components(root, d);
		root_n = n < root_n ? n : root_n;
		g_free(d);
	}
	const struct tu_job *best = NULL;
	unsigned best_shared = 0, best_gap = 0;
	size_t best_name = 0;
	for (unsigned i = 0; i < njobs; i++) {
		const struct tu_job *j = jobs->pdata[i];
		char *d = g_path_get_dirname(j->file);
		char *b = g_path_get_basename(j->file);
		unsigned shared = shared_components(dir, d);
		unsigned dd = depth_of(d), fd = depth_of(dir);
		unsigned gap = dd > fd ? dd - fd : fd - dd;
		size_t name = common_prefix(base, b);
		if (shared >= root_n && (!best || shared > best_shared ||
					 (shared == best_shared && (gap < best_gap ||
								    (gap == best_gap && name > best_name))))) {
			best = j;
			best_shared = shared;
			best_gap = gap;
			best_name = name;
		}
		g_free(b);
		g_free(d);
	}
	g_free(root);
	g_free(base);
	g_free(dir);
	return best;
}

bool compdb_infer_missing(GPtrArray *jobs, char *const *files, unsigned nfiles, GPtrArray *notes, char **error)
{
	GHashTable *known = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (unsigned i = 0; i < jobs->len; i++)
		g_hash_table_add(known, paths_real(((const struct tu_job *)jobs->pdata[i])->file, NULL));
	char *cwd = g_get_current_dir();
	unsigned base_len = jobs->len;
	bool ok = true;
	for (unsigned i = 0; ok && i < nfiles; i++) {
		if (!g_str_has_suffix(files[i], ".c") || !g_file_test(files[i], G_FILE_TEST_IS_REGULAR))
			continue;
		char *abs = absolute(files[i], cwd);
		char *real = paths_real(abs, NULL);
		if (g_hash_table_contains(known, real)) {
			g_free(real);
			g_free(abs);
			continue;
		}
		/* borrow from the database's own entries, never from another
		 * inferred one */
		const struct tu_job *from = nearest_entry(jobs, base_len, abs);
		if (!from) {
			*error = g_strdup_printf("%s: not in the compilation database, and no entry of the "
						 "project's folders to borrow compiler flags from", abs);
			ok = false;
		} else {
			struct tu_job *job = g_new0(struct tu_job, 1);
			job->file = g_strdup(abs);
			job->directory = g_strdup(from->directory);
			job->args = g_strdupv(from->args);
			job->index = jobs->len;
			g_ptr_array_add(jobs, job);
			g_hash_table_add(known, g_strdup(real));
			if (notes)
				g_ptr_array_add(notes, g_strdup_printf("%s: not in the compilation database; "
								       "analysed with the flags of %s", abs,
								       from->file));
		}
		g_free(real);
		g_free(abs);
	}
	g_free(cwd);
	g_hash_table_destroy(known);
	return ok;
}

bool compdb_select(GPtrArray *jobs, char *const *files, unsigned nfiles, char **error)
{
	char *cwd = g_get_current_dir();
	GHashTable *wanted = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (unsigned i = 0; i < nfiles; i++)
		g_hash_table_insert(wanted, paths_real(files[i], cwd), GUINT_TO_POINTER(0));
	for (unsigned i = jobs->len; i-- > 0;) {
		struct tu_job *j = jobs->pdata[i];
		char *real = paths_real(j->file, NULL);
		if (g_hash_table_contains(wanted, real)) {
			g_hash_table_insert(wanted, real, GUINT_TO_POINTER(1));
		} else {
			g_free(real);
			g_ptr_array_remove_index(jobs, i);
		}
	}
	bool ok = true;
	GHashTableIter it;
	gpointer k, v;
	g_hash_table_iter_init(&it, wanted);
	while (ok && g_hash_table_iter_next(&it, &k, &v)) {
		if (!GPOINTER_TO_UINT(v)) {
			*error = g_strdup_printf("%s: not in the compilation database", (char *)k);
			ok = false;
		}
	}
	g_hash_table_destroy(wanted);
	g_free(cwd);
	return ok;
}

char *compdb_digest(const GPtrArray *jobs)
{
	GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
	for (unsigned i = 0; i < jobs->len; i++) {
		const struct tu_job *j = jobs->pdata[i];
		g_checksum_update(sum, (const guchar *)j->file, -1);
		g_checksum_update(sum, (const guchar *)"\n", 1);
		for (char **a = j->args; *a; a++) {
			g_checksum_update(sum, (const guchar *)*a, -1);
			g_checksum_update(sum, (const guchar *)"\0", 1);
		}
	}
	char *r = g_strdup(g_checksum_get_string(sum));
	g_checksum_free(sum);
	return r;
}
