/* xtu_static_same_name: the struct both files share. */
#ifndef APP_H
#define APP_H
#include "pitrace.h"
struct app {
        char phone[16] PI(phone);
};
#endif
