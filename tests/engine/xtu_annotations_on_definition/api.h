/* xtu_annotations_on_definition: annotations that sit on only one
 * declaration of a function, with callers in another file. An annotation
 * belongs to the function (and parameter), whichever declaration carries it.
 *  - show_phone(): parameter tagged PI(phone) on its definition in api.c
 *    only; callers in main.c see this untagged prototype.
 *  - show_email(): parameter tagged PI(email) on this prototype only.
 *  - hide(): PI_SANITIZER(mask) on its definition in api.c only; its body
 *    copies the string (strdup), so without the annotation its result would
 *    be PI.
 *  - show_plain(): nothing tagged anywhere.
 * Positives / negatives: see main.c. */
#ifndef API_H
#define API_H
#include "pitrace.h"
void show_phone(const char *p);
void show_email(const char *e PI(email));
char *hide(const char *s);
void show_plain(const char *s);
#endif
