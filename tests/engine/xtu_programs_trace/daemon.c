/* xtu_programs_trace: the daemon, which logs what it relays. */
#include <stdio.h>
#include "pitrace.h"

void relay(const char *msg);

struct customer {
	char name[32] PI(name);
};

static struct customer current;

void daemon_log(const char *msg)
{
	fputs(msg, stderr);
}

int main(void)
{
	relay(current.name); // expect: pi-logging "reaches `fputs`"
	return 0;
}
