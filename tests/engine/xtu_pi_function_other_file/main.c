/* xtu_pi_function_other_file: return values that are PI because of an
 * annotation or a tagged field in another translation unit.
 * Positives: logging profile_phone(), profile_email(), profile_id().
 * Negatives: logging profile_theme(). */
// pitrace-args: --no-heuristics
#include <stdio.h>
#include "profile.h"

void show(int uid)
{
        printf("phone %s\n", profile_phone(uid)); // expect: pi-logging "phone"
        printf("email %s\n", profile_email(uid)); // expect: pi-logging "email"
        printf("id %s\n", profile_id(uid)); // expect: pi-logging "id_number"
        printf("theme %s\n", profile_theme(uid));
}
