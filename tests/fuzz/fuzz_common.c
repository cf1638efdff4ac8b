/* SPDX-License-Identifier: Apache-2.0 */
/* fuzz_common.c - see fuzz_common.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "fuzz_common.h"

static char *tmpdir;

static void remove_tree(const char *path)
{
	if (g_file_test(path, G_FILE_TEST_IS_DIR) && !g_file_test(path, G_FILE_TEST_IS_SYMLINK)) {
		GDir *dir = g_dir_open(path, 0, NULL);
		const char *name;
		while (dir && (name = g_dir_read_name(dir))) {
			char *child = g_build_filename(path, name, NULL);
			remove_tree(child);
			g_free(child);
		}
		if (dir)
			g_dir_close(dir);
		g_rmdir(path);
	} else {
		g_unlink(path);
	}
}

static void remove_tmpdir(void)
{
	if (tmpdir)
		remove_tree(tmpdir);
	g_free(tmpdir);
	tmpdir = NULL;
}

const char *fuzz_tmpdir(void)
{
	if (!tmpdir) {
		GError *err = NULL;
		tmpdir = g_dir_make_tmp("pitrace-fuzz-XXXXXX", &err);
		if (!tmpdir) {
			fprintf(stderr, "fuzz: cannot make a temporary folder: %s\n", err->message);
			abort();
		}
		atexit(remove_tmpdir);
	}
	return tmpdir;
}

char *fuzz_write_file(const char *name, const void *data, size_t size)
{
	char *path = g_build_filename(fuzz_tmpdir(), name, NULL);
	char *dir = g_path_get_dirname(path);
	g_mkdir_with_parents(dir, 0700);
	g_free(dir);
	FILE *f = fopen(path, "wb");
	if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0) {
		fprintf(stderr, "fuzz: cannot write %s\n", path);
		abort();
	}
	return path;
}

struct rules *fuzz_builtin_rules(void)
{
	static struct rules *rules;
	if (!rules) {
		char *error = NULL;
		rules = rules_new();
		if (!rules_load_path(rules, PITRACE_SOURCE_RULES, &error)) {
			fprintf(stderr, "fuzz: %s\n", error);
			abort();
		}
		rules_finish(rules, true);
	}
	return rules;
}

static void broken(const char *format, const char *why, const char *text, size_t len)
{
	fprintf(stderr, "fuzz: the %s report %s\n", format, why);
	fwrite(text, 1, len > 4000 ? 4000 : len, stderr);
	fputc('\n', stderr);
	abort();
}

/* Every element report_html.c writes; anything else came from the data. */
static const char *const html_elements[] = {
	"a", "article", "body", "br", "code", "dd", "defs", "details", "div", "dl", "dt", "h1", "h2",
	"h3", "h4", "head", "html", "li", "marker", "meta", "nav", "ol", "p", "path", "pre",
	"rect", "section", "span", "style", "svg", "table", "tbody", "td", "text", "th",
	"thead", "title", "tr", "ul", "g", "line", "polyline", "tspan", "strong", "summary", NULL,
};

static void check_html(const char *text, size_t len)
{
	for (const char *p = text; (p = memchr(p, '<', len - (size_t)(p - text))); p++) {
		const char *q = p + 1;
		if (*q == '!' && !strncmp(q, "!DOCTYPE html>", 14))
			continue;
		if (*q == '/')
			q++;
		const char *name = q;
		while (g_ascii_isalnum(*q))
			q++;
		if (q == name)
			broken("HTML", "holds a '<' that starts no element it writes", p,
			       len - (size_t)(p - text));
		char *tag = g_ascii_strdown(name, q - name);
		bool known = false;
		for (const char *const *e = html_elements; *e && !known; e++)
			known = !strcmp(*e, tag);
		g_free(tag);
		if (!known)
			broken("HTML", "holds an element it does not write", p, len - (size_t)(p - text));
	}
}

void fuzz_check_reporters(const struct report *rep)
{
	for (const struct reporter *const *r = reporters; *r; r++) {
		char *text = NULL;
		size_t len = 0;
		FILE *out = open_memstream(&text, &len);
		if (!out)
			abort();
		bool ok = (*r)->write(rep, out);
		if (fclose(out) != 0)
			abort();
		if (!ok)
			broken((*r)->name, "writer failed on a memory stream", text, len);
		const char *name = (*r)->name;
		if (!strcmp(name, "json") || !strcmp(name, "sarif")) {
			cJSON *root = cJSON_ParseWithLength(text, len);
			if (!root)
				broken(name, "is not JSON", text, len);
			cJSON_Delete(root);
		}
		if (strcmp(name, "text") && !g_utf8_validate(text, (gssize)len, NULL))
			broken(name, "is not valid UTF-8", text, len);
		if (!strcmp(name, "html"))
			check_html(text, len);
		free(text);
	}
}

unsigned fuzz_byte(struct fuzz_input *in)
{
	if (!in->n)
		return 0;
	in->n--;
	return *in->p++;
}

unsigned fuzz_pick(struct fuzz_input *in, unsigned n)
{
	return n > 256 ? fuzz_u32(in) % n : fuzz_byte(in) % n;
}

uint32_t fuzz_u32(struct fuzz_input *in)
{
	uint32_t v = 0;
	for (int i = 0; i < 4; i++)
		v = v << 8 | fuzz_byte(in);
	return v;
}
