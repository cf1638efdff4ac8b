/* SPDX-License-Identifier: Apache-2.0 */
#include <stdio.h>
void show(const char *id_number) { printf("%s\n", id_number); }
