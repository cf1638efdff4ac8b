/* xtu_recursion: mutual recursion across translation units.
 * walk_even() (even.c) and walk_odd() (odd.c) call each other; walk_odd()
 * logs its string on the way. fold_a()/fold_b() recurse across the files
 * and return their argument. The analysis must terminate. */
#ifndef WALK_H
#define WALK_H
void walk_even(const char *s, int n);
void walk_odd(const char *s, int n);
const char *fold_a(const char *s, int n);
const char *fold_b(const char *s, int n);
#endif
