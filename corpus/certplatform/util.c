/* util.c - string, file and encoding helpers. */
#include "util.h"
#include "application.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/rand.h>

void copy_field(char *dst, size_t n, const char *src)
{
	size_t i;

	if (n == 0)
		return;
	if (!src)
		src = "";
	for (i = 0; i + 1 < n && src[i] != '\0'; i++)
		dst[i] = src[i];
	dst[i] = '\0';
}

char *trim(char *s)
{
	char *end;

	while (isspace((unsigned char)*s))
		s++;
	end = s + strlen(s);
	while (end > s && isspace((unsigned char)end[-1]))
		*--end = '\0';
	return s;
}

char *xstrdup(const char *s)
{
	size_t len = strlen(s) + 1;
	char *p = malloc(len);

	if (p)
		memcpy(p, s, len);
	return p;
}

unsigned char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = NULL;
	long size;

	*len = 0;
	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
		goto out;
	buf = malloc(size > 0 ? (size_t)size : 1);
	if (!buf)
		goto out;
	if (fread(buf, 1, (size_t)size, f) != (size_t)size) {
		free(buf);
		buf = NULL;
		goto out;
	}
	*len = (size_t)size;
out:
	fclose(f);
	return buf;
}

int write_document(const char *path, const unsigned char *data, size_t len)
{
	char tmp[4096];
	FILE *f;
	int n;

	n = snprintf(tmp, sizeof tmp, "%s.part", path);
	if (n < 0 || (size_t)n >= sizeof tmp)
		return -1;
	f = fopen(tmp, "wb");
	if (!f)
		return -1;
	if (len > 0 && fwrite(data, 1, len, f) != len) {
		fclose(f);
		unlink(tmp);
		return -1;
	}
	if (fflush(f) != 0 || fsync(fileno(f)) != 0) {
		fclose(f);
		unlink(tmp);
		return -1;
	}
	if (fclose(f) != 0 || rename(tmp, path) != 0) {
		unlink(tmp);
		return -1;
	}
	return 0;
}

int make_dirs(const char *path, mode_t mode)
{
	char buf[4096];
	char *p;

	copy_field(buf, sizeof buf, path);
	for (p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, mode) != 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	if (mkdir(buf, mode) != 0 && errno != EEXIST)
		return -1;
	return 0;
}

size_t json_escape(char *dst, size_t n, const char *src)
{
	static const char hex[] = "0123456789abcdef";
	size_t j = 0;

	if (n == 0)
		return 0;
	for (; *src && j + 7 < n; src++) {
		unsigned char c = (unsigned char)*src;

		if (c == '"' || c == '\\') {
			dst[j++] = '\\';
			dst[j++] = (char)c;
		} else if (c < 0x20) {
			dst[j++] = '\\';
			dst[j++] = 'u';
			dst[j++] = '0';
			dst[j++] = '0';
			dst[j++] = hex[c >> 4];
			dst[j++] = hex[c & 0xf];
		} else {
			dst[j++] = (char)c;
		}
	}
	dst[j] = '\0';
	return j;
}

static const char b64_alphabet[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

char *b64_encode(const unsigned char *in, size_t len)
{
	size_t out_len = 4 * ((len + 2) / 3);
	char *out = malloc(out_len + 1);
	size_t i, j = 0;

	if (!out)
		return NULL;
	for (i = 0; i + 2 < len; i += 3) {
		uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];

		out[j++] = b64_alphabet[v >> 18 & 63];
		out[j++] = b64_alphabet[v >> 12 & 63];
		out[j++] = b64_alphabet[v >> 6 & 63];
		out[j++] = b64_alphabet[v & 63];
	}
	if (i < len) {
		uint32_t v = (uint32_t)in[i] << 16;

		if (i + 1 < len)
			v |= (uint32_t)in[i + 1] << 8;
		out[j++] = b64_alphabet[v >> 18 & 63];
		out[j++] = b64_alphabet[v >> 12 & 63];
		out[j++] = i + 1 < len ? b64_alphabet[v >> 6 & 63] : '=';
		out[j++] = '=';
	}
	out[j] = '\0';
	return out;
}

static int b64_value(char c)
{
	const char *p;

	if (c == '\0')
		return -1;
	p = strchr(b64_alphabet, c);
	return p ? (int)(p - b64_alphabet) : -1;
}

unsigned char *b64_decode(const char *in, size_t *len)
{
	size_t in_len = strlen(in);
	unsigned char *out;
	size_t i, j = 0;

	*len = 0;
	if (in_len % 4 != 0)
		return NULL;
	out = malloc(in_len / 4 * 3 + 1);
	if (!out)
		return NULL;
	for (i = 0; i < in_len; i += 4) {
		int a = b64_value(in[i]), b = b64_value(in[i + 1]);
		int c = in[i + 2] == '=' ? 0 : b64_value(in[i + 2]);
		int d = in[i + 3] == '=' ? 0 : b64_value(in[i + 3]);
		uint32_t v;

		if (a < 0 || b < 0 || c < 0 || d < 0) {
			free(out);
			return NULL;
		}
		v = (uint32_t)a << 18 | (uint32_t)b << 12 | (uint32_t)c << 6 | (uint32_t)d;
		out[j++] = (unsigned char)(v >> 16);
		if (in[i + 2] != '=')
			out[j++] = (unsigned char)(v >> 8);
		if (in[i + 3] != '=')
			out[j++] = (unsigned char)v;
	}
	*len = j;
	return out;
}

int random_hex(char *dst, size_t nbytes)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char raw[64];
	size_t i;

	if (nbytes > sizeof raw || RAND_bytes(raw, (int)nbytes) != 1)
		return -1;
	for (i = 0; i < nbytes; i++) {
		dst[2 * i] = hex[raw[i] >> 4];
		dst[2 * i + 1] = hex[raw[i] & 0xf];
	}
	dst[2 * nbytes] = '\0';
	return 0;
}

void format_contact(char *dst, size_t n, const struct cert_application *app)
{
	snprintf(dst, n, "%s <%s>", app->legal_rep_name, app->phone);
}

const char *pick_contact(const struct cert_application *app)
{
	/* the form's contact number is optional: shops that left it empty are
	 * reached through the marketplace inbox instead */
	if (app->phone[0] == '\0')
		return "";
	return app->phone;
}
