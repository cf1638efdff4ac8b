/* An argument that is a pointer or a null pointer by a condition
 * (shadow's chfn: `copy_field (old_gecos, fflg ? (char *) 0 : fullnm,
 * slop)`) is the pointer where the callee writes through it: a null
 * pointer points nowhere, so what the callee writes lands in the other
 * branch's object, on that path. Before, the condition's value pointed to
 * no known object and the callee's write went nowhere: chfn's full name,
 * copied out of the GECOS field, was never seen again. */
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

static char fullnm[256];
static int fflg;

static void put(char *out, const char *in)
{
	if (out)
		strcpy(out, in);
}

static void from_gecos(const char *gecos)
{
	put(fflg ? (char *)0 : fullnm, gecos);
}

static void into(const char *gecos, char *dst)
{
	put(dst ? dst : NULL, gecos);
}

int main(int argc, char **argv)
{
	char local[64] = "";
	char other[64] = "";
	const char *gecos = argv[1];
	fflg = argc > 2;
	from_gecos(gecos);
	into(gecos, local);
	put(argc > 3 ? local : other, "constant text");
	fprintf(stderr, "name '%s'\n", fullnm);		// expect: pi-logging "name"
	fprintf(stderr, "local '%s'\n", local);		// expect: pi-logging "name"
	fprintf(stderr, "other '%s'\n", other);
	return 0;
}
