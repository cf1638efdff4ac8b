/* xtu_pi_function_other_file: functions returning PI, declared here.
 *  - profile_phone(): annotated PI(phone) on this prototype; its body in
 *    profile.c carries no annotation.
 *  - profile_email(): declared here without annotation; its definition in
 *    profile.c is annotated PI(email) (the attribute is the function's).
 *  - profile_theme(): returns non-PI.
 *  - profile_id(): unannotated, returns a tagged field read in profile.c. */
#ifndef PROFILE_H
#define PROFILE_H
#include "pitrace.h"
const char *profile_phone(int uid) PI(phone);
const char *profile_email(int uid);
const char *profile_theme(int uid);
const char *profile_id(int uid);
#endif
