/* SPDX-License-Identifier: Apache-2.0 */
/* outfile.c - output files written whole or not at all (outfile.h). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "outfile.h"

struct outfile {
	char *target;		/* the path that is replaced (links followed) */
	char *temp;		/* NULL: written in place */
	FILE *stream;
	int slot;		/* in temporaries[], or -1 */
};

/* Temporary files a fatal signal must remove. A run opens at most a few
 * outputs at a time (report, baseline, facts, depfile). */
enum { MAX_TEMPORARIES = 8, TEMP_PATH_MAX = 4096 };
static char temporaries[MAX_TEMPORARIES][TEMP_PATH_MAX];
static volatile sig_atomic_t temporary_used[MAX_TEMPORARIES];
static GMutex temporaries_lock;

static int remember_temporary(const char *path)
{
	if (strlen(path) >= TEMP_PATH_MAX)
		return -1;
	g_mutex_lock(&temporaries_lock);
	int slot = -1;
	for (int i = 0; i < MAX_TEMPORARIES && slot < 0; i++) {
		if (!temporary_used[i]) {
			memcpy(temporaries[i], path, strlen(path) + 1);
			temporary_used[i] = 1;
			slot = i;
		}
	}
	g_mutex_unlock(&temporaries_lock);
	return slot;
}

static void forget_temporary(int slot)
{
	if (slot >= 0)
		temporary_used[slot] = 0;
}

void outfile_remove_temporaries(void)
{
	for (int i = 0; i < MAX_TEMPORARIES; i++)
		if (temporary_used[i])
			unlink(temporaries[i]);
}

/* PATH with its symbolic links followed, even when the last one dangles
 * (a link to a report not written yet). */
static char *follow_links(const char *path, char **error)
{
	char *cur = g_strdup(path);
	for (int hops = 0; hops < 40; hops++) {
		struct stat st;
		if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode))
			return cur;
		GError *gerr = NULL;
		char *to = g_file_read_link(cur, &gerr);
		if (!to) {
			*error = g_strdup_printf("%s: cannot read the link: %s", path, gerr->message);
			g_error_free(gerr);
			g_free(cur);
			return NULL;
		}
		if (!g_path_is_absolute(to)) {
			char *dir = g_path_get_dirname(cur);
			char *abs = g_build_filename(dir, to, NULL);
			g_free(dir);
			g_free(to);
			to = abs;
		}
		g_free(cur);
		cur = to;
	}
	*error = g_strdup_printf("%s: too many levels of symbolic links", path);
	g_free(cur);
	return NULL;
}

struct outfile *outfile_open(const char *path, char **error)
{
	char *target = follow_links(path, error);
	if (!target)
		return NULL;
	struct outfile *f = g_new0(struct outfile, 1);
	f->target = target;
	f->slot = -1;
	struct stat st;
	bool exists = stat(target, &st) == 0;
	if (exists && S_ISDIR(st.st_mode)) {
		*error = g_strdup_printf("%s: is a folder, not a file", path);
		goto fail;
	}
	if (exists && !S_ISREG(st.st_mode)) {
		/* A device or FIFO: what is written goes where the node leads. */
		f->stream = fopen(target, "w");
		if (!f->stream) {
			*error = g_strdup_printf("%s: cannot write: %s", path, g_strerror(errno));
			goto fail;
		}
		return f;
	}
	char *dir = g_path_get_dirname(target);
	char *base = g_path_get_basename(target);
	char *name = g_strdup_printf(".%s.pitrace-XXXXXX", base);
	f->temp = g_build_filename(dir, name, NULL);
	g_free(name);
	g_free(base);
	g_free(dir);
	int fd = g_mkstemp_full(f->temp, O_WRONLY | O_CLOEXEC, 0666);
	if (fd < 0) {
		*error = g_strdup_printf("%s: cannot write: %s", path, g_strerror(errno));
		g_free(f->temp);
		f->temp = NULL;
		goto fail;
	}
	f->slot = remember_temporary(f->temp);
	/* A replaced file keeps its permissions; a new one gets the umask's,
	 * as fopen would give it (mkstemp's are 0600 whatever the umask). */
	mode_t mode = exists ? st.st_mode & 07777 : 0;
	if (!exists) {
		mode_t mask = umask(022);
		umask(mask);
		mode = 0666 & ~mask;
	}
	if (fchmod(fd, mode) != 0 || !(f->stream = fdopen(fd, "w"))) {
		*error = g_strdup_printf("%s: cannot write: %s", path, g_strerror(errno));
		close(fd);
		goto fail;
	}
	return f;
fail:
	outfile_abort(f);
	return NULL;
}

FILE *outfile_stream(struct outfile *f)
{
	return f->stream;
}

static void outfile_free(struct outfile *f)
{
	forget_temporary(f->slot);
	g_free(f->target);
	g_free(f->temp);
	g_free(f);
}

bool outfile_commit(struct outfile *f, char **error)
{
	bool ok = fflush(f->stream) == 0 && !ferror(f->stream);
	int saved = errno;
	if (fclose(f->stream) != 0 && ok) {
		ok = false;
		saved = errno;
	}
	f->stream = NULL;
	if (ok && f->temp && rename(f->temp, f->target) != 0) {
		ok = false;
		saved = errno;
	}
	if (!ok) {
		*error = g_strdup_printf("%s: cannot write: %s", f->target, g_strerror(saved));
		if (f->temp)
			g_unlink(f->temp);
	}
	outfile_free(f);
	return ok;
}

void outfile_abort(struct outfile *f)
{
	if (!f)
		return;
	if (f->stream)
		fclose(f->stream);
	if (f->temp)
		g_unlink(f->temp);
	outfile_free(f);
}

bool outfile_write_all(const char *path, const void *data, size_t len, char **error)
{
	struct outfile *f = outfile_open(path, error);
	if (!f)
		return false;
	if (len && fwrite(data, 1, len, f->stream) != len) {
		*error = g_strdup_printf("%s: cannot write: %s", path, g_strerror(errno));
		outfile_abort(f);
		return false;
	}
	return outfile_commit(f, error);
}

/* ---- inputs ---- */

struct input_set {
	GHashTable *ids;	/* "dev:ino" */
	GHashTable *paths;	/* the paths added: every TU names the same headers */
};

struct input_set *input_set_new(void)
{
	struct input_set *s = g_new(struct input_set, 1);
	s->ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	s->paths = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	return s;
}

void input_set_free(struct input_set *s)
{
	if (!s)
		return;
	g_hash_table_destroy(s->ids);
	g_hash_table_destroy(s->paths);
	g_free(s);
}

static char *file_id(const char *path)
{
	struct stat st;
	if (!path || stat(path, &st) != 0)
		return NULL;
	return g_strdup_printf("%ju:%ju", (uintmax_t)st.st_dev, (uintmax_t)st.st_ino);
}

void input_set_add(struct input_set *s, const char *path)
{
	if (!path || g_hash_table_contains(s->paths, path))
		return;
	g_hash_table_add(s->paths, g_strdup(path));
	char *id = file_id(path);
	if (id)
		g_hash_table_add(s->ids, id);
}

bool input_set_has(const struct input_set *s, const char *path)
{
	char *id = file_id(path);
	bool has = id && g_hash_table_contains(s->ids, id);
	g_free(id);
	return has;
}
