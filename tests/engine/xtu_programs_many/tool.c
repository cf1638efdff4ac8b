/* xtu_programs_many: the program whose handler prints. */
#include <stdio.h>
#include "pitrace.h"

struct handler {
	void (*on_msg)(const char *msg);
};

extern struct handler *current_handler;
void dispatch(const char *msg);

struct user {
	char phone[16] PI(phone);
};

static struct user me;

static void tool_print(const char *msg)
{
	printf("%s\n", msg);
}

static struct handler tool_handler = { tool_print };

int main(void)
{
	current_handler = &tool_handler;
	dispatch(me.phone); // expect: pi-logging
	return 0;
}
