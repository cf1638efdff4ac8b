/* SPDX-License-Identifier: Apache-2.0 */
/* Single elements of a tagged array are PI, and an element copied into an
 * untagged array makes that array PI; untagged arrays stay clean. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "pitrace.h"

int g_geo[2] PI(location);
int g_dims[2];

void show(void)
{
	printf("%d\n", g_geo[0]);                // expect: pi-logging "location"
	printf("%d\n", g_dims[0]);
	int copy[2];
	int other[2] = {1, 2};
	copy[1] = g_geo[1];
	printf("%d\n", copy[1]);                 // expect: pi-logging
	printf("%d\n", other[1]);
	int x = g_geo[1];
	printf("%d\n", x);                       // expect: pi-logging
}
