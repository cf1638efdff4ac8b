/* xtu_programs_route: the program that reads the PI. Its name reaches the
 * console driver through the shared global and the driver table: a route
 * of this program alone, reported. */
#include "pitrace.h"

struct customer {
        char name[32] PI(name);
};

extern const char *last_seen;
void show_last(void);

static struct customer current;

int main(void)
{
        last_seen = current.name;
        show_last();
        return 0;
}
