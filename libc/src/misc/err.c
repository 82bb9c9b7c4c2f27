#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char *program_invocation_short_name;

void vwarn(const char *fmt, va_list ap)
{
	int e = errno;
	fprintf(stderr, "%s: ", program_invocation_short_name);
	if (fmt) {
		vfprintf(stderr, fmt, ap);
		fputs(": ", stderr);
	}
	fprintf(stderr, "%s\n", strerror(e));
}

void vwarnx(const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", program_invocation_short_name);
	if (fmt) vfprintf(stderr, fmt, ap);
	putc('\n', stderr);
}

_Noreturn void verr(int status, const char *fmt, va_list ap)
{
	vwarn(fmt, ap);
	exit(status);
}

_Noreturn void verrx(int status, const char *fmt, va_list ap)
{
	vwarnx(fmt, ap);
	exit(status);
}

#define VA(call) do { va_list ap; va_start(ap, fmt); call; va_end(ap); } while (0)
void warn(const char *fmt, ...) { VA(vwarn(fmt, ap)); }
void warnx(const char *fmt, ...) { VA(vwarnx(fmt, ap)); }
_Noreturn void err(int s, const char *fmt, ...) { VA(verr(s, fmt, ap)); }
_Noreturn void errx(int s, const char *fmt, ...) { VA(verrx(s, fmt, ap)); }
