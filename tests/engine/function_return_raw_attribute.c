/* A function declared as returning PI with the raw attribute
 * __attribute__((annotate("pi:CATEGORY"))) - the contract form, without the
 * pitrace.h macros - including a scalar (int) return. An unannotated function
 * of the same shape is not a source. */
// pitrace-args: --no-heuristics
#include <stdio.h>

const char *current_phone(void) __attribute__((annotate("pi:phone")));
const char *current_theme(void);
__attribute__((annotate("pi:location"))) int user_cell_id(int uid);
int user_level(int uid);

void show(int uid)
{
	printf("%s\n", current_phone());         // expect: pi-logging "phone"
	printf("%s\n", current_theme());
	int cell = user_cell_id(uid);
	int level = user_level(uid);
	printf("%d\n", cell);                    // expect: pi-logging "location"
	printf("%d\n", level);
}
