/* rules/ncurses.json: what curses draws goes to the terminal, a device,
 * which is not a sink (CONTRACT 3); nor is a call that draws PI a blind
 * spot. What the same program writes to stderr is a log. */
#include <curses.h>
#include <stdio.h>

#include <pitrace.h>

struct contact {
        char name[32] PI(name);
        char phone[16] PI(phone);
};

void show(WINDOW *w, const struct contact *c)
{
        waddnstr(w, c->name, 32);
        mvwaddstr(w, 1, 0, c->phone);
        mvwprintw(w, 2, 0, "%s <%s>", c->name, c->phone);
        waddch(w, (chtype)c->name[0]);
        addstr(c->name);
        printw("%s", c->phone);
        wrefresh(w);
}

void trace_contact(const struct contact *c)
{
        fprintf(stderr, "showing %s\n", c->name);       // expect: pi-logging "name"
}
