/* fptr_clears_every_candidate: a call through a function pointer
 * overwrites a place only where every function it may reach does.
 * gammu's GetIMEI pointer reaches drivers that copy the IMEI into the
 * caller's buffer and drivers that only fill it with a placeholder;
 * taking a placeholder driver's overwrite as the call's own lost the IMEI
 * the others copied, and `gammu --identify` printing it was not reported
 * (gammu misc.c:283). Where every candidate overwrites, what was there
 * before is gone. */
#include <stdio.h>
#include <string.h>
#include "pitrace.h"

struct phone_state {
	char serial[16] PI(other);
};

struct driver {
	int (*get_serial)(struct phone_state *s, char *out);
};

static int at_get_serial(struct phone_state *s, char *out)
{
	strcpy(out, s->serial);
	return 0;
}

static int dummy_get_serial(struct phone_state *s, char *out)
{
	(void)s;
	strcpy(out, "unknown");
	return 0;
}

static const struct driver drivers[] = { { at_get_serial }, { dummy_get_serial } };

const struct driver *pick_driver(int i)
{
	return &drivers[i & 1];
}

int get_serial(const struct driver *d, struct phone_state *s, char *out)
{
	return d->get_serial(s, out);
}

void identify(const struct driver *d, struct phone_state *s)
{
	char buffer[32];
	if (get_serial(d, s, buffer) == 0)
		printf("serial: %s\n", buffer); // expect: pi-logging
}

struct label_ops {
	void (*fill)(char *out);
};

static void fill_short(char *out)
{
	strcpy(out, "s");
}

static void fill_long(char *out)
{
	strcpy(out, "long label");
}

static const struct label_ops labels[] = { { fill_short }, { fill_long } };

const struct label_ops *pick_label(int i)
{
	return &labels[i & 1];
}

void relabel(const struct label_ops *o, struct phone_state *s)
{
	char buffer[32];
	strcpy(buffer, s->serial);
	o->fill(buffer);
	printf("label: %s\n", buffer);
}
