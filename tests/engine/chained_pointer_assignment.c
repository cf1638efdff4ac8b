/* `p = s1 = malloc(n)` leaves p pointing where s1 does: the value of an
 * assignment is its left side's, as a read of it would take it. ppp's
 * chat builds the line it sends to the modem so (`s = s1 = malloc(...)`,
 * then writes the dialled number through s and logs s1 with -v); before,
 * p and s1 each stood for an object of its own, and the number written
 * through one was not in the other. */
#include <stdio.h>
#include <stdlib.h>
#include <syslog.h>

char *phone_number;

char *through_first(void)
{
	char *s1, *p;
	p = s1 = malloc(64);
	*p = *phone_number;
	return s1;
}

char *through_second(void)
{
	char *s1, *p;
	p = s1 = malloc(64);
	*s1 = *phone_number;
	return p;
}

char *apart(void)
{
	char *s1, *p;
	p = malloc(64);
	s1 = malloc(64);
	*p = *phone_number;
	return s1;
}

int main(int argc, char **argv)
{
	phone_number = argv[1];
	syslog(LOG_INFO, "send %s", through_first());	// expect: pi-logging "phone"
	syslog(LOG_INFO, "send %s", through_second());	// expect: pi-logging "phone"
	syslog(LOG_INFO, "send %s", apart());
	return 0;
}
