/* SPDX-License-Identifier: Apache-2.0 */
/* A checksum of PI is not PI (CONTRACT section 3): zlib crc32()/adler32() of
 * PI bytes give clean values. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <zlib.h>
#include "pitrace.h"

struct app {
	char id_number[19] PI(id_number);
};

void show(struct app *a)
{
	uLong c = crc32(0L, (const Bytef *)a->id_number, 18);
	printf("%lu\n", c);
	printf("%lu\n", adler32(1L, (const Bytef *)a->id_number, 18));
	printf("%.18s\n", a->id_number);         // expect: pi-logging "id_number"
}
