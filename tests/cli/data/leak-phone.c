#include <stdio.h>
void show(const char *phone) { printf("%s\n", phone); }
