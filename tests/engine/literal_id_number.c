/* pi-hardcoded-literal: a string literal that is an 18-digit resident ID
 * number with a valid GB 11643 check digit (including the check character X)
 * is reported at the literal; the same digits with a wrong check digit, a
 * 17- or 19-digit run, or an ID number inside a longer digit run are not. */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include <string.h>

static const char *test_ids[] = {
	"440306199001011236",                    // expect: pi-hardcoded-literal
	"11010519491231002X",                    // expect: pi-hardcoded-literal
	"440306199001011237",
	"110105194912310021",
	"44030619900101123",
	"4403061990010112360",
	"9440306199001011236",
};

int is_test_user(const char *id)
{
	if (strcmp(id, "440306199001011236") == 0)   // expect: pi-hardcoded-literal
		return 1;
	if (strcmp(id, "000000000000000000") == 0)
		return 1;
	return id == test_ids[0];
}
