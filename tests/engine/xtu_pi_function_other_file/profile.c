/* xtu_pi_function_other_file: the bodies. Nothing is reported here. */
#include "profile.h"

struct profile {
        char phone[16];
        char email[64];
        char id_number[19] PI(id_number);
        char theme[8];
};

static struct profile profiles[8];

const char *profile_phone(int uid)
{
        return profiles[uid & 7].phone;
}

PI(email) const char *profile_email(int uid)
{
        return profiles[uid & 7].email;
}

const char *profile_theme(int uid)
{
        return profiles[uid & 7].theme;
}

const char *profile_id(int uid)
{
        return profiles[uid & 7].id_number;
}
