/* xtu_programs_many: the program whose handler only counts; its
 * customer's name reaches the dispatcher and no sink. */
#include <string.h>
#include "pitrace.h"

struct handler {
	void (*on_msg)(const char *msg);
};

extern struct handler *current_handler;
void dispatch(const char *msg);

struct customer {
	char name[32] PI(name);
};

static struct customer current;
static unsigned long seen;

static void daemon_count(const char *msg)
{
	seen += strlen(msg);
}

static struct handler daemon_handler = { daemon_count };

int main(void)
{
	current_handler = &daemon_handler;
	dispatch(current.name);	/* the tool's printf is not in this program */
	return 0;
}
