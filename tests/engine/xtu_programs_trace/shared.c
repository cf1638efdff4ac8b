/* xtu_programs_trace: one leak with two routes from the daemon's call.
 * The first the analysis finds goes through the handler the tool
 * installs, which prints, and cannot run in the daemon (the tool relays
 * its own start-up line); the second is the daemon's own log line. The finding stands for both (CONTRACT 3,
 * one leak, one finding) and its trace shows the route that can run:
 * the message names `fputs`, the daemon's sink, not the tool's `printf`. */
struct handler {
	void (*on_msg)(const char *msg);
};

struct handler *current_handler;
void daemon_log(const char *msg);

void relay(const char *msg)
{
	current_handler->on_msg(msg);
	daemon_log(msg);
}
