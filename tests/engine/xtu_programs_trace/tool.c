/* xtu_programs_trace: the program whose handler prints. */
#include <stdio.h>

struct handler {
	void (*on_msg)(const char *msg);
};

extern struct handler *current_handler;
void relay(const char *msg);

static void tool_print(const char *msg)
{
	printf("%s\n", msg);
}

static struct handler tool_handler = { tool_print };

int main(void)
{
	current_handler = &tool_handler;
	relay("started");
	return 0;
}
