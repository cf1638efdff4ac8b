/* A sink that writes an object's bytes (`fwrite(r, sizeof *r, 1, f)`)
 * writes what the record holds in itself: the text of an array field,
 * but only the address of what a pointer field points to. A tagged
 * pointer field is not written by it; a tagged array field is. */
#include <stdio.h>
#include "pitrace.h"

struct by_pointer {
	char *full_name PI(name);
	int n;
};

struct inline_text {
	char *label;
	int n;
	char phone[16] PI(phone);
};

struct nested {
	struct inline_text in;	/* held by value: its bytes are written */
	struct by_pointer *who;	/* an address */
};

void save(const struct by_pointer *r, FILE *f)
{
	fwrite(r, sizeof *r, 1, f);
}

void save_inline(const struct inline_text *r, FILE *f)
{
	fwrite(r, sizeof *r, 1, f);
}

void save_nested(const struct nested *r, FILE *f)
{
	fwrite(r, sizeof *r, 1, f);
}

int main(int argc, char **argv)
{
	FILE *f = fopen("records.bin", "wb");
	struct by_pointer r = { argv[0], 1 };
	struct inline_text t = { 0 };
	struct nested n = { 0 };
	save(&r, f);
	save_inline(&t, f);		// expect: pi-unencrypted-storage "phone"
	save_nested(&n, f);		// expect: pi-unencrypted-storage "phone"
	fwrite(&r, sizeof r, 1, f);
	return 0;
}
