/* xtu_programs_many_own: the daemon's handler logs the message;
 * the tool's, which stores it in a file, is not in this program. */
#include <stdio.h>
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

static void daemon_log(const char *msg)
{
	fprintf(stderr, "%s\n", msg);
}

static struct handler daemon_handler = { daemon_log };

int main(void)
{
	current_handler = &daemon_handler;
	dispatch(current.name); // expect: pi-logging
	return 0;
}
