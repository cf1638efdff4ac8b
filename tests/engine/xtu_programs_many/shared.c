/* xtu_programs_many: two programs share a dispatcher that calls the
 * handler its program installed, through a pointer. The analysis links
 * both programs into one, so the dispatcher's summary says what either
 * handler does: the tool's prints, the daemon's only counts. A route
 * from the daemon's PI to the tool's printf runs in no program (gammu's
 * SMS daemon and command line share libGammu's reply dispatcher; redis's
 * server and benchmark share ae.c's event loop), and the sink rows that
 * come through a function say which programs do not link it.
 *
 * Here the project builds 65 programs (idle_*.c), one more than a
 * machine word holds: the sets of programs grow past one word, and a
 * row names its set by number (engine_route.c). gammu builds 120. */
struct handler {
	void (*on_msg)(const char *msg);
};

struct handler *current_handler;

void dispatch(const char *msg)
{
	current_handler->on_msg(msg);
}
