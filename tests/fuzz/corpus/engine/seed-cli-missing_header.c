/* SPDX-License-Identifier: Apache-2.0 */
#include <stdio.h>
#include "no_such_header.h"
void show(const char *id_number) { printf("%s\n", id_number); }
