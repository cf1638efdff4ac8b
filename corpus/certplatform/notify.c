/* notify.c - SMS over the operator's line protocol (one TCP request per
 * message: "SUBMIT <account> <dest> <text>\r\n", answer "OK <id>\r\n"). */
#include "notify.h"
#include "log.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#define SMS_ACCOUNT "certplat"

static int gateway_connect(const char *host, int port)
{
	struct sockaddr_in sin;
	struct timeval tv = { 5, 0 };
	int fd;

	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_port = htons((unsigned short)port);
	if (inet_pton(AF_INET, host, &sin.sin_addr) != 1)
		return -1;
	fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0)
		return -1;
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
	if (connect(fd, (struct sockaddr *)&sin, sizeof sin) != 0) {
		close(fd);
		return -1;
	}
	return fd;
}

static int send_all(int fd, const char *buf, size_t len)
{
	while (len > 0) {
		ssize_t n = send(fd, buf, len, MSG_NOSIGNAL);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

int sms_send(const char *dest, const char *text)
{
	char line[512], answer[64];
	ssize_t got;
	int fd, n, rc = -1;

	n = snprintf(line, sizeof line, "SUBMIT %s %s %s\r\n", SMS_ACCOUNT, dest, text);
	if (n < 0 || (size_t)n >= sizeof line)
		return -1;
	fd = gateway_connect(SMS_GATEWAY_HOST, SMS_GATEWAY_PORT);
	if (fd < 0) {
		log_msg(LOG_ERR, "sms gateway %s:%d unreachable", SMS_GATEWAY_HOST, SMS_GATEWAY_PORT);
		return -1;
	}
	if (send_all(fd, line, (size_t)n) == 0) {
		got = recv(fd, answer, sizeof answer - 1, 0);
		if (got > 0) {
			answer[got] = '\0';
			rc = strncmp(answer, "OK", 2) == 0 ? 0 : -1;
		}
	}
	close(fd);
	if (rc != 0)
		log_msg(LOG_WARNING, "sms gateway refused a message");
	return rc;
}
