/* xtu_global_other_file: the globals are defined and written here; the
 * assignments are not sinks. */
#include <string.h>
#include "state.h"

const char *g_last_phone;
const char *g_last_region;
char g_operator_name[32];

void remember(const struct app *app)
{
        g_last_phone = app->phone;
        g_last_region = app->region;
}
