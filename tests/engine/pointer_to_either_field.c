/* A pointer that points to one of two fields of a record, depending on
 * the path (curl's http_output_basic: userp = proxy ?
 * &aptr.proxyuserpwd : &aptr.userpwd), points somewhere in that record
 * after the paths meet, and what is written through it is written there,
 * weakly. Before, the pointer pointed nowhere after the join, and the
 * write through it was lost: curl's HTTP Basic header (user and
 * password, base64) was never seen in the request it goes into.
 * Positive: the header written through the pointer is sent.
 * The price: which field got it is lost, so the record's other fields
 * read as holding it too (host, below: a known over-report, marked so
 * that the test says it). */
// pitrace-args: --no-heuristics
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include "pitrace.h"

struct aptr {
	char *proxyuserpwd;
	char *userpwd;
	char *host;
	char *passwd PI(credential);
};

struct easy {
	struct aptr aptr;
};

static void output_basic(struct easy *data, int proxy)
{
	char **userp;
	if (proxy)
		userp = &data->aptr.proxyuserpwd;
	else
		userp = &data->aptr.userpwd;
	*userp = strdup(data->aptr.passwd);
}

void send_request(int sock, struct easy *e)
{
	output_basic(e, 0);
	send(sock, e->aptr.userpwd, strlen(e->aptr.userpwd), 0);	// expect: pi-cleartext-transmission "credential"
	send(sock, e->aptr.host, strlen(e->aptr.host), 0);		// expect: pi-cleartext-transmission "credential"
}
