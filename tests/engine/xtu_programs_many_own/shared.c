/* xtu_programs_many_own: as xtu_programs_sink_route_own, with 65
 * programs (idle_*.c), past one machine word of programs (see
 * xtu_programs_many). The daemon's own handler logs the message. That
 * route runs in the daemon and is reported; the tool's handler, which
 * stores messages in a file, is another program's, and the daemon's PI
 * reaches no storage. */
struct handler {
	void (*on_msg)(const char *msg);
};

struct handler *current_handler;

void dispatch(const char *msg)
{
	current_handler->on_msg(msg);
}
