/* xtu_programs_many_own: the program whose handler prints to a
 * file it opens: storage, which the daemon's route never reaches. */
#include <stdio.h>

struct handler {
	void (*on_msg)(const char *msg);
};

extern struct handler *current_handler;
void dispatch(const char *msg);

static FILE *out;

static void tool_save(const char *msg)
{
	fputs(msg, out);
}

static struct handler tool_handler = { tool_save };

int main(void)
{
	out = fopen("messages.txt", "w");
	current_handler = &tool_handler;
	dispatch("ready");
	return 0;
}
