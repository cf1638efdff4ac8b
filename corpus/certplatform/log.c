/* log.c - variadic logging wrapper over vfprintf (and vsyslog for errors). */
#include "log.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static FILE *log_file;
static int log_verbose;
static const char *log_ident = "certplatform";

static const char *level_tag(int level)
{
	switch (level) {
	case LOG_EMERG:
	case LOG_ALERT:
	case LOG_CRIT:
		return "CRIT";
	case LOG_ERR:
		return "ERROR";
	case LOG_WARNING:
		return "WARN";
	case LOG_NOTICE:
		return "NOTICE";
	case LOG_INFO:
		return "INFO";
	default:
		return "DEBUG";
	}
}

int log_open(const char *ident, int verbose)
{
	if (ident)
		log_ident = ident;
	log_verbose = verbose;
	openlog(log_ident, LOG_PID | LOG_NDELAY, LOG_DAEMON);

	log_file = fopen(CERTPLATFORM_LOG_FILE, "a");
	if (!log_file) {
		int err = errno;

		log_msg(LOG_WARNING, "cannot open %s (%s), logging to stderr",
			CERTPLATFORM_LOG_FILE, strerror(err));
		return -1;
	}
	setvbuf(log_file, NULL, _IOLBF, 0);
	return 0;
}

void log_close(void)
{
	if (log_file) {
		fclose(log_file);
		log_file = NULL;
	}
	closelog();
}

void log_msg(int level, const char *fmt, ...)
{
	FILE *out = log_file ? log_file : stderr;
	char stamp[32];
	struct tm tm;
	time_t now;
	va_list ap;

	if (level >= LOG_DEBUG && !log_verbose)
		return;

	now = time(NULL);
	localtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S%z", &tm);
	fprintf(out, "%s %s[%ld] %s: ", stamp, log_ident, (long)getpid(), level_tag(level));

	va_start(ap, fmt);
	vfprintf(out, fmt, ap);
	va_end(ap);
	fputc('\n', out);

	if (level <= LOG_ERR) {
		va_start(ap, fmt);
		vsyslog(level, fmt, ap);
		va_end(ap);
	}
}
