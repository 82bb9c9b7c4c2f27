/* Error and usage messages in the one shape every applet uses. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ring3.h"

const char *applet_name = "ring3";
const char *applet_help = "";

static void vmessage(int err, const char *fmt, va_list ap)
{
	char buf[1024];
	int n = snprintf(buf, sizeof buf, "%s: ", applet_name);
	if (n < 0 || n >= (int)sizeof buf)
		n = 0;
	int m = vsnprintf(buf + n, sizeof buf - n, fmt, ap);
	if (m > 0)
		n = n + m >= (int)sizeof buf ? (int)sizeof buf - 1 : n + m;
	if (err)
		n += snprintf(buf + n, sizeof buf - n, ": %s", strerror(err));
	if (n >= (int)sizeof buf - 1)
		n = sizeof buf - 2;
	buf[n++] = '\n';
	/* stdout may hold output that belongs before this message */
	fflush(stdout);
	full_write(2, buf, n);
}

void warn_msg(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmessage(0, fmt, ap);
	va_end(ap);
}

void warn_errno(const char *fmt, ...)
{
	int err = errno;
	va_list ap;
	va_start(ap, fmt);
	vmessage(err, fmt, ap);
	va_end(ap);
}

_Noreturn void die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmessage(0, fmt, ap);
	va_end(ap);
	exit(1);
}

_Noreturn void die_errno(const char *fmt, ...)
{
	int err = errno;
	va_list ap;
	va_start(ap, fmt);
	vmessage(err, fmt, ap);
	va_end(ap);
	exit(1);
}

int usage(void)
{
	const char *end = strchr(applet_help, '\n');
	size_t len = end ? (size_t)(end - applet_help) + 1 : strlen(applet_help);
	full_write(2, applet_help, len);
	return 1;
}

int print_help(void)
{
	return full_write(1, applet_help, strlen(applet_help)) < 0;
}
