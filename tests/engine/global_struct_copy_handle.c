/* A descriptor's kind follows a struct copied whole into a global: the
 * socket in `tmp.fd` is still a socket in `log_stream.fd`, though the store
 * keeps the copy under the global as a whole, not under its field. (A rule
 * that believed only handles stored at the field itself took this for a
 * file of unknown origin.) */
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct stream {
	int fd;
	char buf[64];
};

struct stream log_stream;

void record(void)
{
	struct stream tmp;
	tmp.fd = socket(AF_INET, SOCK_STREAM, 0);
	log_stream = tmp;
}

void send_line(const char *email)
{
	write(log_stream.fd, email, strlen(email));     // expect: pi-cleartext-transmission
}
