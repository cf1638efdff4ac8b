/* notify.c - golden program: a phone number sent over a plain socket, an
 * e-mail address sent after a sham "encrypt" sanitizer, a hard-coded mobile
 * number, and a suppression that gives no reason. */
#include <string.h>
#include <sys/socket.h>

#include "pitrace.h"

char *seal(const char *s) PI_SANITIZER(encrypt);

char *seal(const char *s)
{
	static char buf[64];
	strncpy(buf, s, sizeof buf - 1);
	return buf;
}

static const char *demo_contact = "13812345678";

const char *contact(void)
{
	return demo_contact;
}

void notify(int fd, const char *phone PI(phone), const char *email PI(email))
{
	send(fd, phone, strlen(phone), 0);
	const char *sealed = seal(email);
	send(fd, sealed, strlen(sealed), 0);
	send(fd, email, strlen(email), 0); // pitrace: allow(pi-cleartext-transmission)
}
